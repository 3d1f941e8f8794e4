import { runCli } from './run-cli';

runCli('db:revert', async (ds) => {
  const executed = await ds
    .query(`SELECT name FROM typeorm_migrations ORDER BY id DESC LIMIT 1`)
    .catch(() => [] as { name: string }[]);
  if (executed.length === 0) {
    console.log('db:revert: no migration to revert');
    return;
  }
  await ds.undoLastMigration({ transaction: 'each' });
  console.log(`db:revert: reverted ${executed[0].name}`);
});
