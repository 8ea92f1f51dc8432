import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What one day (or month) of one business model, and of one rep or the whole company, adds to the
 * KPIs that can be summed (api-facts `ROLLUP_COUNTERS` names the same columns). `items` counts the
 * facts that contributed, so a row nobody contributes to any more can be deleted.
 */
const COUNTERS = `
  items               integer NOT NULL,
  created             integer NOT NULL,
  created_amount      numeric NOT NULL,
  created_converted   integer NOT NULL,
  closed              integer NOT NULL,
  closed_amount       numeric NOT NULL,
  won                 integer NOT NULL,
  won_amount          numeric NOT NULL,
  won_cycle_seconds   numeric NOT NULL,
  lost                integer NOT NULL,
  onboarded_after_won integer NOT NULL,
  onboarding_seconds  numeric NOT NULL,
  paid_out            integer NOT NULL,
  paid_out_complete   integer NOT NULL,
  paid_out_defaulted  integer NOT NULL,
  responses           integer NOT NULL,
  csat_sum            bigint NOT NULL,
  nps_answered        integer NOT NULL,
  promoters           integer NOT NULL,
  detractors          integer NOT NULL,
  negative            integer NOT NULL,
  recovered           integer NOT NULL,
  outbound            integer NOT NULL,
  answered_inbound    integer NOT NULL`;

/**
 * The facts layer's tables, all derived from deal, stage_event, interaction and feedback and kept
 * current by the importer in its transaction: daily and monthly rollups per rep and per business
 * model, the answered inbound interactions with their deal's model and rep (for the response-time
 * median) and, per model, how many responses fall into each logarithmic bucket. `fact_build` records
 * which build of the rollup definitions the tables hold; the API rebuilds them at start when it is not
 * its own (and so fills them for data stored before this migration).
 */
export class FactRollups1732600000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE fact_rep_day (
        day date NOT NULL, business_model text COLLATE "C" NOT NULL, rep_id text COLLATE "C" NOT NULL, ${COUNTERS},
        PRIMARY KEY (rep_id, business_model, day)
      );
      CREATE TABLE fact_rep_month (
        month date NOT NULL, business_model text COLLATE "C" NOT NULL, rep_id text COLLATE "C" NOT NULL, ${COUNTERS},
        PRIMARY KEY (rep_id, business_model, month)
      );
      CREATE TABLE fact_model_day (
        day date NOT NULL, business_model text COLLATE "C" NOT NULL, ${COUNTERS},
        PRIMARY KEY (business_model, day)
      );
      CREATE TABLE fact_model_month (
        month date NOT NULL, business_model text COLLATE "C" NOT NULL, ${COUNTERS},
        PRIMARY KEY (business_model, month)
      );

      CREATE TABLE response_fact (
        interaction_id   text COLLATE "C" PRIMARY KEY,
        deal_id          text COLLATE "C" NOT NULL,
        business_model   text COLLATE "C" NOT NULL,
        rep_id           text COLLATE "C" NOT NULL,
        occurred_at      timestamptz NOT NULL,
        response_minutes numeric NOT NULL,
        bucket           integer NOT NULL
      );
      CREATE INDEX response_fact_deal_idx ON response_fact (deal_id);
      CREATE INDEX response_fact_rep_time_idx ON response_fact (rep_id, occurred_at) INCLUDE (business_model, response_minutes);
      CREATE INDEX response_fact_bucket_idx ON response_fact (business_model, bucket, occurred_at) INCLUDE (response_minutes);

      CREATE TABLE response_bucket_day (
        day date NOT NULL, business_model text COLLATE "C" NOT NULL, bucket integer NOT NULL, responses integer NOT NULL,
        PRIMARY KEY (business_model, day, bucket)
      );
      CREATE TABLE response_bucket_month (
        month date NOT NULL, business_model text COLLATE "C" NOT NULL, bucket integer NOT NULL, responses integer NOT NULL,
        PRIMARY KEY (business_model, month, bucket)
      );

      CREATE TABLE fact_build (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        build     text NOT NULL,
        built_at  timestamptz NOT NULL
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE fact_build;
      DROP TABLE response_bucket_month;
      DROP TABLE response_bucket_day;
      DROP TABLE response_fact;
      DROP TABLE fact_model_month;
      DROP TABLE fact_model_day;
      DROP TABLE fact_rep_month;
      DROP TABLE fact_rep_day;
    `);
  }
}
