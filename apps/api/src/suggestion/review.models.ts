import {
  ArgsType,
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  ReviewDecision,
  SortDirection,
  SuggestionOrderField,
  SuggestionScope,
  SuggestionStatus,
} from '@app/domain';
import { Notification } from '../notification/notification.models';
import { Organization } from '../organization/organization.models';
import { Explanation } from './suggestion.models';

registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: 'PROPOSED → ACCEPT or REJECT; ACCEPTED → INTRODUCE',
});

registerEnumType(SuggestionOrderField, {
  name: 'SuggestionOrderField',
  valuesMap: {
    SCORE: { description: 'The combined score' },
    COMPUTED_AT: { description: 'When the engine last scored the pair' },
    UPDATED_AT: { description: 'The last change: a decision or a rescore' },
  },
});
registerEnumType(SortDirection, { name: 'SortDirection' });

@ObjectType({ description: 'One decision on a suggestion: who, when, what' })
export class ReviewEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  actorUserId!: string | null;

  @Field(() => ReviewDecision)
  decision!: ReviewDecision;

  @Field(() => SuggestionStatus)
  fromStatus!: SuggestionStatus;

  @Field(() => SuggestionStatus)
  toStatus!: SuggestionStatus;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'A suggested pair, as coordinators review it' })
export class Suggestion {
  @Field(() => ID)
  id!: string;

  @Field(() => Organization)
  organizationA!: Organization;

  @Field(() => Organization)
  organizationB!: Organization;

  @Field(() => Float)
  score!: number;

  @Field(() => Float, { description: "How well B answers A's needs" })
  relevanceAToB!: number;

  @Field(() => Float, { description: "How well A answers B's needs" })
  relevanceBToA!: number;

  @Field(() => SuggestionScope)
  scope!: SuggestionScope;

  @Field(() => SuggestionStatus)
  status!: SuggestionStatus;

  @Field(() => Int, { description: 'Send back as expectedVersion when deciding' })
  version!: number;

  @Field({ description: 'False once no rescore suggests the pair any more' })
  active!: boolean;

  @Field()
  computedAt!: Date;

  @Field(() => Explanation)
  explanation!: Explanation;

  @Field(() => [ReviewEvent], { description: 'Every decision, oldest first' })
  history!: ReviewEvent[];

  @Field(() => [Notification], {
    description: "Messages sent about it (an introduction tells both sides' members), oldest first",
  })
  notifications!: Notification[];
}

@InputType()
export class SuggestionFilterInput {
  @Field(() => String, { nullable: true })
  zone?: string | null;

  @Field(() => String, { nullable: true })
  cluster?: string | null;

  @Field(() => SuggestionStatus, { nullable: true })
  status?: SuggestionStatus | null;

  @Field(() => SuggestionScope, { nullable: true })
  scope?: SuggestionScope | null;

  @Field(() => Float, { nullable: true })
  minScore?: number | null;

  @Field(() => ID, { nullable: true, description: 'Pairs of this organization' })
  organization?: string | null;
}

@InputType({ description: 'Sort order of a suggestion list; ties go by id' })
export class SuggestionOrderInput {
  @Field(() => SuggestionOrderField, { defaultValue: SuggestionOrderField.SCORE })
  field!: SuggestionOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction!: SortDirection;
}

@ArgsType()
export class SuggestionsArgs {
  @Field(() => SuggestionFilterInput, { nullable: true })
  filter?: SuggestionFilterInput | null;

  @Field(() => SuggestionOrderInput, {
    nullable: true,
    description: 'Default: score, highest first. A cursor only continues the order it came from.',
  })
  orderBy?: SuggestionOrderInput | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class ReviewSuggestionArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => ReviewDecision)
  decision!: ReviewDecision;

  @Field(() => String, { nullable: true, description: 'Required to reject' })
  reason?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int)
  expectedVersion!: number;
}
