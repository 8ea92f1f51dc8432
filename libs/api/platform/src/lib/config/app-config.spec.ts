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
    });
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
      },
      '/srv/app',
    );
    expect(config).toMatchObject({
      mode: 'production',
      port: 8080,
      demoData: false,
      dataDir: '/var/lib/sales',
      trustProxy: '10.0.0.0/8,loopback',
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
  ])('refuses %j with one clear line', (env, message) => {
    expect(() => loadConfig(env, '/srv/app')).toThrow(ConfigError);
    expect(() => loadConfig(env, '/srv/app')).toThrow(message);
  });
});
