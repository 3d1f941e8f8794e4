import * as iconv from 'iconv-lite';
import { decodeCsv } from './decode-csv';

const text = '구분,기관명,산업단지\n기업,(주)대불정밀,대불\n';

describe('decodeCsv', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeCsv(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect(decodeCsv(bytes)).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads CP949 as Excel on Korean Windows writes it', () => {
    const bytes = iconv.encode(text, 'cp949');
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(false);
    expect(decodeCsv(bytes)).toEqual({ text, encoding: 'cp949' });
  });
});
