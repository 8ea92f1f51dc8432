import type { MigrationInterface, QueryRunner } from 'typeorm';

type DomainTables = Readonly<Record<string, readonly string[]>>;

/** Which tables change which domain's version. */
const DOMAIN_TABLES: DomainTables = {
  organisation: ['region', 'team', 'app_user'],
  targets: ['target'],
};

/**
 * Change counters for what the API caches besides the facts layer (which has its own in fact_build):
 * a statement changing any row of a domain's tables raises the domain's version in the statement's
 * own transaction, whoever runs it (importer, admin screens, SQL by hand), so an answer cached under
 * an older version is never served again once the change commits.
 */
export class DataVersions1732800000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE data_version (
        domain  text PRIMARY KEY,
        version bigint NOT NULL DEFAULT 0
      );
      CREATE FUNCTION raise_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version SET version = version + 1 WHERE domain = TG_ARGV[0];
        RETURN NULL;
      END
      $$;
    `);
    await addDataVersions(queryRunner, DOMAIN_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropDataVersions(queryRunner, DOMAIN_TABLES);
    await queryRunner.query('DROP FUNCTION raise_data_version(); DROP TABLE data_version');
  }
}

/** A version row per domain, and a trigger on each of its tables that raises it. */
export async function addDataVersions(queryRunner: QueryRunner, domains: DomainTables): Promise<void> {
  for (const [domain, tables] of Object.entries(domains)) {
    await queryRunner.query('INSERT INTO data_version (domain) VALUES ($1)', [domain]);
    for (const table of tables) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_raises_data_version
        AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION raise_data_version('${domain}')`);
    }
  }
}

export async function dropDataVersions(queryRunner: QueryRunner, domains: DomainTables): Promise<void> {
  for (const [domain, tables] of Object.entries(domains)) {
    for (const table of tables) {
      await queryRunner.query(`DROP TRIGGER ${table}_raises_data_version ON ${table}`);
    }
    await queryRunner.query('DELETE FROM data_version WHERE domain = $1', [domain]);
  }
}
