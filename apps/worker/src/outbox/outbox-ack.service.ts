import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Marks outbox rows done (by the job that handled them) or records why they failed. */
@Injectable()
export class OutboxAck {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async processed(outboxId: string): Promise<void> {
    await this.ds.query(
      `UPDATE outbox SET processed_at = now(), last_error = NULL WHERE id = $1 AND processed_at IS NULL`,
      [outboxId],
    );
  }

  async failed(outboxId: string, error: string): Promise<void> {
    await this.ds.query(`UPDATE outbox SET last_error = $2 WHERE id = $1`, [
      outboxId,
      error.slice(0, 2000),
    ]);
  }
}
