import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A corridor version's basis (docs/corridors.md#basis): which number its bands judge. Versions published before
 * are VALUE, as they were judged. The bases a KPI allows are repeated here as a CHECK, so no writer
 * can store a corridor that the rules would refuse.
 */
export class CorridorBasis1732400000000 implements MigrationInterface {
  name = 'CorridorBasis1732400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE corridor_policy
        ADD COLUMN basis text COLLATE "C" NOT NULL DEFAULT 'VALUE',
        ADD CONSTRAINT corridor_policy_basis_allowed CHECK (
          basis = 'VALUE'
          OR (basis = 'PER_REP_MONTH'
              AND kpi IN ('NEW_LEADS', 'WON_DEALS', 'WON_VOLUME', 'ACTIVITIES', 'PIPELINE_VALUE'))
          OR (basis = 'SHARE_OF_TARGET' AND kpi IN ('NEW_LEADS', 'WON_DEALS', 'WON_VOLUME', 'ACTIVITIES'))
        );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The append-only trigger guards rows, not columns: dropping the column rewrites no version's bands.
    await queryRunner.query(`ALTER TABLE corridor_policy DROP COLUMN basis`);
  }
}
