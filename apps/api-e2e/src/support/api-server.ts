import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@salesdash/api/platform';

const DIST = join(__dirname, '..', '..', '..', '..', 'dist', 'apps', 'api');
const NODE_ARGS = ['--disable-warning=ExperimentalWarning'];

export const TEST_ADMIN = { email: 'admin@e2e.test', password: 'e2e-admin-password' };

export interface GraphqlResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface ApiServer {
  readonly baseUrl: string;
  graphql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlResponse<T>>;
  login(email?: string, password?: string): Promise<string>;
  stop(): Promise<void>;
  /** Everything the server process wrote to stdout and stderr so far. */
  output(): string;
  /** The server process, for tests that signal it or watch it exit. */
  readonly process: ChildProcess;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the API exited with ${child.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the API did not become healthy within 60 s:\n${output()}`);
}

/**
 * Starts the built API (dist/apps/api/main.js) on a database of the test's own; an empty
 * `databaseUrl` means the embedded PostgreSQL in DATA_DIR (a temporary one unless given in `env`).
 */
export async function startApiServer(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiServer> {
  const port = await freePort();
  const ownDataDir = env['DATA_DIR'] === undefined;
  const dataDir = env['DATA_DIR'] ?? mkdtempSync(join(tmpdir(), 'salesdash-api-e2e-'));
  let output = '';
  const child = spawn(process.execPath, [...NODE_ARGS, join(DIST, 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    }
    if (ownDataDir) {
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }

  async function graphql<T>(query: string, variables?: Record<string, unknown>, token?: string) {
    const post = () =>
      fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
    const response = await sendFresh(post);
    return (await response.json()) as GraphqlResponse<T>;
  }

  async function login(email = TEST_ADMIN.email, password = TEST_ADMIN.password): Promise<string> {
    const result = await graphql<{ login: { accessToken: string } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email, password },
    );
    if (!result.data) {
      throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
    }
    return result.data.login.accessToken;
  }

  return { baseUrl, graphql, login, stop, output: () => output, process: child };
}

/** Pooled sockets the server may have closed while the test process was busy; each failure discards one. */
const STALE_SOCKET_RETRIES = 4;

/**
 * A test that computes for seconds blocks the event loop past the server's keep-alive timeout: the pooled
 * sockets the next requests pick were closed meanwhile, before anything was sent (undici's
 * UND_ERR_SOCKET "other side closed"). Those are sent again, on the next socket; any other failure is the
 * test's.
 */
async function sendFresh(send: () => Promise<Response>): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      // Duck-typed: fetch's errors come from Node's realm, not the test environment's, so instanceof fails.
      const code = (error as { cause?: { code?: string } } | undefined)?.cause?.code;
      if (code !== 'UND_ERR_SOCKET' || attempt >= STALE_SOCKET_RETRIES) {
        throw error;
      }
    }
  }
}

export interface CommandResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built import CLI (what `npm run import -- <folder>` runs) against a database. */
export function runImport(
  folder: string,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<CommandResult> {
  return new Promise((resolveResult) => {
    const child = spawn(process.execPath, [...NODE_ARGS, join(DIST, 'import.js'), folder], {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolveResult({ code, stdout, stderr }));
  });
}

export interface RunningImport {
  readonly process: ChildProcess;
  /** Everything the import wrote to stdout and stderr so far. */
  output(): string;
  /** Settles when the import exits. */
  readonly result: Promise<CommandResult>;
}

/** Starts the built import CLI without waiting for it, for tests that act while it runs. */
export function startImport(folder: string, databaseUrl: string, env: Record<string, string> = {}): RunningImport {
  const child = spawn(process.execPath, [...NODE_ARGS, join(DIST, 'import.js'), folder], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const result = new Promise<CommandResult>((resolveResult) =>
    child.on('exit', (code) => resolveResult({ code, stdout, stderr })),
  );
  return { process: child, output: () => stdout + stderr, result };
}
