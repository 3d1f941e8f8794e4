import { UserService } from '@app/database';
import { UserRole } from '@app/domain';
import { TestApi } from './test-api';

export const PASSWORD = 'correct horse battery staple';

/** Creates an account through the real service and signs in over GraphQL; returns its token. */
export async function signIn(
  api: TestApi,
  email: string,
  role: UserRole,
  scope: { organizationId?: string; clusterCodes?: string[]; zoneCodes?: string[] } = {},
): Promise<string> {
  await api.app.get(UserService).create({ email, password: PASSWORD, role, ...scope });
  const res = await api.gql<{ login: { token: string } }>(
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
    { email, password: PASSWORD },
  );
  if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}
