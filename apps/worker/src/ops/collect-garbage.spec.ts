import { collectGarbage } from './collect-garbage';

describe('collectGarbage', () => {
  it('collects what nothing refers to any more, each time it is asked', async () => {
    for (let round = 0; round < 2; round += 1) {
      const ref = ((): WeakRef<object> => new WeakRef({ rows: new Array(10_000).fill(round) }))();
      // A WeakRef's target is kept until the current job ends.
      await new Promise((resolve) => setImmediate(resolve));
      collectGarbage();
      expect(ref.deref()).toBeUndefined();
    }
  });
});
