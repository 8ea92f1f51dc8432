import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './postgres';

const NODE_ARGS = ['--disable-warning=ExperimentalWarning'];
export const BENCH_ADMIN = { email: 'admin@bench.test', password: 'bench-admin-password' };

/** dist/apps/api, built by `npx nx build api` (tools/scripts/bench.mjs builds it when missing). */
export function apiDist(root: string): string {
  const dist = join(root, 'dist', 'apps', 'api');
  if (!existsSync(join(dist, 'main.js'))) {
    throw new Error(`${dist}/main.js is missing: run "npx nx build api" first`);
  }
  return dist;
}

export interface CommandResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<CommandResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, script, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolveRun({ code, stdout, stderr }));
  });
}

export interface ProductImport {
  readonly rows: number;
  /** The importer's own duration (after connecting and migrating). */
  readonly ms: number;
  /** The whole command: start, migrations, import. */
  readonly wallMs: number;
  /** The importer's time per step as `--verbose` prints it (name, seconds, share). */
  readonly steps: readonly string[];
}

/** Runs the built import CLI (what `npm run import -- <folder>` runs) into the database at `url`. */
export async function productImport(root: string, folder: string, url: string): Promise<ProductImport> {
  const started = performance.now();
  const result = await run(join(apiDist(root), 'import.js'), ['--verbose', folder], {
    ...process.env,
    DATABASE_URL: url,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
  });
  const wallMs = performance.now() - started;
  const summary = /imported (\d+) rows in ([\d.]+) s/.exec(result.stdout);
  if (result.code !== 0 || !summary) {
    throw new Error(`the import failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
  const lines = result.stdout.split('\n');
  const steps = lines.slice(lines.indexOf('time per step:') + 1).filter((line) => /^ {2}\S.* s +[\d.]+ %$/.test(line));
  return { rows: Number(summary[1]), ms: Number(summary[2]) * 1000, wallMs, steps: steps.map((line) => line.trim()) };
}

export interface GraphqlAnswer {
  readonly ms: number;
  /** HTTP status, or 0 when no answer arrived. */
  readonly status: number;
  /** undefined for a good answer; else the GraphQL error code, HTTP_<status> or the network error code. */
  readonly error?: string;
}

export interface ApiServer {
  readonly pid: number;
  /** Signs the bench admin in; later requests carry the token. */
  login(): Promise<void>;
  /** Sends one operation and times it to the last byte of the answer. */
  request(query: string, variables: Record<string, unknown>): Promise<GraphqlAnswer>;
  /** VmHWM of the server process in kB (Linux), when known. */
  peakMemoryKb(): number | undefined;
  stop(): Promise<void>;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the API exited with ${child.exitCode}:\n${output()}`);
    }
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
  throw new Error(`the API did not become healthy within 120 s:\n${output()}`);
}

function errorCode(body: unknown, status: number): string | undefined {
  const errors = (body as { errors?: { extensions?: { code?: unknown } }[] } | undefined)?.errors;
  if (errors && errors.length > 0) {
    const code = errors[0].extensions?.code;
    return typeof code === 'string' ? code : `HTTP_${status}`;
  }
  return status === 200 ? undefined : `HTTP_${status}`;
}

/**
 * Starts the built server (dist/apps/api/main.js) on the database at `url`, in production mode.
 * STATEMENT_TIMEOUT_MS defaults to 0 here (the product's 15 s would cut today's slow statements
 * short) and HEAVY_QUERY_RATE to 1,000,000; set either in the environment to measure with another.
 * `env` adds settings (the raw path's server runs with FACTS_READ_PATH=raw).
 */
export async function startApiServer(root: string, url: string, env: Record<string, string> = {}): Promise<ApiServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'salesdash-bench-api-'));
  let output = '';
  const child = spawn(process.execPath, [...NODE_ARGS, join(apiDist(root), 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      PORT: String(port),
      DATABASE_URL: url,
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
      LOG_LEVEL: 'warn',
      STATEMENT_TIMEOUT_MS: process.env['STATEMENT_TIMEOUT_MS'] ?? '0',
      // Every bench client signs in as the one admin; they stand for many users, so the per-user
      // minute rate (default 300) is lifted. The concurrency gate (503 TOO_BUSY) stays as configured.
      HEAVY_QUERY_RATE: process.env['HEAVY_QUERY_RATE'] ?? '1000000',
      ...env,
    },
  });
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      await new Promise((resolveStop) => {
        child.once('exit', resolveStop);
        child.kill('SIGTERM');
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  let token: string | undefined;

  // Node's plain http client with kept-alive connections, one per concurrent client: it spends about a
  // quarter of the CPU per request that fetch does (measured: ~0.25 vs ~0.9 ms), and the bench's
  // clients share the machine's cores with the server they measure.
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const { hostname, port: portText } = new URL(baseUrl);

  function post(body: string): Promise<{ status: number; text: string }> {
    return new Promise((resolvePost, reject) => {
      const outgoing = httpRequest(
        {
          agent,
          host: hostname,
          port: Number(portText),
          path: '/graphql',
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolvePost({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
          response.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  async function request(query: string, variables: Record<string, unknown>): Promise<GraphqlAnswer> {
    const started = performance.now();
    try {
      const { status, text } = await post(JSON.stringify({ query, variables }));
      const ms = performance.now() - started;
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      return { ms, status, error: errorCode(body, status) };
    } catch (error) {
      const code = (error as { code?: string } | undefined)?.code;
      return { ms: performance.now() - started, status: 0, error: code ?? 'NETWORK' };
    }
  }

  return {
    pid: child.pid ?? 0,
    async login() {
      const { text } = await post(
        JSON.stringify({
          query:
            'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
          variables: BENCH_ADMIN,
        }),
      );
      const body = JSON.parse(text) as { data?: { login: { accessToken: string } }; errors?: unknown };
      if (!body.data) {
        throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
      }
      token = body.data.login.accessToken;
    },
    request,
    peakMemoryKb() {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return match ? Number(match[1]) : undefined;
      } catch {
        return undefined;
      }
    },
    async stop() {
      agent.destroy();
      await stop();
    },
  };
}
