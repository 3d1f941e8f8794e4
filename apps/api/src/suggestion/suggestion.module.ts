import { Module } from '@nestjs/common';
import { SuggestionResolver } from './suggestion.resolver';

@Module({ providers: [SuggestionResolver] })
export class SuggestionModule {}
