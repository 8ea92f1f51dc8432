import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Business models that controlling can retire (never delete), and the versioned corridor policies
 * of docs/corridors.md#versions: append-only, one series per (business model, KPI, segment), numbered from 1.
 */
export class CorridorPolicies1732300000000 implements MigrationInterface {
  name = 'CorridorPolicies1732300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE business_model ADD COLUMN retired_at timestamptz;

      CREATE TABLE corridor_policy (
        policy_id       bigserial PRIMARY KEY,
        business_model  text COLLATE "C" NOT NULL REFERENCES business_model (code),
        kpi             text COLLATE "C" NOT NULL REFERENCES kpi (code),
        segment         text COLLATE "C" CHECK (btrim(segment) <> ''),
        version         integer NOT NULL CHECK (version >= 1),
        effective_from  date NOT NULL,
        acceptable_min  double precision,
        acceptable_max  double precision,
        tolerated_min   double precision,
        tolerated_max   double precision,
        min_sample_size integer NOT NULL DEFAULT 1 CHECK (min_sample_size >= 1),
        rationale       text NOT NULL CHECK (btrim(rationale) <> ''),
        published_at    timestamptz NOT NULL DEFAULT now(),
        published_by    text COLLATE "C" REFERENCES app_user (user_id),
        CONSTRAINT corridor_policy_series_version UNIQUE NULLS NOT DISTINCT (business_model, kpi, segment, version),
        CHECK (num_nonnulls(acceptable_min, acceptable_max, tolerated_min, tolerated_max) > 0),
        CHECK (acceptable_min <= acceptable_max),
        CHECK (tolerated_min <= tolerated_max),
        -- the tolerated band contains the acceptable one: an open acceptable side needs an open tolerated side
        CHECK (tolerated_min IS NULL OR (acceptable_min IS NOT NULL AND acceptable_min >= tolerated_min)),
        CHECK (tolerated_max IS NULL OR (acceptable_max IS NOT NULL AND acceptable_max <= tolerated_max)),
        CHECK (acceptable_min <> 'NaN' AND acceptable_max <> 'NaN' AND tolerated_min <> 'NaN' AND tolerated_max <> 'NaN'),
        CHECK (abs(acceptable_min) <> 'Infinity' AND abs(acceptable_max) <> 'Infinity'
               AND abs(tolerated_min) <> 'Infinity' AND abs(tolerated_max) <> 'Infinity')
      );
      CREATE INDEX corridor_policy_in_force_idx ON corridor_policy (business_model, kpi, effective_from);

      -- A version that was in force is never rewritten (§5): changes are new versions.
      CREATE FUNCTION corridor_policy_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'corridor_policy is append-only: publish a new version instead'
          USING ERRCODE = 'raise_exception';
      END;
      $$;
      CREATE TRIGGER corridor_policy_append_only BEFORE UPDATE OR DELETE ON corridor_policy
        FOR EACH ROW EXECUTE FUNCTION corridor_policy_append_only();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE corridor_policy;
      DROP FUNCTION corridor_policy_append_only();
      ALTER TABLE business_model DROP COLUMN retired_at;
    `);
  }
}
