import { copyLines } from './suggestion.writer';

const row = {
  a: '00000000-0000-0000-0000-000000000001',
  b: '00000000-0000-0000-0000-000000000002',
  score: 0.123456789,
  relevanceAToB: 0.5,
  relevanceBToA: 0,
  scope: 'SAME_ZONE',
  breakdown: { c: ['tab\there', 'back\\slash', 'line\nbreak'] },
  engineVersion: 'v1',
};

describe('copyLines', () => {
  it('writes one COPY text line per row, escaping what COPY would read as a separator', () => {
    const text = [...copyLines([row])].join('');
    expect(text.endsWith('\n')).toBe(true);
    const columns = text.slice(0, -1).split('\t');
    expect(columns).toHaveLength(8);
    expect(columns.slice(0, 6)).toEqual([row.a, row.b, '0.123456789', '0.5', '0', 'SAME_ZONE']);
    // JSON.stringify already turns a tab or line break into \t or \n; COPY then needs every
    // backslash doubled, so PostgreSQL reads back exactly the JSON text.
    const json = columns[6]!.replace(/\\\\/g, '\\');
    expect(JSON.parse(json)).toEqual(row.breakdown);
    expect(columns[7]).toBe('v1');
  });

  it('batches lines into chunks', () => {
    const chunks = [...copyLines([row, row, row], 2)];
    expect(chunks).toHaveLength(2);
    expect(chunks.join('').split('\n')).toHaveLength(4);
  });
});
