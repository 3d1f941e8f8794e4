import { IntMap } from './int-map';

describe('IntMap', () => {
  it('maps integers to integers through growth', () => {
    const map = new IntMap(4);
    for (let i = 0; i < 5000; i += 1) map.set(i * 7919, i);
    expect(map.size).toBe(5000);
    for (let i = 0; i < 5000; i += 1) expect(map.get(i * 7919)).toBe(i);
    expect(map.get(1)).toBeUndefined();
    map.set(0, 42);
    expect(map.get(0)).toBe(42);
    expect(map.size).toBe(5000);
  });
});
