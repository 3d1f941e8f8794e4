import { BadUserInputError } from './errors';

/**
 * RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes,
 * CRLF or LF line ends, a leading byte order mark ignored. Fully blank lines are skipped.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (quoted)
    throw new BadUserInputError([
      { path: 'csv', reason: 'ends inside a quoted field (a " is not closed)' },
    ]);
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
