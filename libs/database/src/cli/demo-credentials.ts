/** Demo only: the accounts `demo-accounts` creates all share this password (README). */
export const DEMO_PASSWORD = 'cluster-demo-2010';
export const DEMO_DOMAIN = 'demo.cluster-match.kr';
/** The demo administrator, as whom `npm run demo` prepares the search index and suggestions. */
export const DEMO_ADMIN_EMAIL = `admin@${DEMO_DOMAIN}`;
