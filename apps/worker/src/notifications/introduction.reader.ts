import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeBreakdown, StoredBreakdown, SuggestionScope, SuggestionStatus } from '@app/domain';
import { IntroducedParty, introductionMessage } from './introduction-message';

/** One message of an introduction, ready to record and send. */
export interface PlannedNotification {
  suggestionId: string;
  organizationId: string;
  recipientUserId: string;
  recipientEmail: string;
  subject: string;
  body: string;
}

interface PartyRow {
  id: string;
  name_ko: string;
  name_en: string | null;
}

/**
 * Reads an introduction as it is now and writes its messages: one to every member of each
 * side. Null when there is nothing to announce any more (the suggestion or the decision is
 * gone); a side that has been deleted since gets no message.
 */
@Injectable()
export class IntroductionReader {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async messages(
    suggestionId: string,
    reviewEventId: string,
  ): Promise<PlannedNotification[] | null> {
    const [s] = (await this.ds.query(
      `SELECT id, status, scope, breakdown, organization_a_id AS a, organization_b_id AS b
         FROM suggestion WHERE id = $1`,
      [suggestionId],
    )) as {
      id: string;
      status: SuggestionStatus;
      scope: SuggestionScope;
      breakdown: Partial<StoredBreakdown>;
      a: string;
      b: string;
    }[];
    const [event] = (await this.ds.query(
      `SELECT e.note, u.email AS coordinator_email FROM review_event e
         LEFT JOIN app_user u ON u.id = e.actor_user_id
        WHERE e.id = $1 AND e.suggestion_id = $2 AND e.to_status = 'INTRODUCED'`,
      [reviewEventId, suggestionId],
    )) as { note: string | null; coordinator_email: string | null }[];
    if (!s || !event || s.status !== SuggestionStatus.INTRODUCED) return null;

    const orgs = (await this.ds.query(
      `SELECT id, name_ko, name_en FROM organization WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
      [[s.a, s.b]],
    )) as PartyRow[];
    const members = (await this.ds.query(
      `SELECT id, email, organization_id FROM app_user
        WHERE role = 'MEMBER' AND organization_id = ANY($1::uuid[]) ORDER BY email`,
      [[s.a, s.b]],
    )) as { id: string; email: string; organization_id: string }[];
    const party = (id: string): IntroducedParty | null => {
      const row = orgs.find((o) => o.id === id);
      if (!row) return null;
      const emails = members.filter((m) => m.organization_id === id).map((m) => m.email);
      return { id, nameKo: row.name_ko, nameEn: row.name_en, memberEmails: emails };
    };
    const intro = {
      suggestionId,
      scope: s.scope,
      sharedConcepts: decodeBreakdown(s.breakdown).sharedConcepts,
      note: event.note,
      coordinatorEmail: event.coordinator_email,
    };
    const planned: PlannedNotification[] = [];
    for (const [self, other] of [
      [s.a, s.b],
      [s.b, s.a],
    ] as const) {
      const recipient = party(self);
      const partner = party(other);
      if (!recipient || !partner) continue;
      const text = introductionMessage(recipient, partner, intro);
      for (const m of members.filter((m) => m.organization_id === self)) {
        planned.push({
          suggestionId,
          organizationId: self,
          recipientUserId: m.id,
          recipientEmail: m.email,
          ...text,
        });
      }
    }
    return planned;
  }
}
