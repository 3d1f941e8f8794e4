import { JOB_QUEUE } from '@app/jobs';
import { verifyHandlers } from './job-handler-registry';

describe('verifyHandlers', () => {
  const all = Object.keys(JOB_QUEUE);

  it('accepts one handler per job', () => {
    expect(() => verifyHandlers([{ name: 'A', jobs: all }])).not.toThrow();
  });

  it('refuses a job without a handler', () => {
    expect(() => verifyHandlers([{ name: 'A', jobs: all.slice(1) }])).toThrow(/has no handler/);
  });

  it('refuses a job with two handlers', () => {
    expect(() =>
      verifyHandlers([
        { name: 'A', jobs: all },
        { name: 'B', jobs: [all[0]] },
      ]),
    ).toThrow(/has 2 handlers: A, B/);
  });

  it('refuses a handler for a job nobody enqueues', () => {
    expect(() => verifyHandlers([{ name: 'A', jobs: [...all, 'ghost'] }])).toThrow(
      /unknown job ghost/,
    );
  });
});
