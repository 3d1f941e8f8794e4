'use strict';

/**
 * One profile change as the API writes it: the row and its outbox row in one transaction
 * (a keyword added). Returns the id of the `score-organization` job the worker's outbox relay
 * adds for it, for the bench to wait on.
 */
exports.changeProfile = async function changeProfile(ds, jobs, organizationId) {
  const [{ id: outboxId }] = await ds.transaction(async (em) => {
    await em.query(
      `UPDATE organization SET keywords = array_append(keywords, '이차전지'), version = version + 1,
              updated_at = now() WHERE id = $1`,
      [organizationId],
    );
    return em.query(
      `INSERT INTO outbox (topic, payload) VALUES ('organization.changed', $1) RETURNING id`,
      [{ organizationId }],
    );
  });
  return `outbox-${outboxId}-${jobs.SCORE_ORGANIZATION}`;
};

/** Waits until the job has finished, and returns it; its failure throws. */
exports.jobFinished = async function jobFinished(queue, jobId) {
  for (;;) {
    const job = await queue.getJob(jobId);
    if (job?.finishedOn) {
      if (job.failedReason) throw new Error(job.failedReason);
      return job;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
};
