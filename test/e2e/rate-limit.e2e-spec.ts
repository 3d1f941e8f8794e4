import { startTestApi, TestApi } from '../harness/test-api';

describe('rate limiting', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ RATE_LIMIT_PER_MINUTE: '5' });
  });

  afterAll(async () => {
    await api?.close();
    delete process.env.RATE_LIMIT_PER_MINUTE;
  });

  it('answers RATE_LIMITED with Retry-After past the limit per minute', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<TestApi['gql']>> | undefined;
    for (let i = 0; i < 7; i++) {
      last = await api.gql(`{ zones { code } }`);
      statuses.push(last.status);
    }
    // The 6th request of the minute is over the limit, unless the minute turned meanwhile.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    expect(last!.errors![0]).toMatchObject({
      message: expect.stringContaining('rate limit of 5 requests per minute'),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
  });
});
