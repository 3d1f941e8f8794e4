import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { Client } from 'pg';
import { businessNumberWithCheckDigit } from '@app/domain';
import { startProcess } from '../harness/processes';
import { createTestEnv, TestEnv } from '../harness/test-env';

describe('command line tools', () => {
  let env: TestEnv;
  let db: Client;
  const dir = mkdtempSync(join(tmpdir(), 'cm-cli-'));
  const run = async (entry: string, args: string[]) => {
    const p = startProcess(entry, env.vars, args);
    const { code } = await p.exited();
    return { code, output: p.output() };
  };
  const count = async (table: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;

  beforeAll(async () => {
    env = await createTestEnv();
    db = new Client({ connectionString: env.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await env?.dispose();
  });

  it('user:create makes a coordinator with a scope, and refuses bad input naming the field', async () => {
    const ok = await run('libs/database/src/cli/create-user.js', [
      '--email',
      'Coordinator@Example.kr',
      '--role',
      'coordinator',
      '--clusters',
      'DAEBUL,YEOSU',
      '--password',
      'a-long-password',
    ]);
    expect(ok.output).toContain('coordinator@example.kr (COORDINATOR) created');
    expect(ok.code).toBe(0);
    const bad = await run('libs/database/src/cli/create-user.js', [
      '--email',
      'x@example.kr',
      '--role',
      'COORDINATOR',
      '--zones',
      'MARS',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(/zones: unknown zone MARS/);
    const generated = await run('libs/database/src/cli/create-user.js', [
      '--email',
      'admin@example.kr',
      '--role',
      'ADMIN',
    ]);
    expect(generated.output).toMatch(/password \S{12,} \(shown once\)/);
    expect(await count('app_user')).toBe(2);
  });

  it('import reads a CP949 file as Excel writes it; --dry-run writes nothing; errors write nothing', async () => {
    const header = '구분,기관명,산업단지,표준산업분류,사업자등록번호,보유역량';
    const good = `기업,(주)영암기계,대불,29,${businessNumberWithCheckDigit('411822222')},선박 의장품`;
    const file = join(dir, 'firms-cp949.csv');
    writeFileSync(file, iconv.encode([header, good].join('\r\n'), 'cp949'));
    const dry = await run('libs/database/src/cli/import-organizations.js', [file, '--dry-run']);
    expect(dry.output).toContain('(cp949), 1 rows, 1 valid, 0 created (dry run)');
    expect(dry.code).toBe(0);
    expect(await count('organization')).toBe(0);

    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, '\ufeff' + [header, good, '기업,,달나라,,,'].join('\n'));
    const failed = await run('libs/database/src/cli/import-organizations.js', [broken]);
    expect(failed.code).toBe(2);
    expect(failed.output).toContain('(utf-8), 2 rows, 1 valid, 0 created');
    expect(failed.output).toMatch(/row 3, column 기관명: must not be empty/);
    expect(failed.output).toContain('nothing was written');
    expect(await count('organization')).toBe(0);

    const real = await run('libs/database/src/cli/import-organizations.js', [file]);
    expect(real.output).toContain('1 created');
    const { rows } = await db.query(`SELECT name_ko, complex_code FROM organization`);
    expect(rows).toEqual([{ name_ko: '(주)영암기계', complex_code: 'DAEBUL' }]);
  });
});
