import { businessNumberWithCheckDigit } from '../business-number';
import { NeedVisibility, OrganizationKind } from '../enums';
import { BadUserInputError, FieldProblem } from '../errors';
import { OrganizationInput } from './organization-input';
import { validateOrganizationInput, validateOrganizationPatch } from './validate-organization';

const valid: OrganizationInput = {
  kind: OrganizationKind.FIRM,
  nameKo: ' (주)대불정밀 ',
  nameEn: 'Daebul Precision Co., Ltd.',
  complexCode: 'daebul',
  ksicCodes: ['31111', '25'],
  description: '선박 블록 용접',
  keywords: ['용접', '용접', 'Welding'],
  website: 'https://daebul-precision.example.kr',
  businessNumber: businessNumberWithCheckDigit('123456789').replace(/^(\d{3})(\d{2})/, '$1-$2-'),
  capabilities: [{ title: '선박 블록 제작', keywords: ['조선'] }],
  needs: [{ title: '용접 자동화', visibility: NeedVisibility.COORDINATORS }],
};

function problemsOf(fn: () => unknown): FieldProblem[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof BadUserInputError) return error.fields;
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

describe('validateOrganizationInput', () => {
  it('normalises a valid profile', () => {
    const out = validateOrganizationInput(valid);
    expect(out.nameKo).toBe('(주)대불정밀');
    expect(out.complexCode).toBe('DAEBUL');
    expect(out.keywords).toEqual(['용접', 'Welding']);
    expect(out.businessNumber).toMatch(/^\d{10}$/);
    expect(out.capabilities).toEqual([
      { title: '선박 블록 제작', description: '', keywords: ['조선'] },
    ]);
    expect(out.needs[0].visibility).toBe(NeedVisibility.COORDINATORS);
  });

  it('lists every invalid field with its path and reason', () => {
    const problems = problemsOf(() =>
      validateOrganizationInput({
        ...valid,
        kind: 'SHOP' as OrganizationKind,
        nameKo: '   ',
        nameEn: 'x'.repeat(151),
        ksicCodes: ['1234', 'AB', '00'],
        keywords: Array.from({ length: 21 }, (_, i) => `k${i}`),
        website: 'ftp://files.example.kr',
        businessNumber: '123-45-67891',
        capabilities: [{ title: '' }, { title: 'ok', keywords: ['x'.repeat(41)] }],
        needs: [{ title: 'n', visibility: 'SECRET' as NeedVisibility }],
      }),
    );
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'input.kind',
        'input.nameKo',
        'input.nameEn',
        'input.ksicCodes.1',
        'input.ksicCodes.2',
        'input.keywords',
        'input.website',
        'input.capabilities.0.title',
        'input.capabilities.1.keywords.0',
        'input.needs.0.visibility',
      ]),
    );
    expect(problems.find((p) => p.path === 'input.nameEn')!.reason).toContain('at most 150');
  });

  it('checks the business number check digit and keeps it for firms only', () => {
    const wrong = problemsOf(() =>
      validateOrganizationInput({ ...valid, businessNumber: '1234567890' }),
    );
    const good = businessNumberWithCheckDigit('123456789');
    if (good !== '1234567890')
      expect(wrong).toEqual([
        { path: 'input.businessNumber', reason: expect.stringContaining('check digit') },
      ]);
    const university = problemsOf(() =>
      validateOrganizationInput({
        ...valid,
        kind: OrganizationKind.UNIVERSITY,
        businessNumber: good,
      }),
    );
    expect(university).toEqual([
      { path: 'input.businessNumber', reason: 'only a firm has a business registration number' },
    ]);
  });

  it('bounds the number of capabilities and needs', () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ title: `t${i}` }));
    const problems = problemsOf(() =>
      validateOrganizationInput({ ...valid, capabilities: many, needs: many }),
    );
    expect(problems.map((p) => p.path)).toEqual(['input.capabilities', 'input.needs']);
  });
});

describe('validateOrganizationPatch', () => {
  it('returns only the named fields and lets null clear optional ones', () => {
    expect(
      validateOrganizationPatch({ nameEn: null, description: ' new ' }, OrganizationKind.FIRM),
    ).toEqual({
      nameEn: null,
      description: 'new',
    });
  });

  it('refuses a business number on a university', () => {
    expect(() =>
      validateOrganizationPatch(
        { businessNumber: businessNumberWithCheckDigit('123456789') },
        OrganizationKind.UNIVERSITY,
      ),
    ).toThrow(BadUserInputError);
  });
});
