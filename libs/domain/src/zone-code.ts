import { ZONE_CODES, ZoneCode } from './enums';
import { BadUserInputError } from './errors';

/** Accepts a zone code from a client, or says which codes exist. */
export function parseZoneCode(value: string, path = 'zone'): ZoneCode {
  const code = value.trim().toUpperCase();
  if ((ZONE_CODES as readonly string[]).includes(code)) return code as ZoneCode;
  throw new BadUserInputError([
    {
      path,
      reason: `unknown zone ${JSON.stringify(value)}; valid zones are ${ZONE_CODES.join(', ')}`,
    },
  ]);
}
