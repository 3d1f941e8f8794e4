import { Module } from '@nestjs/common';
import { SearchModule } from '@app/search';
import { SearchResolver } from './search.resolver';

@Module({ imports: [SearchModule], providers: [SearchResolver] })
export class ApiSearchModule {}
