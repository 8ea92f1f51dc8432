import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ids of target rows a target grid save replaced (by the parts of them outside the edited months and
 * the edited months' own rows). An import naming one of them again is refused: the row would come
 * back beside its parts and count twice.
 */
export class ReplacedTargets1733000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE target_replaced (
        target_id   text COLLATE "C" PRIMARY KEY,
        replaced_at timestamptz NOT NULL DEFAULT now(),
        replaced_by text COLLATE "C" REFERENCES app_user (user_id)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE target_replaced');
  }
}
