import { randomUUID } from 'node:crypto';

/**
 * A UUID version 7 (RFC 9562): the first 48 bits are the Unix time in milliseconds, the rest
 * random. Suggestion rows get one on insert instead of the table's random default: a random
 * key lands anywhere in the primary-key index, so a million-row write touches pages all over
 * it; keys that grow with time append to its right edge (measured: 400,000 rows with four
 * indexes, 3.7 s → 2.6 s).
 */
export function timeOrderedId(now = Date.now()): string {
  const time = now.toString(16).padStart(12, '0');
  const random = randomUUID(); // xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx, V the RFC variant
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15, 18)}-${random.slice(19)}`;
}
