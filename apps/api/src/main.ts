import 'reflect-metadata';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { CorridorPublisher } from '@salesdash/api/corridors';
import { AccountBootstrap, DemoLogins, resolveJwtSecret } from '@salesdash/api/identity';
import { BundleImporter } from '@salesdash/api/ingestion';
import { ConfigError, loadConfig, openDatabase, securityHeaders } from '@salesdash/api/platform';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@salesdash/tools/demo-data';
import { AppModule } from './app/app.module';
import { seedDemoCorridorsIfNone } from './app/demo-corridors';
import { loadDemoDataIfEmpty } from './app/demo-data-loader';
import { serveDashboard } from './app/static-dashboard';

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
  const logger = pino({
    level: config.logLevel,
    transport: pretty
      ? { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname,context' } }
      : undefined,
  });
  const database = await openDatabase(config, (line) => logger.info(line));
  const app = await NestFactory.create(
    AppModule.forRoot({
      config,
      dataSource: database.dataSource,
      jwtSecret: resolveJwtSecret(config.jwtSecret, config.dataDir),
      logger,
    }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(NestPinoLogger));
  // Decides request.ip, which the per-IP sign-in throttle counts by: only proxies named here are believed.
  app.getHttpAdapter().getInstance().set('trust proxy', config.trustProxy);
  // Registered first, so the dashboard, /graphql and /health all carry the headers.
  app.use(securityHeaders({ production: config.mode === 'production' }));

  const accounts = app.get(AccountBootstrap);
  if (await accounts.ensureFirstAdmin(config.firstAdmin)) {
    logger.info(`created the first administrator ${config.firstAdmin?.email}`);
  }
  if (config.demoData) {
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

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info(`${signal} received: shutting down`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen(config.port);
  logger.info(`Sales KPI dashboard on http://localhost:${config.port} (GraphQL at /graphql)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
