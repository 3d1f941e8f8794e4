import * as iconv from 'iconv-lite';

/**
 * Text of a CSV file as saved by a spreadsheet: UTF-8 with or without a byte order mark, or
 * CP949 (what Excel on Korean Windows writes). Anything that is not valid UTF-8 is read as
 * CP949, which covers EUC-KR too.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'cp949' } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      hasBom ? bytes.subarray(3) : bytes,
    );
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'cp949'), encoding: 'cp949' };
  }
}
