import { Injectable } from '@nestjs/common';
import { SuggestionEntity } from '@app/database';
import {
  Actor,
  canSeeConfidential,
  conceptById,
  decodeBreakdown,
  Location,
  NeedVisibility,
  NotFoundError,
  StoredBreakdown,
} from '@app/domain';
import type { GqlContext } from '../graphql/context';
import { Explanation } from './suggestion.models';

export async function locationOf(ctx: GqlContext, complexCode: string): Promise<Location> {
  const complex = await ctx.loaders.complex.load(complexCode);
  if (!complex) throw new NotFoundError('complex', complexCode);
  return { clusterCode: complex.clusterCode, zoneCode: complex.zoneCode };
}

/** Turns a stored explanation into what a viewer may read. */
@Injectable()
export class ExplanationBuilder {
  /** The stored explanation with concept labels and items resolved; confidential needs hidden. */
  async explain(
    row: SuggestionEntity,
    viewer: Actor | null,
    ctx: GqlContext,
  ): Promise<Explanation> {
    const breakdown = decodeBreakdown(row.breakdown as Partial<StoredBreakdown>);
    const matchedItems = await Promise.all(
      breakdown.matchedItems.map(async (item) => {
        const needOrganizationId =
          item.direction === 'A_NEEDS_B' ? row.organizationAId : row.organizationBId;
        const [need, capability, owner] = await Promise.all([
          ctx.loaders.need.load(item.needId),
          ctx.loaders.capability.load(item.capabilityId),
          ctx.loaders.organization.load(needOrganizationId),
        ]);
        const confidential = need?.visibility === NeedVisibility.COORDINATORS;
        const visible =
          !confidential ||
          (owner !== null &&
            canSeeConfidential(viewer, owner.id, await locationOf(ctx, owner.complexCode)));
        return {
          needOrganizationId,
          need: visible ? (need as never) : null,
          confidential,
          capability: capability as never,
          similarity: item.similarity,
        };
      }),
    );
    return {
      factors: breakdown.factors,
      sharedConcepts: breakdown.sharedConcepts.map((id) => {
        const concept = conceptById(id);
        return { id, ko: concept?.ko[0] ?? id, en: concept?.en[0] ?? id };
      }),
      matchedItems,
    };
  }
}
