import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addDataVersions, dropDataVersions } from './1732800000000-data-versions';

/** The business models and who sees which KPI (`configuration`), and the corridor policies (`corridors`). */
const DOMAIN_TABLES = {
  configuration: ['business_model', 'kpi_responsibility'],
  corridors: ['corridor_policy'],
};

/** Change counters for the rest of what a KPI request reads, so it can be kept too (see DataVersions). */
export class ConfigurationVersions1732900000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await addDataVersions(queryRunner, DOMAIN_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropDataVersions(queryRunner, DOMAIN_TABLES);
  }
}
