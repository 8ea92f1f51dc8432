import type { MigrationInterface, QueryRunner } from 'typeorm';

const ALL_KPIS = `SELECT code FROM kpi`;

/**
 * Which role is responsible for (and sees) which KPI, with the default of the journey; and the
 * append-only audit log that every administrative change writes in its own transaction.
 */
export class ResponsibilityAndAudit1732100000000 implements MigrationInterface {
  name = 'ResponsibilityAndAudit1732100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE kpi_responsibility (
        role text NOT NULL CHECK (role IN ('ADMIN','MANAGEMENT','CONTROLLING','MARKETING','SALES_MANAGER','SALES_REP')),
        kpi  text COLLATE "C" NOT NULL REFERENCES kpi (code),
        PRIMARY KEY (role, kpi)
      );
      INSERT INTO kpi_responsibility (role, kpi)
        SELECT role, code FROM (VALUES ('ADMIN'), ('MANAGEMENT'), ('CONTROLLING')) AS r(role) CROSS JOIN (${ALL_KPIS}) k;
      INSERT INTO kpi_responsibility (role, kpi)
        SELECT 'SALES_MANAGER', code FROM (${ALL_KPIS}) k WHERE code <> 'DEFAULT_RATE';
      INSERT INTO kpi_responsibility (role, kpi) VALUES
        ('MARKETING', 'NEW_LEADS'), ('MARKETING', 'LEAD_CONVERSION_RATE'), ('MARKETING', 'CSAT'),
        ('MARKETING', 'NPS'), ('MARKETING', 'NEGATIVE_MOMENT_RATE'), ('MARKETING', 'RECOVERY_RATE'),
        ('MARKETING', 'FIRST_RESPONSE_HOURS'),
        ('SALES_REP', 'NEW_LEADS'), ('SALES_REP', 'LEAD_CONVERSION_RATE'), ('SALES_REP', 'WIN_RATE'),
        ('SALES_REP', 'WON_DEALS'), ('SALES_REP', 'WON_VOLUME'), ('SALES_REP', 'AVG_DEAL_SIZE'),
        ('SALES_REP', 'SALES_CYCLE_DAYS'), ('SALES_REP', 'PIPELINE_VALUE'), ('SALES_REP', 'QUOTA_ATTAINMENT'),
        ('SALES_REP', 'PAYOUT_FIRST_TIME_RIGHT'), ('SALES_REP', 'CSAT'), ('SALES_REP', 'FIRST_RESPONSE_HOURS'),
        ('SALES_REP', 'ACTIVITIES');

      CREATE TABLE audit_log (
        audit_id      bigserial PRIMARY KEY,
        occurred_at   timestamptz NOT NULL DEFAULT now(),
        actor_user_id text COLLATE "C" REFERENCES app_user (user_id),
        action        text NOT NULL,
        entity_type   text NOT NULL,
        entity_id     text NOT NULL,
        before        jsonb,
        after         jsonb,
        reason        text
      );
      CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, occurred_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE audit_log;
      DROP TABLE kpi_responsibility;
    `);
  }
}
