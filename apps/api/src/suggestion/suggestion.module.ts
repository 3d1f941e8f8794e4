import { Module } from '@nestjs/common';
import { ExplanationBuilder } from './explanation.builder';
import { ReviewResolver } from './review.resolver';
import { SuggestionResolver } from './suggestion.resolver';

@Module({ providers: [ExplanationBuilder, SuggestionResolver, ReviewResolver] })
export class SuggestionModule {}
