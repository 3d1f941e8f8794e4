import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserRole } from '@app/domain';
import { decodeCsv } from '../organization/decode-csv';
import { OrganizationImportService } from '../organization/organization-import.service';
import { runCli } from './run-cli';

/** `import FILE [--dry-run]`: bulk import from a CSV file, run with administrator rights. */
runCli('import', async (ds, argv) => {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: npm run import -- FILE.csv [--dry-run]');
  const dryRun = argv.includes('--dry-run');
  // npm runs scripts from the project root; a relative path means where the user typed it.
  const { text, encoding } = decodeCsv(readFileSync(resolve(process.env.INIT_CWD ?? '.', file)));
  const started = performance.now();
  const report = await new OrganizationImportService(ds).importCsv(text, dryRun, {
    userId: 'cli',
    email: 'cli@localhost',
    role: UserRole.ADMIN,
    organizationId: null,
    clusterCodes: [],
    zoneCodes: [],
  });
  const ms = Math.round(performance.now() - started);
  console.log(
    `import: ${file} (${encoding}), ${report.rows} rows, ${report.valid} valid, ${report.created} created${dryRun ? ' (dry run)' : ''} in ${ms} ms`,
  );
  for (const e of report.errors.slice(0, 200))
    console.log(`  row ${e.row}, column ${e.column || '-'}: ${e.message}`);
  if (report.errors.length > 200) console.log(`  … and ${report.errors.length - 200} more`);
  if (report.errors.length > 0) {
    console.log('import: nothing was written');
    process.exitCode = 2;
  }
});
