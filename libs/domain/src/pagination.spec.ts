import { BadUserInputError } from './errors';
import { decodeIntCursor, encodeCursor, pageSize } from './pagination';

describe('pagination', () => {
  it('defaults and bounds the page size', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow(BadUserInputError);
    expect(() => pageSize(101)).toThrow(/first must be between 1 and 100/);
  });

  it('round-trips cursors and refuses those of another list', () => {
    expect(decodeIntCursor('complex', encodeCursor('complex', 42))).toBe(42);
    expect(decodeIntCursor('complex', null)).toBeNull();
    expect(() => decodeIntCursor('complex', encodeCursor('organization', 42))).toThrow(
      BadUserInputError,
    );
    expect(() => decodeIntCursor('complex', 'garbage')).toThrow(BadUserInputError);
  });
});
