import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quotes, commas and line breaks inside quotes, CRLF and a BOM', () => {
    const text = '\ufeffa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n\r\n1,,3\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['1', '', '3'],
    ]);
  });

  it('keeps Korean text as it is', () => {
    expect(parseCsv('기관명,산업단지\n(주)대불정밀,대불')).toEqual([
      ['기관명', '산업단지'],
      ['(주)대불정밀', '대불'],
    ]);
  });

  it('refuses an unclosed quote', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/not closed/);
  });
});
