import { isAbsolute, resolve } from 'node:path';

export type RunMode = 'development' | 'production' | 'test';

export interface AppConfig {
  readonly mode: RunMode;
  /** External PostgreSQL; undefined means the embedded server in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly port: number;
  readonly demoData: boolean;
  readonly firstAdmin: { readonly email: string; readonly password: string } | undefined;
  /** Undefined outside production: a secret is then generated and kept in `dataDir`. */
  readonly jwtSecret: string | undefined;
  readonly logLevel: string;
  /**
   * Express's `trust proxy`: false (the socket's address is the client), a hop count, or the
   * addresses/subnets of the reverse proxies whose X-Forwarded-For may be believed.
   */
  readonly trustProxy: boolean | number | string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const MIN_ADMIN_PASSWORD_LENGTH = 12;
const MIN_JWT_SECRET_LENGTH = 32;

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') {
    return fallback;
  }
  if (raw === 'true' || raw === '1') {
    return true;
  }
  if (raw === 'false' || raw === '0') {
    return false;
  }
  throw new ConfigError(`${name} must be true or false (got '${raw}')`);
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') {
    return 3000;
  }
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 1 and 65535 (got '${raw}')`);
  }
  return port;
}

function parseDatabaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql:// (got '${url.protocol}//')`);
  }
  return raw;
}

function parseFirstAdmin(env: NodeJS.ProcessEnv): AppConfig['firstAdmin'] {
  const email = env['ADMIN_EMAIL'] ?? '';
  const password = env['ADMIN_PASSWORD'] ?? '';
  if (email === '' && password === '') {
    return undefined;
  }
  if (email === '' || password === '') {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new ConfigError(`ADMIN_EMAIL is not an e-mail address (got '${email}')`);
  }
  if (password.length < MIN_ADMIN_PASSWORD_LENGTH) {
    throw new ConfigError(`ADMIN_PASSWORD must have at least ${MIN_ADMIN_PASSWORD_LENGTH} characters`);
  }
  return { email, password };
}

const PROXY_ENTRY = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/;

function parseTrustProxy(raw: string | undefined): AppConfig['trustProxy'] {
  if (raw === undefined || raw === '' || raw === 'false') {
    return false;
  }
  if (/^\d+$/.test(raw)) {
    return Number(raw);
  }
  const entries = raw.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !PROXY_ENTRY.test(entry));
  if (wrong !== undefined) {
    throw new ConfigError(
      `TRUST_PROXY must be false, a number of proxy hops, or a comma-separated list of proxy addresses, subnets, ` +
        `loopback, linklocal or uniquelocal (got '${wrong}')`,
    );
  }
  return entries.join(',');
}

/** Reads and validates the configuration; a bad value throws a ConfigError with one clear line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnv = env['NODE_ENV'] ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be development, production or test (got '${nodeEnv}')`);
  }
  const mode = nodeEnv as RunMode;
  const jwtSecret = env['JWT_SECRET'] || undefined;
  if (mode === 'production' && jwtSecret === undefined) {
    throw new ConfigError('JWT_SECRET is required when NODE_ENV=production');
  }
  if (jwtSecret !== undefined && jwtSecret.length < MIN_JWT_SECRET_LENGTH) {
    throw new ConfigError(`JWT_SECRET must have at least ${MIN_JWT_SECRET_LENGTH} characters`);
  }
  const logLevel = env['LOG_LEVEL'] || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got '${logLevel}')`);
  }
  const dataDir = env['DATA_DIR'] || '.data';
  return {
    mode,
    databaseUrl: parseDatabaseUrl(env['DATABASE_URL']),
    dataDir: isAbsolute(dataDir) ? dataDir : resolve(cwd, dataDir),
    port: parsePort(env['PORT']),
    demoData: parseBoolean('DEMO_DATA', env['DEMO_DATA'], true),
    firstAdmin: parseFirstAdmin(env),
    jwtSecret,
    logLevel,
    trustProxy: parseTrustProxy(env['TRUST_PROXY']),
  };
}
