import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rotating refresh tokens (one row per issued token, grouped in families so the reuse of a rotated
 * token can revoke the whole family), and the flag that makes a user change a password an
 * administrator set.
 */
export class SessionsAndPasswords1732200000000 implements MigrationInterface {
  name = 'SessionsAndPasswords1732200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

      CREATE TABLE refresh_token (
        token_hash  text COLLATE "C" PRIMARY KEY,
        family_id   uuid NOT NULL,
        user_id     text COLLATE "C" NOT NULL REFERENCES app_user (user_id) ON DELETE CASCADE,
        csrf_hash   text NOT NULL,
        issued_at   timestamptz NOT NULL DEFAULT now(),
        expires_at  timestamptz NOT NULL,
        family_expires_at timestamptz NOT NULL,
        rotated_at  timestamptz,
        revoked_at  timestamptz,
        revoked_why text,
        CHECK (expires_at <= family_expires_at)
      );
      CREATE INDEX refresh_token_family_idx ON refresh_token (family_id);
      CREATE INDEX refresh_token_user_idx ON refresh_token (user_id) WHERE revoked_at IS NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE refresh_token;
      ALTER TABLE app_user DROP COLUMN must_change_password;
    `);
  }
}
