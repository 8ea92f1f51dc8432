import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The language a person chose for the dashboard ('en' or 'de'); NULL until they choose, when the
 * dashboard follows their browser. A preference, not a fact: no data version depends on it.
 */
export class UserLanguage1733200000000 implements MigrationInterface {
  name = 'UserLanguage1733200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN language text CHECK (language IN ('en', 'de'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE app_user DROP COLUMN language');
  }
}
