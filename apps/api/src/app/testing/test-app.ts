import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pino from 'pino';
import { loadConfig } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { AppModule } from '../app.module';

export interface TestApp {
  readonly app: INestApplication;
  close(): Promise<void>;
}

/** The whole application, initialised (schema built, providers created) on a database of its own, not listening. */
export async function createTestApp(): Promise<TestApp> {
  const db: TestDatabase = await createTestDatabase();
  const app = await NestFactory.create(
    AppModule.forRoot({
      config: loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url }),
      dataSource: db.dataSource,
      jwtSecret: 'a-test-secret-of-at-least-32-characters',
      logger: pino({ level: 'silent' }),
    }),
    { logger: false },
  );
  await app.init();
  return {
    app,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
