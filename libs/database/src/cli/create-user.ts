import { UserRole } from '@app/domain';
import { UserService } from '../user/user.service';
import { runCli } from './run-cli';

/**
 * `user:create -- --email E --role ADMIN|COORDINATOR|MEMBER [--org ID] [--clusters A,B] [--zones Z]
 * [--password P]`. Without --password one is generated and printed once.
 */
runCli('user:create', async (ds, argv) => {
  const option = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const list = (name: string) =>
    (option(name) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const generated = option('--password') === undefined;
  const password =
    option('--password') ??
    Buffer.from(crypto.getRandomValues(new Uint8Array(12))).toString('base64url');
  const user = await new UserService(ds).create({
    email: option('--email') ?? '',
    password,
    role: (option('--role') ?? '').toUpperCase() as UserRole,
    organizationId: option('--org') ?? null,
    clusterCodes: list('--clusters'),
    zoneCodes: list('--zones'),
  });
  console.log(`user:create: ${user.email} (${user.role}) created, id ${user.id}`);
  if (generated) console.log(`user:create: password ${password} (shown once)`);
});
