/**
 * `prepare-demo --url URL --email E --password P`: what a fresh demo needs once its api and
 * worker run. Seeding writes organizations straight into PostgreSQL, so nothing has indexed
 * them for search or scored their partners yet. This asks the API for both, as an
 * administrator would (`reindexSearch`, `requestRescore(scope: { all: true })`), and follows
 * each job through `job(id)` to its end, printing its progress. Exits 1 if either fails.
 */
import { postGraphql } from './graphql-client';

interface JobView {
  id: string;
  state: string;
  percent: number | null;
  result: string | null;
  failedReason: string | null;
}

const POLL_MS = 500;

function option(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : fallback;
  if (!value) throw new Error(`--${name} is required`);
  return value;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The operation's data; its errors, or a response without data, as one thrown message. */
async function gql<T>(url: string, query: string, variables = {}, token?: string): Promise<T> {
  const res = await postGraphql<T>(url, query, variables, token);
  if (res.errors?.length || !res.data)
    throw new Error(res.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`);
  return res.data;
}

/** Waits until the API answers at all (it may still be starting). */
async function reachable(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(`${url}/health`);
      return;
    } catch (error) {
      if (Date.now() > until)
        throw new Error(`no answer from ${url}: ${String(error)}`, { cause: error });
      await sleep(POLL_MS);
    }
  }
}

/** Follows a job to its end; prints its progress as it moves. */
async function follow(
  url: string,
  token: string,
  what: string,
  id: string,
  timeoutMs: number,
): Promise<JobView> {
  const until = Date.now() + timeoutMs;
  let shown: number | null = null;
  for (;;) {
    const { job } = await gql<{ job: JobView | null }>(
      url,
      `query($id: ID!) { job(id: $id) { id state percent result failedReason } }`,
      { id },
      token,
    );
    if (!job) throw new Error(`${what}: job ${id} is gone`);
    if (job.state === 'completed') return job;
    if (job.state === 'failed') throw new Error(`${what} failed: ${job.failedReason}`);
    if (job.percent !== null && job.percent !== shown) {
      shown = job.percent;
      console.log(`prepare-demo: ${what} ${Math.round(job.percent)} %`);
    }
    if (Date.now() > until) throw new Error(`${what}: still ${job.state} after ${timeoutMs} ms`);
    await sleep(POLL_MS);
  }
}

async function main(): Promise<void> {
  const url = option('url').replace(/\/+$/, '');
  const timeoutMs = Number(option('timeout-ms', '600000'));
  await reachable(url, 60_000);
  const { login } = await gql<{ login: { token: string } }>(
    url,
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    { e: option('email'), p: option('password') },
  );
  const token = login.token;
  const started = Date.now();
  const { reindexSearch } = await gql<{ reindexSearch: { id: string } }>(
    url,
    `mutation { reindexSearch { id } }`,
    {},
    token,
  );
  const { requestRescore } = await gql<{ requestRescore: { id: string } }>(
    url,
    `mutation { requestRescore(scope: { all: true }) { id } }`,
    {},
    token,
  );
  const [indexed, scored] = await Promise.all([
    follow(url, token, 'search index', reindexSearch.id, timeoutMs),
    follow(url, token, 'partner suggestions', requestRescore.id, timeoutMs),
  ]);
  console.log(
    `prepare-demo: search index rebuilt (${indexed.result}); partners scored (${scored.result}); ${Date.now() - started} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(`prepare-demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
