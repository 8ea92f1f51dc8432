import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference data and facts of docs/import.md#files. Keys are the ids of the import bundle; the
 * team ↔ user references are circular and therefore deferred to the end of a transaction.
 */
export class InitialSchema1732000000000 implements MigrationInterface {
  name = 'InitialSchema1732000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE business_model (
        code        text COLLATE "C" PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
        name        text NOT NULL CHECK (btrim(name) <> ''),
        description text NOT NULL DEFAULT '',
        created_at  timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO business_model (code, name, description) VALUES
        ('PREMIUM_FINANCING', 'Premium financing',
         'Tailored financing for high-quality customers: large amounts, thorough onboarding, defaults near zero.'),
        ('CONSUMER_LOANS', 'Consumer loans',
         'Small consumer loans: streamlined onboarding and payout, a default rate priced into the interest.');

      CREATE TABLE kpi (
        code text COLLATE "C" PRIMARY KEY
      );
      INSERT INTO kpi (code) VALUES
        ('NEW_LEADS'), ('LEAD_CONVERSION_RATE'), ('WIN_RATE'), ('WON_DEALS'), ('WON_VOLUME'),
        ('AVG_DEAL_SIZE'), ('SALES_CYCLE_DAYS'), ('PIPELINE_VALUE'), ('QUOTA_ATTAINMENT'),
        ('ONBOARDING_DAYS'), ('PAYOUT_FIRST_TIME_RIGHT'), ('DEFAULT_RATE'), ('CSAT'), ('NPS'),
        ('NEGATIVE_MOMENT_RATE'), ('RECOVERY_RATE'), ('FIRST_RESPONSE_HOURS'), ('ACTIVITIES');

      CREATE TABLE region (
        region_id text COLLATE "C" PRIMARY KEY,
        name      text NOT NULL
      );

      CREATE TABLE app_user (
        user_id       text COLLATE "C" PRIMARY KEY,
        email         text NOT NULL,
        display_name  text NOT NULL,
        role          text NOT NULL CHECK (role IN ('ADMIN','MANAGEMENT','CONTROLLING','MARKETING','SALES_MANAGER','SALES_REP')),
        team_id       text COLLATE "C",
        password_hash text,
        active        boolean NOT NULL DEFAULT true,
        created_at    timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));
      CREATE INDEX app_user_team_idx ON app_user (team_id);

      CREATE TABLE team (
        team_id         text COLLATE "C" PRIMARY KEY,
        name            text NOT NULL,
        region_id       text COLLATE "C" NOT NULL REFERENCES region (region_id),
        manager_user_id text COLLATE "C" REFERENCES app_user (user_id) DEFERRABLE INITIALLY DEFERRED
      );
      CREATE INDEX team_region_idx ON team (region_id);
      ALTER TABLE app_user
        ADD CONSTRAINT app_user_team_fk FOREIGN KEY (team_id) REFERENCES team (team_id) DEFERRABLE INITIALLY DEFERRED;

      CREATE TABLE deal (
        deal_id           text COLLATE "C" PRIMARY KEY,
        business_model    text COLLATE "C" NOT NULL REFERENCES business_model (code),
        rep_id            text COLLATE "C" NOT NULL REFERENCES app_user (user_id),
        customer_id       text COLLATE "C" NOT NULL,
        created_at        timestamptz NOT NULL,
        amount            numeric(14,2) NOT NULL CHECK (amount >= 0),
        segment           text,
        source_touchpoint text CHECK (source_touchpoint IN ('WEB','EMAIL','PHONE','MEETING','SOCIAL','BRANCH','PARTNER','APP'))
      );
      CREATE INDEX deal_model_created_idx ON deal (business_model, created_at);
      CREATE INDEX deal_rep_idx ON deal (rep_id);

      CREATE TABLE stage_event (
        event_id      text COLLATE "C" PRIMARY KEY,
        deal_id       text COLLATE "C" NOT NULL REFERENCES deal (deal_id),
        stage         text NOT NULL CHECK (stage IN ('SUSPECT','PROSPECT','CHAMPION','OPPORTUNITY','WON','ONBOARDED','PAID_OUT','LOST','DEFAULTED')),
        occurred_at   timestamptz NOT NULL,
        info_complete boolean,
        -- deferred: one bundle may swap the stages of two stored events
        CONSTRAINT stage_event_one_per_stage UNIQUE (deal_id, stage) DEFERRABLE INITIALLY DEFERRED
      );
      CREATE INDEX stage_event_stage_time_idx ON stage_event (stage, occurred_at) INCLUDE (deal_id, info_complete);

      CREATE TABLE interaction (
        interaction_id   text COLLATE "C" PRIMARY KEY,
        deal_id          text COLLATE "C" NOT NULL REFERENCES deal (deal_id),
        rep_id           text COLLATE "C" NOT NULL REFERENCES app_user (user_id),
        touchpoint       text NOT NULL CHECK (touchpoint IN ('WEB','EMAIL','PHONE','MEETING','SOCIAL','BRANCH','PARTNER','APP')),
        direction        text NOT NULL CHECK (direction IN ('INBOUND','OUTBOUND')),
        occurred_at      timestamptz NOT NULL,
        response_minutes numeric CHECK (response_minutes >= 0)
      );
      CREATE INDEX interaction_time_idx ON interaction (occurred_at) INCLUDE (deal_id, direction, response_minutes);
      CREATE INDEX interaction_deal_idx ON interaction (deal_id);

      CREATE TABLE feedback (
        feedback_id text COLLATE "C" PRIMARY KEY,
        deal_id     text COLLATE "C" NOT NULL REFERENCES deal (deal_id),
        stage       text NOT NULL CHECK (stage IN ('SUSPECT','PROSPECT','CHAMPION','OPPORTUNITY','WON','ONBOARDED','PAID_OUT','LOST','DEFAULTED')),
        touchpoint  text NOT NULL CHECK (touchpoint IN ('WEB','EMAIL','PHONE','MEETING','SOCIAL','BRANCH','PARTNER','APP')),
        occurred_at timestamptz NOT NULL,
        csat        smallint NOT NULL CHECK (csat BETWEEN 1 AND 5),
        nps         smallint CHECK (nps BETWEEN 0 AND 10),
        comment     text
      );
      CREATE INDEX feedback_time_idx ON feedback (occurred_at) INCLUDE (deal_id, csat, nps);
      CREATE INDEX feedback_deal_time_idx ON feedback (deal_id, occurred_at) INCLUDE (csat);

      CREATE TABLE target (
        target_id      text COLLATE "C" PRIMARY KEY,
        scope_type     text NOT NULL CHECK (scope_type IN ('REP','TEAM')),
        scope_id       text COLLATE "C" NOT NULL,
        business_model text COLLATE "C" NOT NULL REFERENCES business_model (code),
        kpi            text COLLATE "C" NOT NULL REFERENCES kpi (code),
        period_start   date NOT NULL,
        period_end     date NOT NULL,
        value          numeric NOT NULL CHECK (value >= 0),
        CHECK (period_end > period_start)
      );
      CREATE INDEX target_lookup_idx ON target (kpi, business_model, scope_type, scope_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE target;
      DROP TABLE feedback;
      DROP TABLE interaction;
      DROP TABLE stage_event;
      DROP TABLE deal;
      ALTER TABLE app_user DROP CONSTRAINT app_user_team_fk;
      DROP TABLE team;
      DROP TABLE app_user;
      DROP TABLE region;
      DROP TABLE kpi;
      DROP TABLE business_model;
    `);
  }
}
