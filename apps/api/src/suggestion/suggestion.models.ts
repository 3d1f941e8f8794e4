import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SuggestionScope, SuggestionStatus } from '@app/domain';
import { Capability, Need, Organization } from '../organization/organization.models';

registerEnumType(SuggestionScope, {
  name: 'SuggestionScope',
  description:
    'Where the partner is: same complex, same hub-and-spoke cluster, same zone, or across zones (초광역)',
});
registerEnumType(SuggestionStatus, { name: 'SuggestionStatus' });

@ObjectType({
  description: 'One factor of a score: its value in [0,1], its weight, and its share of the score',
})
export class ScoreFactor {
  @Field()
  factor!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float)
  contribution!: number;
}

@ObjectType({
  description: 'A concept of the shared Korean–English vocabulary both sides talk about',
})
export class SharedConcept {
  @Field()
  id!: string;

  @Field()
  ko!: string;

  @Field()
  en!: string;
}

@ObjectType({ description: 'A need of one side met by a capability of the other' })
export class MatchedItem {
  @Field(() => ID, { description: 'The organization whose need it is' })
  needOrganizationId!: string;

  @Field(() => Need, {
    nullable: true,
    description: 'Null when the need is confidential and you may not see it',
  })
  need!: Need | null;

  @Field({ description: 'True when the need is marked COORDINATORS' })
  confidential!: boolean;

  @Field(() => Capability, { nullable: true })
  capability!: Capability | null;

  @Field(() => Float)
  similarity!: number;
}

@ObjectType()
export class Explanation {
  @Field(() => [ScoreFactor])
  factors!: ScoreFactor[];

  @Field(() => [SharedConcept])
  sharedConcepts!: SharedConcept[];

  @Field(() => [MatchedItem])
  matchedItems!: MatchedItem[];
}

@ObjectType({ description: 'A suggested partner of an organization, and why' })
export class PartnerSuggestion {
  @Field(() => ID, { description: 'The suggestion (the pair)' })
  id!: string;

  @Field(() => Organization)
  partner!: Organization;

  @Field(() => Float, { description: 'Combined score in [0,1]' })
  score!: number;

  @Field(() => Float, { description: "How well the partner answers this organization's needs" })
  relevanceToNeeds!: number;

  @Field(() => Float, { description: "How well this organization answers the partner's needs" })
  relevanceToPartnerNeeds!: number;

  @Field(() => SuggestionScope)
  scope!: SuggestionScope;

  @Field(() => SuggestionStatus)
  status!: SuggestionStatus;

  @Field()
  engineVersion!: string;

  @Field()
  computedAt!: Date;

  @Field(() => Int)
  version!: number;

  @Field(() => Explanation)
  explanation!: Explanation;
}
