import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moments that matter: a (business model, stage, touchpoint) that marketing or controlling marked as
 * one where customers form their judgement, with the reason, who set it last and when. At most one flag
 * per moment; every change is written to the audit log in its own transaction. Flags are no facts and
 * no KPI input: no data version depends on them.
 */
export class MomentFlags1733100000000 implements MigrationInterface {
  name = 'MomentFlags1733100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE moment_flag (
        business_model text COLLATE "C" NOT NULL REFERENCES business_model (code),
        stage          text NOT NULL CHECK (stage IN ('SUSPECT','PROSPECT','CHAMPION','OPPORTUNITY','WON','ONBOARDED','PAID_OUT','LOST','DEFAULTED')),
        touchpoint     text NOT NULL CHECK (touchpoint IN ('WEB','EMAIL','PHONE','MEETING','SOCIAL','BRANCH','PARTNER','APP')),
        reason         text NOT NULL CHECK (char_length(btrim(reason)) BETWEEN 3 AND 500),
        flagged_by     text COLLATE "C" NOT NULL REFERENCES app_user (user_id),
        flagged_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (business_model, stage, touchpoint)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE moment_flag');
  }
}
