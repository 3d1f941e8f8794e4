import { copyLines } from './suggestion.writer';

const row = (n: number) => ({ a: `a${n}`, b: `b${n}`, line: `a${n}\tb${n}\n` });

describe('copyLines', () => {
  it("batches the rows' lines into chunks, in order", () => {
    const chunks = [...copyLines([row(1), row(2), row(3)], 2)];
    expect(chunks).toEqual(['a1\tb1\na2\tb2\n', 'a3\tb3\n']);
  });
});
