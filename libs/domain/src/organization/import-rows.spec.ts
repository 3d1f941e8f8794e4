import { businessNumberWithCheckDigit } from '../business-number';
import { NeedVisibility, OrganizationKind } from '../enums';
import { readImportCsv } from './import-rows';

const complexes: Record<string, string> = {
  DAEBUL: 'DAEBUL',
  대불: 'DAEBUL',
  대불국가산업단지: 'DAEBUL',
  GUMI: 'GUMI',
};
const resolve = (cell: string) => complexes[cell.toUpperCase()] ?? complexes[cell] ?? null;

describe('readImportCsv', () => {
  it('reads Korean headers and values', () => {
    const bn = businessNumberWithCheckDigit('220811234');
    const csv = [
      '구분,기관명,영문명,산업단지,표준산업분류,규모,키워드,사업자등록번호,보유역량,수요기술,비공개수요',
      `기업,(주)대불정밀,Daebul Precision,대불,31111;25,소기업,용접;조선,${bn},선박 블록 제작,용접 자동화,원가 절감`,
      '대학,목포대학교 조선공학과,,DAEBUL,85,,,,"용접 연구; 구조 해석",,',
    ].join('\n');
    const { rows, problems } = readImportCsv(csv, resolve);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[0].row).toBe(2);
    expect(rows[0].value).toMatchObject({
      kind: OrganizationKind.FIRM,
      complexCode: 'DAEBUL',
      ksicCodes: ['31111', '25'],
      keywords: ['용접', '조선'],
      businessNumber: bn,
    });
    expect(rows[0].value.needs).toEqual([
      { title: '용접 자동화', description: '', keywords: [], visibility: NeedVisibility.PUBLIC },
      {
        title: '원가 절감',
        description: '',
        keywords: [],
        visibility: NeedVisibility.COORDINATORS,
      },
    ]);
    expect(rows[1].value.capabilities.map((c) => c.title)).toEqual(['용접 연구', '구조 해석']);
  });

  it('reports every problem by row and column, as the header is written', () => {
    const csv = [
      'kind,name_ko,complex,ksic,website',
      'FIRM,,DAEBUL,31111,https://a.example.kr',
      'SHOP,이름,NOWHERE,9,ftp://x',
      'FIRM,좋은 이름,GUMI,26,',
    ].join('\n');
    const { rows, problems } = readImportCsv(csv, resolve);
    expect(rows.map((r) => r.row)).toEqual([4]);
    expect(problems).toEqual([
      { row: 2, column: 'name_ko', message: 'must not be empty' },
      { row: 3, column: 'complex', message: expect.stringContaining('NOWHERE') },
      {
        row: 3,
        column: 'kind',
        message: expect.stringContaining('must be one of FIRM, UNIVERSITY, INSTITUTE'),
      },
      { row: 3, column: 'ksic', message: expect.stringContaining('KSIC') },
      { row: 3, column: 'website', message: expect.stringContaining('http(s)') },
    ]);
  });

  it('refuses unknown and missing columns', () => {
    const { problems } = readImportCsv('name_ko,colour\nx,red', resolve);
    expect(problems).toEqual(
      expect.arrayContaining([
        { row: 1, column: 'colour', message: expect.stringContaining('unknown column') },
        { row: 1, column: 'kind', message: 'required column is missing' },
        { row: 1, column: 'complex', message: 'required column is missing' },
      ]),
    );
  });
});
