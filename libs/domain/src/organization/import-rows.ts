import { parseCsv } from '../csv';
import { NeedVisibility, OrganizationKind, OrganizationSize } from '../enums';
import { BadUserInputError } from '../errors';
import { OrganizationInput } from './organization-input';
import { NormalizedOrganization } from './organization-input';
import { validateOrganizationInput } from './validate-organization';

/** The columns of a bulk import, with the English and Korean headers each accepts. */
export const IMPORT_COLUMNS = {
  kind: ['kind', '구분', '기관구분'],
  nameKo: ['name_ko', '기관명', '국문명'],
  nameEn: ['name_en', 'nameen', '영문명'],
  complex: ['complex', 'complex_code', '산업단지', '단지'],
  ksicCodes: ['ksic', 'ksic_codes', '표준산업분류', '업종코드'],
  size: ['size', '규모'],
  description: ['description', '소개', '기관소개'],
  keywords: ['keywords', '키워드'],
  website: ['website', '홈페이지'],
  businessNumber: ['business_number', '사업자등록번호'],
  capabilities: ['capabilities', '보유역량', '보유기술'],
  needs: ['needs', '수요기술', '필요기술'],
  confidentialNeeds: ['confidential_needs', '비공개수요', '비공개수요기술'],
} as const;

export type ImportColumn = keyof typeof IMPORT_COLUMNS;

const KIND_WORDS: Record<string, OrganizationKind> = {
  firm: OrganizationKind.FIRM,
  기업: OrganizationKind.FIRM,
  산: OrganizationKind.FIRM,
  university: OrganizationKind.UNIVERSITY,
  대학: OrganizationKind.UNIVERSITY,
  학: OrganizationKind.UNIVERSITY,
  institute: OrganizationKind.INSTITUTE,
  연구소: OrganizationKind.INSTITUTE,
  연구기관: OrganizationKind.INSTITUTE,
  연: OrganizationKind.INSTITUTE,
};

const SIZE_WORDS: Record<string, OrganizationSize> = {
  micro: OrganizationSize.MICRO,
  소상공인: OrganizationSize.MICRO,
  small: OrganizationSize.SMALL,
  소기업: OrganizationSize.SMALL,
  medium: OrganizationSize.MEDIUM,
  중기업: OrganizationSize.MEDIUM,
  중견기업: OrganizationSize.MEDIUM,
  large: OrganizationSize.LARGE,
  대기업: OrganizationSize.LARGE,
};

const normalizeHeader = (h: string) =>
  h
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');

export interface ImportProblem {
  /** 1-based line of the file, the header being line 1, as a spreadsheet numbers it. */
  row: number;
  column: string;
  message: string;
}

export interface ImportedRow {
  row: number;
  value: NormalizedOrganization;
}

