import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationEntity } from '../entities';

/** Reads of the notification table: a person's inbox, and what an introduction sent. */
@Injectable()
export class NotificationQueryService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** A recipient's notifications, newest first, after the id `before` (keyset). */
  async forRecipient(
    userId: string,
    first: number,
    before: number | null,
  ): Promise<{ rows: NotificationEntity[]; totalCount: number; hasNextPage: boolean }> {
    const qb = this.ds
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipient_user_id = :userId', { userId });
    const totalCount = await qb.getCount();
    if (before !== null) qb.andWhere('n.id < :before', { before });
    const rows = await qb
      .orderBy('n.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return { rows: rows.slice(0, first), totalCount, hasNextPage: rows.length > first };
  }

  forSuggestions(ids: readonly string[]): Promise<NotificationEntity[]> {
    return this.ds
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.suggestion_id = ANY(:ids)', { ids: [...ids] })
      .orderBy('n.id', 'ASC')
      .getMany();
  }
}
