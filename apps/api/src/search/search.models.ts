import {
  ArgsType,
  Field,
  Float,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { OrganizationKind } from '@app/domain';
import { Organization } from '../organization/organization.models';

export enum SearchFacet {
  ZONE = 'zoneCode',
  CLUSTER = 'clusterCode',
  COMPLEX = 'complexCode',
  KIND = 'kind',
  KSIC_DIVISION = 'ksicDivisions',
  KEYWORD = 'keywords',
  CONCEPT = 'concepts',
}

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  NAME = 'NAME',
  RECENT = 'RECENT',
  DISTANCE = 'DISTANCE',
}

registerEnumType(SearchFacet, {
  name: 'SearchFacet',
  description: 'Fields whose value counts a search can return',
});
registerEnumType(SearchSort, {
  name: 'SearchSort',
  description:
    'RELEVANCE (default), NAME (Korean name), RECENT (last updated), DISTANCE (needs `near`)',
});

@InputType()
export class SearchFilterInput {
  @Field(() => [String], { nullable: true, description: 'Zone codes, any of' })
  zones?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Cluster ids (hub complex codes), any of' })
  clusters?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Complex codes, any of' })
  complexes?: string[] | null;

  @Field(() => [OrganizationKind], { nullable: true })
  kinds?: OrganizationKind[] | null;

  @Field(() => [String], { nullable: true, description: 'KSIC divisions (2 digits), any of' })
  ksicDivisions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Keywords, any of (exact)' })
  keywords?: string[] | null;
}

@InputType()
export class NearInput {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lng!: number;

  @Field(() => Float, { description: 'Radius in kilometres, up to 1,000' })
  radiusKm!: number;
}

@ArgsType()
export class SearchOrganizationsArgs {
  @Field(() => String, {
    nullable: true,
    defaultValue: '',
    description: 'Korean or English words; empty lists all',
  })
  query!: string;

  @Field(() => SearchFilterInput, { nullable: true })
  filter?: SearchFilterInput | null;

  @Field(() => NearInput, { nullable: true })
  near?: NearInput | null;

  @Field(() => [SearchFacet], { nullable: true })
  facets?: SearchFacet[] | null;

  @Field(() => SearchSort, { nullable: true, defaultValue: SearchSort.RELEVANCE })
  sort!: SearchSort;

  @Field(() => Int, { nullable: true, description: 'Hits per page, 1–100 (default 20)' })
  first?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Hits to skip, up to 10,000' })
  offset!: number;
}

@ObjectType()
export class SearchHighlight {
  @Field()
  field!: string;

  @Field({
    description:
      'The matched text, cropped, HTML-escaped, with matches wrapped in <em></em> (the only markup)',
  })
  snippet!: string;
}

@ObjectType()
export class OrganizationHit {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => [SearchHighlight])
  highlights!: SearchHighlight[];

  @Field(() => Float, { nullable: true, description: 'Kilometres from `near`, when given' })
  distanceKm!: number | null;
}

@ObjectType()
export class FacetValue {
  @Field()
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class Facet {
  @Field(() => SearchFacet)
  name!: SearchFacet;

  @Field(() => [FacetValue])
  values!: FacetValue[];
}

@ObjectType()
export class OrganizationSearchResult {
  @Field(() => [OrganizationHit])
  hits!: OrganizationHit[];

  @Field(() => Int, { description: 'Estimated total number of matches' })
  totalHits!: number;

  @Field(() => [Facet])
  facets!: Facet[];

  @Field(() => Int)
  processingTimeMs!: number;
}
