import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole data model of DESIGN.md. Enumerations are text columns with CHECK constraints
 * rather than PostgreSQL enum types: adding a value later is then one constraint swap
 * instead of an ALTER TYPE that cannot run inside a transaction.
 */
export class InitialSchema1764054000000 implements MigrationInterface {
  name = 'InitialSchema1764054000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE zone (
        code text PRIMARY KEY CHECK (code IN ('CAPITAL','CHUNGCHEONG','DAEGYEONG','DONGNAM','HONAM','GANGWON','JEJU')),
        name_ko text NOT NULL,
        name_en text NOT NULL,
        regions jsonb NOT NULL DEFAULT '[]',
        specialisations jsonb NOT NULL DEFAULT '[]',
        position int NOT NULL
      )`);
    await q.query(`
      CREATE TABLE cluster (
        code text PRIMARY KEY,
        zone_code text NOT NULL REFERENCES zone(code),
        name_ko text NOT NULL,
        name_en text NOT NULL,
        hub_complex_code text NOT NULL UNIQUE,
        position int NOT NULL
      )`);
    await q.query(`CREATE INDEX cluster_zone_idx ON cluster (zone_code, position)`);
    await q.query(`
      CREATE TABLE complex (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
        name_ko text NOT NULL,
        name_en text NOT NULL,
        type text NOT NULL CHECK (type IN ('NATIONAL','GENERAL','AGRO','URBAN_HIGHTECH')),
        role text NOT NULL CHECK (role IN ('HUB','LINKED')),
        zone_code text NOT NULL REFERENCES zone(code),
        cluster_code text NOT NULL REFERENCES cluster(code),
        city_ko text NOT NULL,
        city_en text NOT NULL,
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        main_industries jsonb NOT NULL DEFAULT '[]',
        source text NOT NULL CHECK (source IN ('PLAN','FILLED')),
        note text,
        position int NOT NULL
      )`);
    await q.query(`CREATE INDEX complex_zone_role_type_idx ON complex (zone_code, role, type)`);
    await q.query(`CREATE INDEX complex_cluster_idx ON complex (cluster_code)`);
    await q.query(`CREATE INDEX complex_position_idx ON complex (position)`);
    // The hub of a cluster is one of its complexes; checked at commit so both can be seeded together.
    await q.query(`
      ALTER TABLE cluster ADD CONSTRAINT cluster_hub_fk FOREIGN KEY (hub_complex_code)
        REFERENCES complex(code) DEFERRABLE INITIALLY DEFERRED`);

    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('FIRM','UNIVERSITY','INSTITUTE')),
        name_ko text NOT NULL,
        name_en text,
        complex_code text NOT NULL REFERENCES complex(code),
        ksic_codes text[] NOT NULL DEFAULT '{}',
        size text CHECK (size IN ('MICRO','SMALL','MEDIUM','LARGE')),
        description text NOT NULL DEFAULT '',
        keywords text[] NOT NULL DEFAULT '{}',
        website text,
        business_number text CHECK (business_number ~ '^[0-9]{10}$'),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CONSTRAINT organization_business_number_firm_only CHECK (business_number IS NULL OR kind = 'FIRM')
      )`);
    await q.query(
      `CREATE UNIQUE INDEX organization_business_number_uq ON organization (business_number)
         WHERE business_number IS NOT NULL AND deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX organization_complex_idx ON organization (complex_code) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX organization_kind_idx ON organization (kind) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX organization_ksic_idx ON organization USING gin (ksic_codes)`);
    await q.query(
      `CREATE INDEX organization_name_idx ON organization (name_ko, id) WHERE deleted_at IS NULL`,
    );

    for (const table of ['capability', 'need']) {
      await q.query(`
        CREATE TABLE ${table} (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
          title text NOT NULL,
          description text NOT NULL DEFAULT '',
          keywords text[] NOT NULL DEFAULT '{}',
          position int NOT NULL DEFAULT 0,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now()
          ${table === 'need' ? `, visibility text NOT NULL DEFAULT 'PUBLIC' CHECK (visibility IN ('PUBLIC','COORDINATORS'))` : ''}
        )`);
      await q.query(
        `CREATE INDEX ${table}_organization_idx ON ${table} (organization_id, position)`,
      );
    }

    await q.query(`
      CREATE TABLE suggestion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_a_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        organization_b_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        score double precision NOT NULL CHECK (score >= 0 AND score <= 1),
        relevance_a_to_b double precision NOT NULL CHECK (relevance_a_to_b >= 0 AND relevance_a_to_b <= 1),
        relevance_b_to_a double precision NOT NULL CHECK (relevance_b_to_a >= 0 AND relevance_b_to_a <= 1),
        scope text NOT NULL CHECK (scope IN ('SAME_COMPLEX','SAME_CLUSTER','SAME_ZONE','CROSS_ZONE')),
        status text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED','ACCEPTED','REJECTED','INTRODUCED')),
        breakdown jsonb NOT NULL DEFAULT '{}',
        engine_version text NOT NULL,
        computed_at timestamptz NOT NULL,
        active boolean NOT NULL DEFAULT true,
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT suggestion_pair_ordered CHECK (organization_a_id < organization_b_id),
        CONSTRAINT suggestion_pair_uq UNIQUE (organization_a_id, organization_b_id)
      )`);
    await q.query(`CREATE INDEX suggestion_b_idx ON suggestion (organization_b_id, score DESC)`);
    await q.query(
      `CREATE INDEX suggestion_a_score_idx ON suggestion (organization_a_id, score DESC)`,
    );
    await q.query(`CREATE INDEX suggestion_status_score_idx ON suggestion (status, score DESC)`);

    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN','COORDINATOR','MEMBER')),
        organization_id uuid REFERENCES organization(id) ON DELETE SET NULL,
        cluster_codes text[] NOT NULL DEFAULT '{}',
        zone_codes text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_email_uq UNIQUE (email)
      )`);
    await q.query(`CREATE INDEX app_user_organization_idx ON app_user (organization_id)`);

    await q.query(`
      CREATE TABLE review_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        suggestion_id uuid NOT NULL REFERENCES suggestion(id) ON DELETE CASCADE,
        actor_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        decision text NOT NULL,
        from_status text NOT NULL,
        to_status text NOT NULL,
        reason text,
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX review_event_suggestion_idx ON review_event (suggestion_id, id)`);

    await q.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        topic text NOT NULL,
        payload jsonb NOT NULL,
        request_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        processed_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text
      )`);
    // The relay only ever scans rows not yet processed; keep that index small.
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE processed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'outbox',
      'review_event',
      'app_user',
      'suggestion',
      'need',
      'capability',
      'organization',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`ALTER TABLE IF EXISTS cluster DROP CONSTRAINT IF EXISTS cluster_hub_fk`);
    await q.query(`DROP TABLE IF EXISTS complex`);
    await q.query(`DROP TABLE IF EXISTS cluster`);
    await q.query(`DROP TABLE IF EXISTS zone`);
  }
}
