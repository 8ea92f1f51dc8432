import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { MIGRATIONS } from './migrations';

export interface DataSourceOptions {
  readonly url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own entity list type
  readonly entities?: MixedList<Function | string | EntitySchema>;
  readonly poolSize?: number;
  readonly applicationName?: string;
  /**
   * Set on every connection: PostgreSQL cancels a statement running longer (SQLSTATE 57014, answered
   * TIMEOUT). Undefined or 0: no limit, as for the import CLI, which may run long statements on purpose.
   */
  readonly statementTimeoutMs?: number;
}

/**
 * A TypeORM data source on PostgreSQL. Sessions run in UTC so that date arithmetic in SQL never
 * depends on the server's time zone; the schema comes only from migrations.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities ?? [],
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: options.poolSize ?? 10,
      options: '-c TimeZone=UTC',
      application_name: options.applicationName ?? 'salesdash',
      statement_timeout: options.statementTimeoutMs,
    },
  });
}

/** Connects and applies pending migrations, all in one transaction. */
export async function connectAndMigrate(dataSource: DataSource): Promise<DataSource> {
  if (!dataSource.isInitialized) {
    await dataSource.initialize();
  }
  await dataSource.runMigrations({ transaction: 'all' });
  return dataSource;
}
