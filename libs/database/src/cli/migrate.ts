import { runCli } from './run-cli';

runCli('db:migrate', async (ds) => {
  const applied = await ds.runMigrations({ transaction: 'each' });
  console.log(
    applied.length === 0
      ? 'db:migrate: the database is up to date'
      : `db:migrate: applied ${applied.map((m) => m.name).join(', ')}`,
  );
});
