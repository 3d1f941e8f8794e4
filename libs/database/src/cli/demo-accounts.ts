import { ConflictError, UserRole, ZONE_CODES } from '@app/domain';
import { UserService } from '../user/user.service';
import { DEMO_ADMIN_EMAIL, DEMO_DOMAIN as DOMAIN, DEMO_PASSWORD } from './demo-credentials';
import { runCli } from './run-cli';

/**
 * `demo-accounts`: one administrator, one coordinator per zone and one member per demo
 * university. Accounts that exist are left alone, so it can run on every demo start.
 */
runCli('demo-accounts', async (ds) => {
  const users = new UserService(ds);
  let created = 0;
  const create = async (input: Omit<Parameters<UserService['create']>[0], 'password'>) => {
    try {
      await users.create({ ...input, password: DEMO_PASSWORD });
      created += 1;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  };
  await create({ email: DEMO_ADMIN_EMAIL, role: UserRole.ADMIN });
  for (const zone of ZONE_CODES) {
    await create({
      email: `coordinator.${zone.toLowerCase()}@${DOMAIN}`,
      role: UserRole.COORDINATOR,
      zoneCodes: [zone],
    });
  }
  const universities: { id: string }[] = await ds.query(
    `SELECT id FROM organization WHERE kind = 'UNIVERSITY' AND deleted_at IS NULL ORDER BY name_ko, id`,
  );
  for (const [i, { id }] of universities.entries()) {
    await create({
      email: `university-${String(i + 1).padStart(3, '0')}@${DOMAIN}`,
      role: UserRole.MEMBER,
      organizationId: id,
    });
  }
  console.log(
    `demo-accounts: ${created} created; admin@${DOMAIN}, coordinator.<zone>@${DOMAIN}, university-001…${String(universities.length).padStart(3, '0')}@${DOMAIN}; password ${DEMO_PASSWORD}`,
  );
});
