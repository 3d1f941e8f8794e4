import { BREAKDOWN_FACTORS } from '@app/domain';

/** The factors of a pair score, in the order the breakdown lists them (and rows store them). */
export const FACTORS = BREAKDOWN_FACTORS;

export type MatchFactor = (typeof FACTORS)[number];
