import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { connectAndMigrate, createDataSource, type DataSourceOptions } from './data-source';
import { startEmbeddedPostgres, type RunningDatabase } from './embedded-postgres';

export interface OpenDatabase {
  readonly dataSource: DataSource;
  /** Closes the pool and stops the embedded server if this process started it. */
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
): Promise<OpenDatabase> {
  const server: RunningDatabase | undefined = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres(config.dataDir, log);
  const dataSource = createDataSource({ ...options, url: config.databaseUrl ?? (server as RunningDatabase).url });
  try {
    await connectAndMigrate(dataSource);
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    await server?.stop();
    throw error;
  }
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await server?.stop();
    },
  };
}
