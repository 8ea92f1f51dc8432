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
  readonly load: LoadLimits;
  /** SHUTDOWN_TIMEOUT_MS: how long requests in flight may take to finish after SIGTERM before they are cut. */
  readonly shutdownTimeoutMs: number;
  /** FACTS_READ_PATH: KPIs from the rollups (`rollup`) or, to compare, straight from the stored facts (`raw`). */
  readonly factsReadPath: 'rollup' | 'raw';
}

/** What keeps the server answering under load (README, "Under load"). */
export interface LoadLimits {
  /** STATEMENT_TIMEOUT_MS: the database cancels a statement of the server running longer; 0 never does. */
  readonly statementTimeoutMs: number;
  /** DB_POOL_SIZE: database connections the server opens at most. */
  readonly dbPoolSize: number;
  /** HEAVY_QUERY_CONCURRENCY: heavy operations (KPI computations) running at once. */
  readonly heavyQueryConcurrency: number;
  /** HEAVY_QUERY_QUEUE: heavy operations waiting for a turn; one more is answered 503 at once. */
  readonly heavyQueryQueue: number;
  /** HEAVY_QUERY_RATE: heavy operations per user and minute; one more is answered 429. */
  readonly heavyQueryRatePerMinute: number;
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

function parseInteger(
  name: string,
  raw: string | undefined,
  range: { readonly fallback: number; readonly min: number; readonly max: number },
): number {
  if (raw === undefined || raw === '') {
    return range.fallback;
  }
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < range.min || value > range.max) {
    throw new ConfigError(`${name} must be an integer between ${range.min} and ${range.max} (got '${raw}')`);
  }
  return value;
}

function parseLoadLimits(env: NodeJS.ProcessEnv): LoadLimits {
  const limits: LoadLimits = {
    // PostgreSQL's limit for the setting (an int of milliseconds).
    statementTimeoutMs: parseInteger('STATEMENT_TIMEOUT_MS', env['STATEMENT_TIMEOUT_MS'], {
      fallback: 15_000,
      min: 0,
      max: 2_147_483_647,
    }),
    dbPoolSize: parseInteger('DB_POOL_SIZE', env['DB_POOL_SIZE'], { fallback: 10, min: 2, max: 1_000 }),
    heavyQueryConcurrency: parseInteger('HEAVY_QUERY_CONCURRENCY', env['HEAVY_QUERY_CONCURRENCY'], {
      fallback: 4,
      min: 1,
      max: 1_000,
    }),
    heavyQueryQueue: parseInteger('HEAVY_QUERY_QUEUE', env['HEAVY_QUERY_QUEUE'], {
      fallback: 16,
      min: 0,
      max: 100_000,
    }),
    heavyQueryRatePerMinute: parseInteger('HEAVY_QUERY_RATE', env['HEAVY_QUERY_RATE'], {
      fallback: 300,
      min: 1,
      max: 1_000_000,
    }),
  };
  if (limits.heavyQueryConcurrency >= limits.dbPoolSize) {
    throw new ConfigError(
      'HEAVY_QUERY_CONCURRENCY must be lower than DB_POOL_SIZE, so other operations keep a connection ' +
        `(got ${limits.heavyQueryConcurrency} and ${limits.dbPoolSize})`,
    );
  }
  return limits;
}

/**
 * Reads and validates the configuration; a bad value throws a ConfigError with one clear line.
 *
 * Kept hand-written rather than a schema library, measured for issue 12: no validator is a runtime
 * dependency (zod 4.6 reaches node_modules only through @angular/cli), and a trial with zod needed
 * its own rule or message for nearly every variable anyway — its defaults say "Invalid input:
 * expected number, received NaN" without the value, `z.stringbool()` accepts DEMO_DATA=yes, and an
 * empty PORT coerces to 0 and is refused instead of meaning the default — while loading zod alone
 * took 86 ms of the start (177 ms cold) on the 2-core test machine.
 */
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
    // A production server fills an empty database with invented figures only when asked to.
    demoData: parseBoolean('DEMO_DATA', env['DEMO_DATA'], mode !== 'production'),
    firstAdmin: parseFirstAdmin(env),
    jwtSecret,
    logLevel,
    trustProxy: parseTrustProxy(env['TRUST_PROXY']),
    load: parseLoadLimits(env),
    shutdownTimeoutMs: parseInteger('SHUTDOWN_TIMEOUT_MS', env['SHUTDOWN_TIMEOUT_MS'], {
      fallback: 10_000,
      min: 0,
      max: 3_600_000,
    }),
    factsReadPath: parseFactsReadPath(env['FACTS_READ_PATH']),
  };
}

function parseFactsReadPath(value: string | undefined): 'rollup' | 'raw' {
  if (value === undefined || value === '' || value === 'rollup' || value === 'raw') {
    return value === 'raw' ? 'raw' : 'rollup';
  }
  throw new ConfigError(`FACTS_READ_PATH must be rollup or raw (got '${value}')`);
}
