import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('has defaults for a new machine: embedded database in ./.data, port 3000, demo data on', () => {
    expect(loadConfig({}, '/srv/app')).toEqual({
      mode: 'development',
      databaseUrl: undefined,
      dataDir: '/srv/app/.data',
      port: 3000,
      demoData: true,
      firstAdmin: undefined,
      jwtSecret: undefined,
      logLevel: 'info',
      trustProxy: false,
      load: {
        statementTimeoutMs: 15_000,
        dbPoolSize: 10,
        heavyQueryConcurrency: 4,
        heavyQueryQueue: 16,
        heavyQueryRatePerMinute: 300,
      },
      shutdownTimeoutMs: 10_000,
      factsReadPath: 'rollup',
    });
  });

  it('loads demo data in production only when DEMO_DATA asks for it', () => {
    const secret = 'x'.repeat(32);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret }, '/srv/app').demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, DEMO_DATA: 'true' }, '/srv/app').demoData).toBe(
      true,
    );
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://u:p@db:5432/sales',
        DATA_DIR: '/var/lib/sales',
        PORT: '8080',
        DEMO_DATA: 'false',
        ADMIN_EMAIL: 'root@corp.example',
        ADMIN_PASSWORD: 'a-long-enough-password',
        JWT_SECRET: 'x'.repeat(40),
        LOG_LEVEL: 'warn',
        TRUST_PROXY: '10.0.0.0/8, loopback',
        STATEMENT_TIMEOUT_MS: '30000',
        DB_POOL_SIZE: '20',
        HEAVY_QUERY_CONCURRENCY: '8',
        HEAVY_QUERY_QUEUE: '0',
        HEAVY_QUERY_RATE: '60',
        SHUTDOWN_TIMEOUT_MS: '25000',
        FACTS_READ_PATH: 'raw',
      },
      '/srv/app',
    );
    expect(config).toMatchObject({
      mode: 'production',
      port: 8080,
      demoData: false,
      dataDir: '/var/lib/sales',
      trustProxy: '10.0.0.0/8,loopback',
      load: {
        statementTimeoutMs: 30_000,
        dbPoolSize: 20,
        heavyQueryConcurrency: 8,
        heavyQueryQueue: 0,
        heavyQueryRatePerMinute: 60,
      },
      shutdownTimeoutMs: 25_000,
      factsReadPath: 'raw',
    });
    expect(config.firstAdmin).toEqual({ email: 'root@corp.example', password: 'a-long-enough-password' });
  });

  it('reads TRUST_PROXY as a hop count', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }, '/srv/app').trustProxy).toBe(1);
  });

  it.each([
    [{ PORT: 'abc' }, "PORT must be an integer between 1 and 65535 (got 'abc')"],
    [{ PORT: '70000' }, 'PORT must be an integer between 1 and 65535'],
    [{ DEMO_DATA: 'yes' }, "DEMO_DATA must be true or false (got 'yes')"],
    [{ DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL must start with postgres:// or postgresql://'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL is not a valid URL'],
    [{ ADMIN_EMAIL: 'a@b.example' }, 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together'],
    [{ ADMIN_EMAIL: 'nope', ADMIN_PASSWORD: 'long-enough-password' }, 'ADMIN_EMAIL is not an e-mail address'],
    [{ ADMIN_EMAIL: 'a@b.example', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD must have at least 12 characters'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET is required when NODE_ENV=production'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET must have at least 32 characters'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be development, production or test'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY must be false, a number of proxy hops, or a comma-separated list'],
    [{ TRUST_PROXY: '10.0.0.1, *' }, "(got '*')"],
    [{ STATEMENT_TIMEOUT_MS: '15s' }, "STATEMENT_TIMEOUT_MS must be an integer between 0 and 2147483647 (got '15s')"],
    [{ SHUTDOWN_TIMEOUT_MS: '-1' }, "SHUTDOWN_TIMEOUT_MS must be an integer between 0 and 3600000 (got '-1')"],
    [{ FACTS_READ_PATH: 'cache' }, "FACTS_READ_PATH must be rollup or raw (got 'cache')"],
    [{ DB_POOL_SIZE: '1' }, "DB_POOL_SIZE must be an integer between 2 and 1000 (got '1')"],
    [{ HEAVY_QUERY_CONCURRENCY: '0' }, "HEAVY_QUERY_CONCURRENCY must be an integer between 1 and 1000 (got '0')"],
    [{ HEAVY_QUERY_QUEUE: '-1' }, "HEAVY_QUERY_QUEUE must be an integer between 0 and 100000 (got '-1')"],
    [{ HEAVY_QUERY_RATE: '2.5' }, "HEAVY_QUERY_RATE must be an integer between 1 and 1000000 (got '2.5')"],
    [
      { DB_POOL_SIZE: '4', HEAVY_QUERY_CONCURRENCY: '4' },
      'HEAVY_QUERY_CONCURRENCY must be lower than DB_POOL_SIZE, so other operations keep a connection (got 4 and 4)',
    ],
  ])('refuses %j with one clear line', (env, message) => {
    expect(() => loadConfig(env, '/srv/app')).toThrow(ConfigError);
    expect(() => loadConfig(env, '/srv/app')).toThrow(message);
  });
});
