import { INestApplicationContext } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { seedDemoOrganizations } from '@app/database/seed/demo/seed-demo-organizations';
import { UserRole } from '@app/domain';
import { signIn } from '../harness/accounts';
import { startTestApi, TestApi } from '../harness/test-api';
import { eventually, startTestWorker } from '../harness/test-worker';

const REVIEW = `mutation($id: ID!, $d: ReviewDecision!, $note: String, $v: Int!) {
  reviewSuggestion(id: $id, decision: $d, note: $note, expectedVersion: $v) { id status version } }`;
const NOTIFIED = `query($id: ID!) { suggestions(filter: { organization: $id }) { edges { node { id status
  notifications { recipientEmail status channel attempts lastError organization { id } } } } } }`;
const INBOX = `{ myNotifications(first: 10) { totalCount edges { node { kind subject body status channel
  suggestionId organization { id } } } } }`;

/** The body as the sender wrote it (quoted-printable UTF-8 on the wire). */
function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n');
}

interface Mail {
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives and can refuse a recipient. */
async function startSmtp(refuse: Set<string>) {
  const received: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address)) {
        const error = new Error('mailbox temporarily unavailable') as Error & {
          responseCode: number;
        };
        error.responseCode = 450;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('introductions notify both sides', () => {
  let api: TestApi;
  let ds: DataSource;
  let worker: INestApplicationContext | undefined;
  let admin: string;
  let orgs: { id: string; name_ko: string }[];

  /** A proposed pair of two of the seeded organizations (pairs are stored with a < b). */
  const proposePair = async (i: number, j: number): Promise<{ id: string; version: number }> => {
    const [a, b] = [orgs[i]!.id, orgs[j]!.id].sort();
    const [row] = await ds.query(
      `INSERT INTO suggestion (organization_a_id, organization_b_id, score, relevance_a_to_b, relevance_b_to_a,
                               scope, breakdown, engine_version, computed_at)
       VALUES ($1, $2, 0.62, 0.7, 0.5, 'CROSS_ZONE', $3, 'test', now()) RETURNING id, version`,
      [a, b, JSON.stringify({ f: {}, c: ['용접 자동화', '조선'], m: [] })],
    );
    return row;
  };

  const introduce = async (pair: { id: string; version: number }, note: string) => {
    const accepted = await api.gql(REVIEW, { id: pair.id, d: 'ACCEPT', v: pair.version }, admin);
    expect(accepted.errors).toBeUndefined();
    const introduced = await api.gql<{ reviewSuggestion: { status: string } }>(
      REVIEW,
      { id: pair.id, d: 'INTRODUCE', note, v: pair.version + 1 },
      admin,
    );
    expect(introduced.errors).toBeUndefined();
    expect(introduced.data!.reviewSuggestion.status).toBe('INTRODUCED');
  };

  const notificationsOf = async (suggestionId: string) =>
    ds.query(
      `SELECT recipient_email, status, channel, attempts, last_error FROM notification
        WHERE suggestion_id = $1 ORDER BY recipient_email`,
      [suggestionId],
    ) as Promise<
      {
        recipient_email: string;
        status: string;
        channel: string;
        attempts: number;
        last_error: string | null;
      }[]
    >;

  beforeAll(async () => {
    api = await startTestApi();
    ds = api.app.get(DataSource);
    admin = await signIn(api, 'admin@example.kr', UserRole.ADMIN);
    await seedDemoOrganizations(ds, { count: 12, seed: 21 });
    orgs = await ds.query(`SELECT id, name_ko FROM organization ORDER BY id`);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('INTRODUCE records the introduction and an outbox row in one transaction; the worker tells every member of both sides', async () => {
    const [x, y] = [orgs[0]!, orgs[1]!];
    const memberX = await signIn(api, 'kim@x.example.kr', UserRole.MEMBER, {
      organizationId: x.id,
    });
    await signIn(api, 'lee@y.example.kr', UserRole.MEMBER, { organizationId: y.id });
    await signIn(api, 'park@y.example.kr', UserRole.MEMBER, { organizationId: y.id });
    const pair = await proposePair(0, 1);

    await introduce(pair, '다음 주 과제발굴 회의에서 만나 보세요');
    // No worker yet: the announcement waits in the outbox, committed with the decision.
    const [outbox] = await ds.query(
      `SELECT topic, payload, processed_at FROM outbox WHERE topic = 'suggestion.introduced'`,
    );
    expect(outbox).toMatchObject({
      payload: { suggestionId: pair.id, reviewEventId: expect.any(String) },
      processed_at: null,
    });

    worker = await startTestWorker();
    const sent = await eventually(async () => {
      const rows = await notificationsOf(pair.id);
      return rows.length === 3 && rows.every((r) => r.status === 'SENT') ? rows : undefined;
    }, 'three notifications sent');
    expect(sent.map((r) => [r.recipient_email, r.channel])).toEqual([
      ['kim@x.example.kr', 'LOG'],
      ['lee@y.example.kr', 'LOG'],
      ['park@y.example.kr', 'LOG'],
    ]);
    await eventually(async () => {
      const [row] = await ds.query(
        `SELECT processed_at FROM outbox WHERE topic = 'suggestion.introduced'`,
      );
      return row.processed_at ? true : undefined;
    }, 'outbox row processed');

    // The member's inbox: who the partner is and how to reach its people.
    const inbox = await api.gql<{
      myNotifications: {
        totalCount: number;
        edges: { node: { kind: string; subject: string; body: string; suggestionId: string } }[];
      };
    }>(INBOX, {}, memberX);
    expect(inbox.errors).toBeUndefined();
    expect(inbox.data!.myNotifications.totalCount).toBe(1);
    const message = inbox.data!.myNotifications.edges[0]!.node;
    expect(message).toMatchObject({ kind: 'INTRODUCTION', suggestionId: pair.id });
    expect(message.subject).toContain(y.name_ko);
    expect(message.body).toContain('Partner contacts: lee@y.example.kr, park@y.example.kr');
    expect(message.body).toContain('다음 주 과제발굴 회의에서 만나 보세요');
    expect(message.body).toContain('Coordinator: admin@example.kr');

    // The coordinator sees what went out, on the suggestion itself.
    const seen = await api.gql<{
      suggestions: {
        edges: { node: { id: string; notifications: { recipientEmail: string }[] } }[];
      };
    }>(NOTIFIED, { id: x.id }, admin);
    const node = seen.data!.suggestions.edges.find((e) => e.node.id === pair.id)!.node;
    expect(node.notifications.map((n) => n.recipientEmail)).toEqual([
      'kim@x.example.kr',
      'lee@y.example.kr',
      'park@y.example.kr',
    ]);

    const anonymous = await api.gql(INBOX, {});
    expect(anonymous.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('over SMTP: a refused recipient is retried until delivered, and nobody gets a message twice', async () => {
    await worker?.close();
    const refuse = new Set(['choi@z.example.kr']);
    const smtp = await startSmtp(refuse);
    try {
      process.env.NOTIFICATION_TRANSPORT = 'smtp';
      process.env.SMTP_URL = smtp.url;
      worker = await startTestWorker();
      const [z, w] = [orgs[2]!, orgs[3]!];
      await signIn(api, 'choi@z.example.kr', UserRole.MEMBER, { organizationId: z.id });
      await signIn(api, 'jung@w.example.kr', UserRole.MEMBER, { organizationId: w.id });
      const pair = await proposePair(2, 3);
      await introduce(pair, '소개합니다');

      const failing = await eventually(async () => {
        const rows = await notificationsOf(pair.id);
        return rows.some((r) => r.status === 'FAILED') ? rows : undefined;
      }, 'the refused recipient failed');
      expect(failing.find((r) => r.recipient_email === 'choi@z.example.kr')).toMatchObject({
        status: 'FAILED',
        channel: 'SMTP',
        last_error: expect.stringContaining('mailbox temporarily unavailable'),
      });

      refuse.clear();
      const done = await eventually(
        async () => {
          const rows = await notificationsOf(pair.id);
          return rows.every((r) => r.status === 'SENT') ? rows : undefined;
        },
        'both delivered after the retry',
        30_000,
      );
      expect(done.find((r) => r.recipient_email === 'choi@z.example.kr')!.attempts).toBeGreaterThan(
        1,
      );
      expect(done.find((r) => r.recipient_email === 'jung@w.example.kr')!.attempts).toBe(1);
      const to = smtp.received.map((m) => m.to.join(',')).sort();
      expect(to).toEqual(['choi@z.example.kr', 'jung@w.example.kr']);
      const toChoi = smtp.received.find((m) => m.to[0] === 'choi@z.example.kr')!;
      expect(toChoi.raw).toMatch(/^ .*<no-reply@cluster-match\.kr>\r?$/m);
      const body = decodeQuotedPrintable(
        toChoi.raw
          .split(/\r?\n\r?\n/)
          .slice(1)
          .join('\n\n'),
      );
      expect(body).toContain('Partner contacts: jung@w.example.kr');
      expect(body).toContain("코디네이터 메모 / Coordinator's note: 소개합니다");
      expect(body).toContain(pair.id);
    } finally {
      delete process.env.NOTIFICATION_TRANSPORT;
      delete process.env.SMTP_URL;
      await worker?.close();
      worker = undefined;
      await smtp.close();
    }
  });
});
