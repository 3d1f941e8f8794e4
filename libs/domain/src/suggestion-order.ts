import { BadUserInputError } from './errors';
import { decodeCursor, encodeCursor } from './pagination';

/** What a list of suggestions can be sorted by. */
export enum SuggestionOrderField {
  SCORE = 'SCORE',
  /** When the engine last scored the pair. */
  COMPUTED_AT = 'COMPUTED_AT',
  /** The last change: a decision or a rescore. */
  UPDATED_AT = 'UPDATED_AT',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

export interface SuggestionOrder {
  field: SuggestionOrderField;
  direction: SortDirection;
}

export const DEFAULT_SUGGESTION_ORDER: SuggestionOrder = {
  field: SuggestionOrderField.SCORE,
  direction: SortDirection.DESC,
};

/**
 * Keyset position in a suggestion list: the sort value as PostgreSQL printed it (full
 * precision: a timestamp's microseconds, a float's shortest exact digits), then the id.
 */
export interface SuggestionCursor {
  value: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KIND = 'suggestion';
/** timestamptz as PostgreSQL prints it, e.g. `2026-11-25 10:11:12.345678+00`. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;

export function encodeSuggestionCursor(order: SuggestionOrder, at: SuggestionCursor): string {
  return encodeCursor(KIND, JSON.stringify([order.field, order.direction, at.value, at.id]));
}

/**
 * Reads a cursor back for the order it is used with: a cursor of another order would
 * silently skip or repeat rows, so it is refused.
 */
export function decodeSuggestionCursor(
  order: SuggestionOrder,
  after: string | null | undefined,
  path = 'after',
): SuggestionCursor | null {
  const key = decodeCursor(KIND, after, path);
  if (key === null) return null;
  let parts: unknown;
  try {
    parts = JSON.parse(key);
  } catch {
    parts = null;
  }
  if (
    !Array.isArray(parts) ||
    parts.length !== 4 ||
    typeof parts[2] !== 'string' ||
    typeof parts[3] !== 'string' ||
    !UUID.test(parts[3])
  ) {
    throw new BadUserInputError([{ path, reason: 'is not a cursor of this list' }]);
  }
  const [field, direction, value, id] = parts as [string, string, string, string];
  if (field !== order.field || direction !== order.direction) {
    throw new BadUserInputError([
      {
        path,
        reason: `belongs to the order ${field} ${direction}, not ${order.field} ${order.direction}: start again without it`,
      },
    ]);
  }
  if (!isValidSortValue(order.field, value)) {
    throw new BadUserInputError([{ path, reason: 'is not a cursor of this list' }]);
  }
  return { value, id };
}

function isValidSortValue(field: SuggestionOrderField, value: string): boolean {
  if (field === SuggestionOrderField.SCORE)
    return value.trim() !== '' && Number.isFinite(Number(value));
  return TIMESTAMP.test(value);
}
