import { copyFields, copyText, CopyTextWriter } from './copy-text-writer';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('copyFields', () => {
  it("undoes copyText's escapes, column by column, with or without the line's newline", () => {
    const values = [
      'a\\b',
      'tab\there',
      'two\nlines',
      'cr\rhere',
      '용접 자동화',
      '{"c":["\\"q\\""]}',
    ];
    const line = values.map(copyText).join('\t');
    expect(line).not.toMatch(/[\n\r]/);
    expect(line.split('\t')).toHaveLength(values.length);
    expect(copyFields(bytes(line))).toEqual(values);
    expect(copyFields(bytes(`${line}\n`))).toEqual(values);
  });

  it('reads back a row the writer encoded, JSON string literals and Hangul included', () => {
    const w = new CopyTextWriter();
    w.begin(CopyTextWriter.bound(40) + 64);
    w.text('x\ty');
    w.tab();
    w.json('조선\\해양 "lab"');
    w.byte(0x0a);
    const [text, json] = copyFields(w.end());
    expect(text).toBe('x\ty');
    expect(JSON.parse(json!)).toBe('조선\\해양 "lab"');
  });
});
