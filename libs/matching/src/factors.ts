/** The factors of a pair score, in the order the breakdown lists them. */
export const FACTORS = [
  'relevanceAToB',
  'relevanceBToA',
  'sharedTopics',
  'sectorFit',
  'kindComplementarity',
  'zoneSpecialisation',
  'proximity',
] as const;

export type MatchFactor = (typeof FACTORS)[number];
