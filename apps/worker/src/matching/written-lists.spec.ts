import { WrittenLists } from './written-lists';

describe('WrittenLists', () => {
  it('answers for the lists recorded, and nothing for the others', () => {
    const lists = new WrittenLists(10, 3);
    lists.record(4, [7, 2, 9]);
    lists.record(0, [4]);
    expect(lists.holds(4, 2)).toBe(true);
    expect(lists.holds(4, 9)).toBe(true);
    expect(lists.holds(4, 1)).toBe(false);
    expect(lists.holds(0, 4)).toBe(true);
    // Slot 0's partner 0 was never recorded: an unwritten list holds nothing.
    expect(lists.holds(5, 0)).toBe(false);
    expect(lists.holds(9, 0)).toBe(false);
  });

  it('replaces a list recorded again, shorter lists included', () => {
    const lists = new WrittenLists(4, 3);
    lists.record(1, [0, 2, 3]);
    lists.record(1, [2]);
    expect(lists.holds(1, 2)).toBe(true);
    expect(lists.holds(1, 3)).toBe(false);
    lists.record(1, []);
    expect(lists.holds(1, 2)).toBe(false);
  });

  it('refuses slots outside its capacity and lists longer than K', () => {
    const lists = new WrittenLists(4, 2);
    expect(() => lists.record(4, [1])).toThrow(RangeError);
    expect(() => lists.holds(-1, 0)).toThrow(RangeError);
    expect(() => lists.record(0, [1, 2, 3])).toThrow(/at most 2/);
    expect(() => new WrittenLists(4, 0)).toThrow(RangeError);
  });
});
