import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  NotificationQueryService,
  OrganizationQueryService,
  ReferenceDataService,
  RegionStatsService,
  SuggestionReviewService,
} from '@app/database';

/** Partners across zones listed per unmet need. */
const CROSS_ZONE_PARTNERS = 3;

/** Groups rows by a key, keeping the order of `keys` as DataLoader requires. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((k) => map.get(k) ?? null);
}

export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

/** DataLoaders of one request: a relation asked for by many parents costs one query. */
export class RequestLoaders {
  constructor(
    private readonly reference: ReferenceDataService,
    private readonly organizations: OrganizationQueryService,
    private readonly reviews: SuggestionReviewService,
    private readonly notifications: NotificationQueryService,
    private readonly stats: RegionStatsService,
  ) {}

  readonly organization = new DataLoader(async (ids: readonly string[]) =>
    byKey(ids, await this.organizations.byIds(ids), (o) => o.id),
  );

  readonly capabilitiesOf = new DataLoader(async (ids: readonly string[]) =>
    groupByKey(ids, await this.organizations.capabilitiesOf(ids), (c) => c.organizationId),
  );

  readonly capability = new DataLoader(async (ids: readonly string[]) =>
    byKey(ids, await this.organizations.capabilitiesByIds(ids), (c) => c.id),
  );

  readonly need = new DataLoader(async (ids: readonly string[]) =>
    byKey(ids, await this.organizations.needsByIds(ids), (n) => n.id),
  );

  readonly needsOf = new DataLoader(async (ids: readonly string[]) =>
    groupByKey(ids, await this.organizations.needsOf(ids), (n) => n.organizationId),
  );

  readonly zone = new DataLoader(async (codes: readonly string[]) =>
    byKey(codes, await this.reference.zonesByCodes(codes), (z) => z.code),
  );

  readonly cluster = new DataLoader(async (codes: readonly string[]) =>
    byKey(codes, await this.reference.clustersByCodes(codes), (c) => c.code),
  );

  readonly complex = new DataLoader(async (codes: readonly string[]) =>
    byKey(codes, await this.reference.complexesByCodes(codes), (c) => c.code),
  );

  readonly clustersOfZone = new DataLoader(async (zones: readonly string[]) =>
    groupByKey(zones, await this.reference.clustersByZones(zones), (c) => c.zoneCode),
  );

  /** Review events of suggestions, oldest first. */
  readonly historyOf = new DataLoader(async (ids: readonly string[]) =>
    groupByKey(ids, await this.reviews.history(ids), (e) => e.suggestionId),
  );

  /** Messages an introduction sent, by suggestion. */
  readonly notificationsOf = new DataLoader(async (ids: readonly string[]) =>
    groupByKey(ids, await this.notifications.forSuggestions(ids), (n) => n.suggestionId!),
  );

  readonly crossZonePartners = new DataLoader(async (needIds: readonly string[]) =>
    groupByKey(
      needIds,
      await this.stats.crossZonePartners(needIds, CROSS_ZONE_PARTNERS),
      (p) => p.needId,
    ),
  );

  readonly complexesOfCluster = new DataLoader(async (clusters: readonly string[]) =>
    groupByKey(clusters, await this.reference.complexesByClusters(clusters), (c) => c.clusterCode),
  );
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly reference: ReferenceDataService,
    private readonly organizations: OrganizationQueryService,
    private readonly reviews: SuggestionReviewService,
    private readonly notifications: NotificationQueryService,
    private readonly stats: RegionStatsService,
  ) {}

  create(): RequestLoaders {
    return new RequestLoaders(
      this.reference,
      this.organizations,
      this.reviews,
      this.notifications,
      this.stats,
    );
  }
}
