import { BadUserInputError } from './errors';
import { encodeCursor } from './pagination';
import {
  decodeSuggestionCursor,
  DEFAULT_SUGGESTION_ORDER,
  encodeSuggestionCursor,
  SortDirection,
  SuggestionOrderField,
} from './suggestion-order';

const id = '0b7c8a9e-3f0e-4c57-9d55-0a6f5b8c2d11';

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return (error as BadUserInputError).fields.map((i) => `${i.path}: ${i.reason}`).join('; ');
  }
  throw new Error('expected a BadUserInputError');
}

describe('suggestion cursors', () => {
  it('round-trips a score and a timestamp with microseconds', () => {
    const byScore = { value: '0.7123456789012345', id };
    expect(
      decodeSuggestionCursor(
        DEFAULT_SUGGESTION_ORDER,
        encodeSuggestionCursor(DEFAULT_SUGGESTION_ORDER, byScore),
      ),
    ).toEqual(byScore);
    const order = { field: SuggestionOrderField.UPDATED_AT, direction: SortDirection.ASC };
    const byTime = { value: '2026-11-25 10:11:12.345678+00', id };
    expect(decodeSuggestionCursor(order, encodeSuggestionCursor(order, byTime))).toEqual(byTime);
  });

  it('reads no cursor as the first page', () => {
    expect(decodeSuggestionCursor(DEFAULT_SUGGESTION_ORDER, null)).toBeNull();
    expect(decodeSuggestionCursor(DEFAULT_SUGGESTION_ORDER, '')).toBeNull();
  });

  it('refuses a cursor made for another order', () => {
    const cursor = encodeSuggestionCursor(
      { field: SuggestionOrderField.COMPUTED_AT, direction: SortDirection.DESC },
      { value: '2026-11-25 10:11:12+00', id },
    );
    expect(reasonOf(() => decodeSuggestionCursor(DEFAULT_SUGGESTION_ORDER, cursor))).toMatch(
      /^after: belongs to the order COMPUTED_AT DESC, not SCORE DESC/,
    );
  });

  it.each([
    ['garbage', 'bm9wZQ'],
    ['another list', encodeCursor('organization', '12')],
    ['a bad id', encodeCursor('suggestion', JSON.stringify(['SCORE', 'DESC', '0.5', "1' OR 1=1"]))],
    ['a bad score', encodeCursor('suggestion', JSON.stringify(['SCORE', 'DESC', 'NaN', id]))],
    [
      'a bad time',
      encodeCursor('suggestion', JSON.stringify(['COMPUTED_AT', 'DESC', 'yesterday', id])),
    ],
  ])('refuses %s', (_, cursor) => {
    const order =
      _ === 'a bad time'
        ? { field: SuggestionOrderField.COMPUTED_AT, direction: SortDirection.DESC }
        : DEFAULT_SUGGESTION_ORDER;
    expect(reasonOf(() => decodeSuggestionCursor(order, cursor))).toBe(
      'after: is not a cursor of this list',
    );
  });
});
