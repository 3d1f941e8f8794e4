import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { createDataSource } from '../data-source';

/**
 * Runs a database command line tool: validated config, one data source, a clear message and
 * a non-zero exit code on failure.
 */
export function runCli(
  name: string,
  task: (ds: DataSource, argv: string[]) => Promise<void>,
): void {
  void (async () => {
    let ds: DataSource | undefined;
    try {
      const env = loadConfig();
      ds = createDataSource(env.DATABASE_URL);
      await ds.initialize();
      await task(ds, process.argv.slice(2));
    } catch (error) {
      const fields = (error as { fields?: { path: string; reason: string }[] }).fields;
      console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      for (const f of fields ?? []) console.error(`  ${f.path}: ${f.reason}`);
      process.exitCode = 1;
    } finally {
      await ds?.destroy().catch(() => undefined);
    }
  })();
}
