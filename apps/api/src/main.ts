import 'reflect-metadata';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { CorridorPublisher } from '@salesdash/api/policies';
import { AccountBootstrap, DemoLogins, resolveJwtSecret } from '@salesdash/api/identity';
import { BundleImporter } from '@salesdash/api/ingestion';
import {
  ConfigError,
  createAppLogger,
  exitGracefullyOnSignals,
  HttpDrain,
  loadConfig,
  type OpenDatabase,
  openDatabase,
  PinoNestLogger,
  securityHeaders,
  shutDown,
} from '@salesdash/api/platform';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@salesdash/tools/demo-data/logins';
import { AppModule } from './app/app.module';
import { serveDashboard } from './app/static-dashboard';

/** The database of a start that fails later on: closed before exiting, so no embedded PostgreSQL is left running. */
let openedDatabase: OpenDatabase | undefined;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  // Readable lines for a person at a terminal; JSON lines for log collectors everywhere else.
  const pretty = process.stdout.isTTY && config.mode !== 'production';
  // Redacts credentials (request headers, SQL parameters) for this logger and every one derived from it.
  const logger = createAppLogger({ level: config.logLevel, pretty });
  const database = await openDatabase(
    config,
    (line) => logger.info(line),
    { poolSize: config.load.dbPoolSize, statementTimeoutMs: config.load.statementTimeoutMs },
    {
      // An embedded PostgreSQL that stops under the server is started again; when that fails, the
      // process ends so a supervisor can start it anew (README, "Operating it").
      restartWhenLost: {
        onGiveUp: (error) => {
          logger.fatal({ err: error }, 'could not restart the embedded PostgreSQL; exiting');
          process.exit(1);
        },
      },
    },
  );
  openedDatabase = database;
  const app = await NestFactory.create(
    AppModule.forRoot({
      config,
      dataSource: database.dataSource,
      jwtSecret: resolveJwtSecret(config.jwtSecret, config.dataDir),
      logger,
      databaseState: database.state,
    }),
    { bufferLogs: true },
  );
  app.useLogger(new PinoNestLogger(logger));
  const express = app.getHttpAdapter().getInstance();
  // Decides request.ip, which the per-IP sign-in throttle counts by: only proxies named here are believed.
  express.set('trust proxy', config.trustProxy);
  // No ETag: every GraphQL answer is Cache-Control: no-store, so hashing each one was work for nothing.
  // The dashboard's files keep theirs (express.static) and index.html its Last-Modified.
  express.set('etag', false);
  // Registered first, so the dashboard, /graphql and /health all carry the headers.
  app.use(securityHeaders({ production: config.mode === 'production' }));

  const accounts = app.get(AccountBootstrap);
  if (config.mode === 'production') {
    // A database first started in demo mode still holds the published demo password.
    const demoEmails = DEMO_LOGINS.map(({ email }) => email);
    const removed = await accounts.removeDemoPasswords(demoEmails, DEMO_PASSWORD);
    if (removed.length > 0) {
      logger.warn(
        `removed the demo password of ${removed.length} accounts (${removed.join(', ')}); ` +
          'an administrator gives them a new one with resetPassword',
      );
    }
  }
  if (await accounts.ensureFirstAdmin(config.firstAdmin)) {
    logger.info(`created the first administrator ${config.firstAdmin?.email}`);
  }
  if (config.demoData) {
    // The demo generator is a chunk of its own, loaded here only: a server without demo data never loads it.
    const { loadDemoDataIfEmpty, seedDemoCorridorsIfNone } = await import(
      /* webpackChunkName: "demo-mode" */ './app/demo-mode'
    );
    await loadDemoDataIfEmpty(database.dataSource, app.get(BundleImporter), config.dataDir, logger);
    await seedDemoCorridorsIfNone(database.dataSource, app.get(CorridorPublisher), logger);
    // Demo passwords never exist in production, whatever DEMO_DATA says.
    if (config.mode !== 'production') {
      const demoLogins = DEMO_LOGINS.map(({ email, role }) => ({ email, role, password: DEMO_PASSWORD }));
      app.get(DemoLogins).publish(await accounts.ensureDemoPasswords(demoLogins, DEMO_PASSWORD));
    }
  }

  const dashboardDir = process.env['DASHBOARD_DIR'] ?? join(__dirname, '..', 'dashboard', 'browser');
  if (!serveDashboard(app, dashboardDir)) {
    logger.warn(`no built dashboard in ${dashboardDir}: serving the API only (run npx nx build dashboard)`);
  }

  const drain = new HttpDrain(app.getHttpServer());
  exitGracefullyOnSignals(
    (signal) =>
      shutDown(signal, {
        drain,
        timeoutMs: config.shutdownTimeoutMs,
        closeApplication: () => app.close(),
        database,
        log: logger,
      }),
    (error) => logger.error({ err: error }, 'the shutdown failed'),
  );

  await app.listen(config.port);
  logger.info(`Sales KPI dashboard on http://localhost:${config.port} (GraphQL at /graphql)`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  await openedDatabase?.close().catch(() => undefined);
  process.exit(1);
});
