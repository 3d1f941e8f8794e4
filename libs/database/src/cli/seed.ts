import { REFERENCE_DATA } from '../seed/reference-data';
import { seedReferenceData } from '../seed/seed-reference-data';
import { seedDemoOrganizations } from '../seed/demo/seed-demo-organizations';
import { runCli } from './run-cli';

/** `seed [--demo N] [--seed S]`: the reference data, and N demo organizations if asked. */
runCli('db:seed', async (ds, argv) => {
  const option = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const counts = await seedReferenceData(ds, REFERENCE_DATA);
  console.log(
    `db:seed: ${counts.zones} zones, ${counts.clusters} clusters, ${counts.complexes} complexes (${counts.changed} rows changed)`,
  );
  const demo = option('--demo');
  if (demo !== undefined) {
    const count = Number(demo);
    const seed = Number(option('--seed') ?? 2010);
    if (!Number.isInteger(count) || count < 0)
      throw new Error(`--demo must be a whole number, got ${demo}`);
    const result = await seedDemoOrganizations(ds, { count, seed });
    console.log(
      `db:seed: ${result.inserted} demo organizations inserted (${result.total} in all, seed ${seed})`,
    );
  }
});
