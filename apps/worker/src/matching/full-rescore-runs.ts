import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QUEUES } from '@app/jobs';

/** Job states after which a run no longer writes. */
const FINISHED = new Set(['completed', 'failed', 'unknown']);

/**
 * Which full rescores are writing, so that incremental rescoring waits for them. A run writes
 * every list from the snapshot its engine was built from; an incremental rescore in the
 * middle of it would settle lists against a half-rewritten table, and a cluster child
 * written after it would put an organization's old list back over its new one. A run is
 * recorded by its children as they start and forgotten by its parent when it ends; a run
 * that failed or vanished is forgotten by the next reader that finds it so in BullMQ, so a
 * crash cannot hold incremental rescoring back for good.
 */
@Injectable()
export class FullRescoreRuns {
  constructor(@InjectQueue(QUEUES.MATCHING) private readonly queue: Queue) {}

  /** A hash of run id → when its first child started, next to the queue's own keys. */
  private get key(): string {
    return `${this.queue.qualifiedName}:full-rescore-runs`;
  }

  private get redis() {
    return this.queue.backend.client;
  }

  async begin(runId: string): Promise<void> {
    await (await this.redis).hset(this.key, { [runId]: new Date().toISOString() });
  }

  async end(runId: string): Promise<void> {
    await (await this.redis).hdel(this.key, runId);
  }

  /** Whether any recorded run is still going (waiting for its children, or retiring pairs). */
  async writing(): Promise<boolean> {
    const redis = await this.redis;
    for (const runId of Object.keys(await redis.hgetall(this.key))) {
      if (!FINISHED.has(await this.queue.getJobState(runId))) return true;
      await redis.hdel(this.key, runId);
    }
    return false;
  }
}

/** Thrown inside an incremental rescore that must wait for a full rescore to end. */
export class FullRescoreWriting extends Error {
  constructor() {
    super('a full rescore is writing; incremental rescoring waits for it');
    this.name = 'FullRescoreWriting';
  }
}
