/**
 * Fit with the zones' specialisations: of the concepts the pair shares, the share that is in
 * the specialisation (ZONE_SPECIALISATION) of either organization's zone. A shipbuilding
 * match in 호남권 fits what the program funds there; a shared interest in quality management
 * does not. No shared concept, no fit.
 */
import { ZONE_SPECIALISATION, ZoneCode } from '@app/domain';

export function zoneSpecialisationFit(
  sharedConceptIds: readonly string[],
  zoneA: ZoneCode,
  zoneB: ZoneCode,
): number {
  if (sharedConceptIds.length === 0) return 0;
  const a = ZONE_SPECIALISATION[zoneA] ?? [];
  const b = ZONE_SPECIALISATION[zoneB] ?? [];
  let fitting = 0;
  for (const id of sharedConceptIds) if (a.includes(id) || b.includes(id)) fitting += 1;
  return fitting / sharedConceptIds.length;
}
