import { BadUserInputError } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Checks a page size from a client: 1..MAX_PAGE_SIZE, default DEFAULT_PAGE_SIZE. */
export function pageSize(first: number | null | undefined, path = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError([
      { path, reason: `must be between 1 and ${MAX_PAGE_SIZE}, got ${first}` },
    ]);
  }
  return first;
}

/**
 * Opaque cursors: base64url of `kind:key`. The kind stops a cursor of one list being used on
 * another, which would silently return the wrong page.
 */
export function encodeCursor(kind: string, key: string | number): string {
  return Buffer.from(`${kind}:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(
  kind: string,
  cursor: string | null | undefined,
  path = 'after',
): string | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(`${kind}:`)) {
    throw new BadUserInputError([{ path, reason: 'is not a cursor of this list' }]);
  }
  return text.slice(kind.length + 1);
}

export function decodeIntCursor(
  kind: string,
  cursor: string | null | undefined,
  path = 'after',
): number | null {
  const key = decodeCursor(kind, cursor, path);
  if (key === null) return null;
  if (!/^\d+$/.test(key))
    throw new BadUserInputError([{ path, reason: 'is not a cursor of this list' }]);
  return Number(key);
}
