import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { connectAndMigrate, createDataSource, type DataSourceOptions } from './data-source';
import { type EmbeddedState, type SharedEmbeddedOptions, SharedEmbeddedPostgres } from './shared-embedded-postgres';

export interface OpenDatabase {
  readonly dataSource: DataSource;
  /** 'restarting' while an embedded PostgreSQL that stopped under us is started again; else 'up'. */
  state(): EmbeddedState;
  /** Closes the connection pool; call once no request uses it any more. */
  closePool(): Promise<void>;
  /** Stops the embedded PostgreSQL unless another process of ours still uses it; nothing for DATABASE_URL. */
  releaseServer(): Promise<void>;
  /** closePool, then releaseServer. */
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or to the embedded PostgreSQL in DATA_DIR (starting it when no other
 * process of ours runs it), and applies pending migrations.
 */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>,
  log: (line: string) => void,
  options: Omit<DataSourceOptions, 'url'> = {},
  embedded: SharedEmbeddedOptions = {},
): Promise<OpenDatabase> {
  const server = config.databaseUrl ? undefined : await SharedEmbeddedPostgres.open(config.dataDir, log, embedded);
  const url = config.databaseUrl ?? (server as SharedEmbeddedPostgres).url;
  const dataSource = createDataSource({ ...options, url });
  try {
    await migrateWithoutStatementTimeout({ ...options, url });
    await dataSource.initialize();
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    await server?.release();
    throw error;
  }
  const closePool = async () => {
    if (dataSource.isInitialized) {
      await dataSource.destroy();
    }
  };
  const releaseServer = async () => {
    await server?.release();
  };
  return {
    dataSource,
    state: () => server?.state ?? 'up',
    closePool,
    releaseServer,
    close: async () => {
      await closePool();
      await releaseServer();
    },
  };
}

/**
 * Applies pending migrations on a connection of their own: the statement timeout bounds the
 * serving pool's interactive reads, while a migration (an index or a backfill over millions of
 * rows) runs as long as it needs.
 */
async function migrateWithoutStatementTimeout(options: DataSourceOptions): Promise<void> {
  const migrator = createDataSource({ ...options, poolSize: 1, statementTimeoutMs: undefined });
  try {
    await connectAndMigrate(migrator);
  } finally {
    await migrator.destroy().catch(() => undefined);
  }
}
