import { Module } from '@nestjs/common';
import { ClusterResolver, ComplexResolver, ZoneResolver } from './reference.resolver';

@Module({ providers: [ZoneResolver, ClusterResolver, ComplexResolver] })
export class ReferenceModule {}
