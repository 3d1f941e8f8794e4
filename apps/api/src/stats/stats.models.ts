import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganizationKind, SuggestionScope, SuggestionStatus, ZoneCode } from '@app/domain';
import { Need, Organization } from '../organization/organization.models';
import { Cluster, Zone } from '../reference/reference.models';

@ObjectType()
export class KindCount {
  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class StatusCount {
  @Field(() => SuggestionStatus)
  status!: SuggestionStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class ScopeCount {
  @Field(() => SuggestionScope)
  scope!: SuggestionScope;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A partner in another zone that the engine matched to a need' })
export class NeedPartner {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => ID, { description: 'The suggested pair, to review or introduce' })
  suggestionId!: string;

  @Field(() => Float, { description: "The pair's combined score" })
  score!: number;

  @Field(() => Float, { description: 'How well the partner answers this need' })
  similarity!: number;
}

@ObjectType({ description: 'A need nobody inside the region answers, with partners across zones' })
export class UnmetNeed {
  @Field(() => Need)
  need!: Need;

  @Field(() => Organization)
  organization!: Organization;

  @Field(() => [NeedPartner], { description: 'Best first, up to 3 (초광역 candidates)' })
  crossZonePartners!: NeedPartner[];
}

@ObjectType({ description: 'How a cluster or a zone is doing' })
export class RegionStats {
  @Field(() => Cluster, { nullable: true, description: 'Set for clusterStats' })
  cluster!: Cluster | null;

  @Field(() => Zone)
  zone!: Zone;

  @Field(() => Int)
  organizations!: number;

  @Field(() => [KindCount])
  organizationsByKind!: KindCount[];

  @Field(() => Int, { description: "Needs posted by the region's organizations" })
  needs!: number;

  @Field(() => Int, { description: 'Pairs touching the region: live proposals and reviewed pairs' })
  suggestions!: number;

  @Field(() => [StatusCount])
  suggestionsByStatus!: StatusCount[];

  @Field(() => [ScopeCount])
  suggestionsByScope!: ScopeCount[];

  @Field(() => Int, { description: 'Pairs decided on: accepted, introduced or rejected' })
  decided!: number;

  @Field(() => Float, {
    nullable: true,
    description: '(accepted + introduced) / decided; null before the first decision',
  })
  acceptanceRate!: number | null;

  @Field(() => Float, { description: 'The score a pair needs to count as meeting a need' })
  threshold!: number;
}

@ArgsType()
export class ClusterStatsArgs {
  @Field(() => ID, { description: 'The cluster code, e.g. DAEBUL' })
  clusterId!: string;

  @Field(() => Float, { nullable: true, description: 'Default: UNMET_NEED_THRESHOLD' })
  threshold?: number | null;
}

@ArgsType()
export class ZoneStatsArgs {
  @Field(() => ZoneCode)
  zone!: ZoneCode;

  @Field(() => Float, { nullable: true, description: 'Default: UNMET_NEED_THRESHOLD' })
  threshold?: number | null;
}