/** Splits a list cell: items separated by ';' (or line breaks), blanks dropped. */
function list(cell: string | undefined): string[] | null {
  if (cell === undefined || cell.trim() === '') return null;
  return cell
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Turns CSV text into validated organizations. `resolveComplex` maps the complex cell (a code
 * or a Korean name) to a code. Problems name the row and the column header as written.
 */
export interface ImportReading {
  /** Data rows in the file, valid or not. */
  total: number;
  rows: ImportedRow[];
  problems: ImportProblem[];
  /** The header each column has in this file, for problems found later. */
  headers: Partial<Record<ImportColumn, string>>;
}

export function readImportCsv(
  text: string,
  resolveComplex: (cell: string) => string | null,
): ImportReading {
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch (error) {
    const message = error instanceof BadUserInputError ? error.fields[0].reason : String(error);
    return { total: 0, rows: [], problems: [{ row: 0, column: '', message }], headers: {} };
  }
  if (table.length === 0) {
    return {
      total: 0,
      rows: [],
      problems: [{ row: 1, column: '', message: 'the file is empty' }],
      headers: {},
    };
  }
  const [header, ...data] = table;
  const columnIndex = new Map<ImportColumn, number>();
  const headerName = new Map<ImportColumn, string>();
  const problems: ImportProblem[] = [];
  header.forEach((h, i) => {
    const key = (Object.keys(IMPORT_COLUMNS) as ImportColumn[]).find((k) =>
      IMPORT_COLUMNS[k].some((alias) => normalizeHeader(alias) === normalizeHeader(h)),
    );
    if (!key)
      problems.push({
        row: 1,
        column: h,
        message: `unknown column; known columns: ${Object.values(IMPORT_COLUMNS)
          .map((a) => a[0])
          .join(', ')}`,
      });
    else if (columnIndex.has(key))
      problems.push({ row: 1, column: h, message: `repeats column ${headerName.get(key)}` });
    else {
      columnIndex.set(key, i);
      headerName.set(key, h);
    }
  });
  for (const required of ['kind', 'nameKo', 'complex'] as const) {
    if (!columnIndex.has(required)) {
      problems.push({
        row: 1,
        column: IMPORT_COLUMNS[required][0],
        message: 'required column is missing',
      });
    }
  }
  const headers = Object.fromEntries(headerName) as Partial<Record<ImportColumn, string>>;
  if (problems.length > 0) return { total: data.length, rows: [], problems, headers };

  const pathColumn: Record<string, ImportColumn> = {
    kind: 'kind',
    nameKo: 'nameKo',
    nameEn: 'nameEn',
    complexCode: 'complex',
    ksicCodes: 'ksicCodes',
    size: 'size',
    description: 'description',
    keywords: 'keywords',
    website: 'website',
    businessNumber: 'businessNumber',
    capabilities: 'capabilities',
    needs: 'needs',
  };
  const rows: ImportedRow[] = [];
  data.forEach((cells, i) => {
    const row = i + 2;
    const cell = (k: ImportColumn): string | undefined => {
      const index = columnIndex.get(k);
      return index === undefined ? undefined : cells[index];
    };
    const columnOf = (k: ImportColumn) => headerName.get(k) ?? IMPORT_COLUMNS[k][0];
    const rowProblems: ImportProblem[] = [];
    const kindCell = cell('kind')?.trim() ?? '';
    const kind = KIND_WORDS[kindCell.toLowerCase()] ?? (kindCell.toUpperCase() as OrganizationKind);
    const sizeCell = cell('size')?.trim() ?? '';
    const size =
      sizeCell === ''
        ? null
        : (SIZE_WORDS[sizeCell.toLowerCase()] ?? (sizeCell.toUpperCase() as OrganizationSize));
    const complexCell = cell('complex')?.trim() ?? '';
    const complexCode = complexCell === '' ? '' : resolveComplex(complexCell);
    if (complexCell !== '' && complexCode === null) {
      rowProblems.push({
        row,
        column: columnOf('complex'),
        message: `no complex is called ${JSON.stringify(complexCell)}; give its code or Korean name`,
      });
    }
    const needs =
      list(cell('needs'))?.map((title) => ({ title, visibility: NeedVisibility.PUBLIC })) ?? [];
    const confidential =
      list(cell('confidentialNeeds'))?.map((title) => ({
        title,
        visibility: NeedVisibility.COORDINATORS,
      })) ?? [];
    const input: OrganizationInput = {
      kind,
      nameKo: cell('nameKo') ?? '',
      nameEn: cell('nameEn') || null,
      complexCode: complexCode ?? complexCell,
      ksicCodes: list(cell('ksicCodes')),
      size,
      description: cell('description') || null,
      keywords: list(cell('keywords')),
      website: cell('website') || null,
      businessNumber: cell('businessNumber') || null,
      capabilities: list(cell('capabilities'))?.map((title) => ({ title })) ?? null,
      needs: [...needs, ...confidential],
    };
    try {
      const value = validateOrganizationInput(input);
      if (rowProblems.length === 0) rows.push({ row, value });
    } catch (error) {
      if (!(error instanceof BadUserInputError)) throw error;
      for (const f of error.fields) {
        const [, field, index] = f.path.split('.');
        let column = pathColumn[field] ?? 'kind';
        if (field === 'needs' && index !== undefined && Number(index) >= needs.length)
          column = 'confidentialNeeds';
        if (field === 'complexCode' && rowProblems.some((p) => p.column === columnOf('complex')))
          continue;
        rowProblems.push({ row, column: columnOf(column), message: f.reason });
      }
    }
    problems.push(...rowProblems);
  });
  return { total: data.length, rows, problems, headers };
}
