import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The facts layer's change counter and horizon, for caching what it answers: `version` grows in the
 * transaction of every change of the rollups (an entry cached under another version is never served),
 * and `horizon` is the latest instant of any stored fact (a read as of a later instant cannot depend
 * on the instant, no fact lying after it).
 */
export class FactVersion1732700000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE fact_build ADD COLUMN version bigint NOT NULL DEFAULT 0, ADD COLUMN horizon timestamptz;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE fact_build DROP COLUMN version, DROP COLUMN horizon');
  }
}
