import { Module } from '@nestjs/common';
import { OrganizationImportResolver } from './organization-import.resolver';
import { OrganizationResolver } from './organization.resolver';

@Module({ providers: [OrganizationResolver, OrganizationImportResolver] })
export class OrganizationModule {}
