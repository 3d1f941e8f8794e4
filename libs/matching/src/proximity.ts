/**
 * Proximity: the tier of the pair (same complex, same hub-and-spoke cluster, same zone,
 * across zones) blended with great-circle distance between their complexes. The tier carries
 * most of it because clusters are how the program organises work; distance separates a
 * neighbouring complex from one at the far end of the same zone.
 */
import { SuggestionScope } from '@app/domain';

export const PROXIMITY = {
  tier: {
    [SuggestionScope.SAME_COMPLEX]: 1,
    [SuggestionScope.SAME_CLUSTER]: 0.75,
    [SuggestionScope.SAME_ZONE]: 0.5,
    [SuggestionScope.CROSS_ZONE]: 0.15,
  },
  /** Share of the tier in the blend; the rest is exp(−distance / scale). */
  tierShare: 0.7,
  distanceScaleKm: 60,
} as const;

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;
const { sin, cos, asin, sqrt, exp, min } = Math;

export interface Place {
  zone: string;
  cluster: string;
  complex: string;
  lat: number;
  lng: number;
}

export function scopeOf(a: Place, b: Place): SuggestionScope {
  if (a.complex === b.complex) return SuggestionScope.SAME_COMPLEX;
  if (a.cluster === b.cluster) return SuggestionScope.SAME_CLUSTER;
  if (a.zone === b.zone) return SuggestionScope.SAME_ZONE;
  return SuggestionScope.CROSS_ZONE;
}

/** Haversine distance in km, from latitudes/longitudes in radians and cos(latitude). */
export function distanceKmRad(
  latA: number,
  lngA: number,
  cosLatA: number,
  latB: number,
  lngB: number,
  cosLatB: number,
): number {
  const dLat = sin((latB - latA) / 2);
  const dLng = sin((lngB - lngA) / 2);
  const h = dLat * dLat + cosLatA * cosLatB * dLng * dLng;
  return 2 * EARTH_RADIUS_KM * asin(min(1, sqrt(h)));
}

export function distanceKm(a: Place, b: Place): number {
  return distanceKmRad(
    a.lat * RAD,
    a.lng * RAD,
    cos(a.lat * RAD),
    b.lat * RAD,
    b.lng * RAD,
    cos(b.lat * RAD),
  );
}

/** The same complex is 1 whatever its recorded coordinates: the tier decides it alone. */
export function proximityOf(scope: SuggestionScope, km: number): number {
  if (scope === SuggestionScope.SAME_COMPLEX) return 1;
  const share = PROXIMITY.tierShare;
  return share * PROXIMITY.tier[scope] + (1 - share) * exp(-km / PROXIMITY.distanceScaleKm);
}

export function proximity(a: Place, b: Place): number {
  return proximityOf(scopeOf(a, b), distanceKm(a, b));
}
