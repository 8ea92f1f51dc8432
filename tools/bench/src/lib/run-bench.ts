import { cpus, tmpdir, totalmem } from 'node:os';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateDemoBundle } from '@salesdash/tools/demo-data';
import { type ApiServer, productImport, startApiServer } from './api-process';
import { generateBenchBundle, type GeneratedBundle } from './generate-bundle';
import { machineBusyCpuMs, processCpuMs } from './cpu-time';
import { createDatabase, dropDatabase, openBenchServer } from './postgres';
import { explainRequests, type RequestPlans } from './query-plans';
import { rawCopy } from './raw-copy';
import type { BenchSize } from './sizes';
import { formatMs, markdownTable, percentile } from './stats';

export interface BenchOptions {
  readonly root: string;
  readonly size: BenchSize;
  /** Timed repetitions of each request (after one untimed warm-up). */
  readonly repetitions: number;
  /** Concurrent client counts on the demo data; empty skips the demo data. */
  readonly clients: readonly number[];
  readonly concurrencySeconds: number;
  /** DATABASE_URL of a server to use; undefined starts an embedded one. */
  readonly databaseUrl?: string;
  /** Only the first request case (the smoke test). */
  readonly firstCaseOnly?: boolean;
  /** The query plans of the 12-month kpiValues requests, after the timings (embedded server only). */
  readonly explain?: boolean;
  /** Where the JSON goes; undefined writes none. */
  readonly resultsDir?: string;
  readonly log?: (line: string) => void;
  readonly now?: Date;
}

export type Operation = 'kpiValues' | 'kpiTrend';
export type ScopeName = 'company' | 'team' | 'rep';
export type PeriodName = '12 months' | 'running month';

export interface RequestCase {
  readonly operation: Operation;
  readonly scope: ScopeName;
  readonly period: PeriodName;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface RequestResult {
  readonly operation: Operation;
  readonly scope: ScopeName;
  readonly period: PeriodName;
  readonly repetitions: number;
  /** The first answer of the request on a fresh server: computed, none of it from the facts cache. */
  readonly firstMs: number;
  /** The repetitions after it, which the facts cache may answer (README, "Under load"). */
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly errors: Record<string, number>;
  /** The same request answered from the raw facts (FACTS_READ_PATH=raw) in the same run: its p50 … */
  readonly rawP50Ms: number;
  /** … of this many repetitions (at most RAW_REPETITIONS: the raw path takes seconds a request) … */
  readonly rawRepetitions: number;
  /** … and rawP50Ms / p50Ms. */
  readonly speedup: number;
}

export interface ConcurrencyResult {
  readonly clients: number;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly ok: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Failed answers by code; TOO_BUSY (503, load shed) is counted here and in tooBusy. */
  readonly errors: Record<string, number>;
  readonly tooBusy: number;
  /**
   * CPU time per request of the run, ms: the API server process, the bench's own clients and the
   * whole machine (server, database, clients and anything else). Undefined where /proc cannot tell.
   */
  readonly cpuMsPerRequest: { readonly server?: number; readonly clients: number; readonly machine?: number };
}

export interface BenchResult {
  readonly startedAt: string;
  readonly machine: { readonly cpus: number; readonly memoryMb: number; readonly node: string };
  readonly database: 'embedded' | 'DATABASE_URL';
  readonly size: BenchSize;
  readonly bundle: Pick<GeneratedBundle, 'counts' | 'rows' | 'from' | 'until'>;
  readonly generateMs: number;
  readonly import: {
    readonly rows: number;
    readonly productMs: number;
    readonly productWallMs: number;
    readonly productRowsPerSecond: number;
    readonly rawRows: number;
    readonly rawMs: number;
    readonly rawRowsPerSecond: number;
    /** product rows/s ÷ raw rows/s. */
    readonly ratio: number;
    /** The importer's time per step (`npm run import -- --verbose`). */
    readonly steps: readonly string[];
  };
  readonly requests: RequestResult[];
  readonly concurrency: ConcurrencyResult[];
  /** VmHWM of the server processes, kB. */
  readonly peakMemoryKb: { readonly bench?: number; readonly demo?: number };
  /** With `explain`: what PostgreSQL executed for each 12-month kpiValues request. */
  readonly plans: readonly RequestPlans[];
}

/** Repetitions of a request on the raw path at most: it is there to compare with, not to tune. */
const RAW_REPETITIONS = 3;

const VALUES_QUERY =
  'query ($filter: KpiFilter!) { kpiValues(filter: $filter) { kpi businessModel value sampleSize } }';
const TREND_QUERY =
  'query ($filter: KpiTrendFilter!) { kpiTrend(filter: $filter) { kpi businessModel points { from value sampleSize } } }';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function requestCases(now: Date, teamId: string, repId: string): RequestCase[] {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const monthStart = Date.UTC(year, month, 1);
  const yearAgo = Date.UTC(year, month - 12, 1);
  const tomorrow = Date.UTC(year, month, now.getUTCDate() + 1);
  const scopes: Record<ScopeName, Record<string, unknown>> = {
    company: { type: 'COMPANY' },
    team: { type: 'TEAM', id: teamId },
    rep: { type: 'REP', id: repId },
  };
  const cases: RequestCase[] = [];
  for (const operation of ['kpiValues', 'kpiTrend'] as const) {
    for (const scope of ['company', 'team', 'rep'] as const) {
      for (const period of ['12 months', 'running month'] as const) {
        const filter =
          operation === 'kpiValues'
            ? {
                from: day(period === '12 months' ? yearAgo : monthStart),
                to: day(period === '12 months' ? monthStart : tomorrow),
              }
            : { to: day(period === '12 months' ? monthStart : tomorrow), months: period === '12 months' ? 12 : 1 };
        cases.push({
          operation,
          scope,
          period,
          query: operation === 'kpiValues' ? VALUES_QUERY : TREND_QUERY,
          variables: { filter: { ...filter, scope: scopes[scope] } },
        });
      }
    }
  }
  return cases;
}

function countInto(errors: Record<string, number>, code: string | undefined): void {
  if (code !== undefined) {
    errors[code] = (errors[code] ?? 0) + 1;
  }
}

/** Times a request once (the first answer) and then `repetitions` times; errors counted by code. */
async function timeOn(
  api: ApiServer,
  request: RequestCase,
  repetitions: number,
  errors: Record<string, number>,
): Promise<{ firstMs: number; times: number[] }> {
  const first = await api.request(request.query, request.variables);
  countInto(errors, first.error);
  const times: number[] = [];
  for (let index = 0; index < repetitions; index++) {
    const answer = await api.request(request.query, request.variables);
    times.push(answer.ms);
    countInto(errors, answer.error);
  }
  return { firstMs: first.ms, times };
}

async function timeRequest(
  api: ApiServer,
  rawApi: ApiServer,
  request: RequestCase,
  repetitions: number,
): Promise<RequestResult> {
  const errors: Record<string, number> = {};
  const { firstMs, times } = await timeOn(api, request, repetitions, errors);
  const rawRepetitions = Math.min(repetitions, RAW_REPETITIONS);
  const rawP50Ms = percentile((await timeOn(rawApi, request, rawRepetitions, errors)).times, 50);
  const p50Ms = percentile(times, 50);
  return {
    firstMs,
    operation: request.operation,
    scope: request.scope,
    period: request.period,
    repetitions,
    p50Ms,
    p95Ms: percentile(times, 95),
    errors,
    rawP50Ms,
    rawRepetitions,
    speedup: rawP50Ms / p50Ms,
  };
}

/**
 * `clients` signed-in users asking at once, each again as soon as answered, for `seconds`. Each
 * client first opens its connection with one request that is not timed, and the clock starts when
 * all are connected: what is measured is 200 users working, not 200 connections being opened in the
 * same millisecond.
 */
async function loadClients(
  api: ApiServer,
  request: RequestCase,
  clients: number,
  seconds: number,
): Promise<ConcurrencyResult> {
  const okTimes: number[] = [];
  const errors: Record<string, number> = {};
  let requests = 0;
  const openings = await Promise.all(
    Array.from({ length: clients }, () => api.request(request.query, request.variables)),
  );
  // An opening request that fails is still an error of the run.
  openings.forEach((answer) => countInto(errors, answer.error));
  const started = performance.now();
  const serverCpuBefore = processCpuMs(api.pid);
  const machineCpuBefore = machineBusyCpuMs();
  const clientsCpuBefore = process.cpuUsage();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const answer = await api.request(request.query, request.variables);
        requests++;
        if (answer.error === undefined) {
          okTimes.push(answer.ms);
        }
        countInto(errors, answer.error);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const clientsCpu = process.cpuUsage(clientsCpuBefore);
  const perRequest = (before: number | undefined, after: number | undefined) =>
    before === undefined || after === undefined ? undefined : (after - before) / requests;
  return {
    clients,
    seconds: elapsed,
    requests,
    requestsPerSecond: requests / elapsed,
    ok: okTimes.length,
    p50Ms: percentile(okTimes, 50),
    p99Ms: percentile(okTimes, 99),
    errors,
    tooBusy: errors['TOO_BUSY'] ?? 0,
    cpuMsPerRequest: {
      server: perRequest(serverCpuBefore, processCpuMs(api.pid)),
      clients: (clientsCpu.user + clientsCpu.system) / 1000 / requests,
      machine: perRequest(machineCpuBefore, machineBusyCpuMs()),
    },
  };
}

const rate = (rows: number, ms: number) => rows / (ms / 1000);
const thousands = (value: number) => Math.round(value).toLocaleString('en-US');
const errorText = (errors: Record<string, number>) =>
  Object.entries(errors)
    .map(([code, count]) => `${code} ${count}`)
    .join(', ') || '0';

/** The one table `npm run bench` prints. */
export function formatBenchTable(result: BenchResult): string {
  const rows: string[][] = [];
  const { import: load } = result;
  rows.push([
    `import ${thousands(load.rows)} rows (product vs raw COPY)`,
    '',
    `${thousands(load.productRowsPerSecond)} rows/s`,
    '',
    `${thousands(load.rawRowsPerSecond)} rows/s`,
    `${load.ratio.toFixed(2)}× (product ÷ raw)`,
    '',
  ]);
  for (const request of result.requests) {
    rows.push([
      `${request.operation} ${request.scope} ${request.period}`,
      formatMs(request.firstMs),
      formatMs(request.p50Ms),
      formatMs(request.p95Ms),
      `${formatMs(request.rawP50Ms)} (p50 of ${request.rawRepetitions})`,
      `${request.speedup.toFixed(1)}× (raw ÷ product)`,
      errorText(request.errors),
    ]);
  }
  for (const load of result.concurrency) {
    rows.push([
      `kpiValues 12 months, demo data, ${load.clients} clients: ${load.requestsPerSecond.toFixed(1)} req/s`,
      '',
      formatMs(load.p50Ms),
      `p99 ${formatMs(load.p99Ms)}`,
      '—',
      '—',
      `${errorText(load.errors)} of ${load.requests}`,
    ]);
  }
  const memory = (kb: number | undefined) => (kb === undefined ? '—' : `${Math.round(kb / 1024)} MB`);
  rows.push([
    'server peak memory (VmHWM): bench data / demo data',
    '',
    memory(result.peakMemoryKb.bench),
    memory(result.peakMemoryKb.demo),
    '',
    '',
    '',
  ]);
  const counts = result.bundle.counts;
  const title =
    `${result.size.name}: ${thousands(counts['deals.csv'])} deals, ${thousands(counts['stage_events.csv'])} stage events, ` +
    `${thousands(counts['interactions.csv'])} interactions, ${thousands(counts['feedback.csv'])} feedback, ` +
    `${result.size.reps} reps; ${result.machine.cpus} cores, ${result.database} PostgreSQL`;
  const table = markdownTable(['work', 'first', 'p50 / rate', 'p95', 'raw path', 'ratio', 'errors'], rows);
  const steps = load.steps.map((step) => `  ${step}`).join('\n');
  const plans = result.plans.map((entry) => `${entry.request}:\n${entry.plans}`).join('\n\n');
  const cpu = (ms: number | undefined) => (ms === undefined ? '—' : `${ms.toFixed(2)} ms`);
  const cpuLines = result.concurrency.map(
    ({ clients, cpuMsPerRequest: { server, clients: own, machine } }) =>
      `  ${clients} clients: API server ${cpu(server)}, the bench's clients ${cpu(own)}, ` +
      `whole machine ${cpu(machine)} (${result.machine.cpus} cores)`,
  );
  return [
    `${title}\n\n${table}`,
    ...(cpuLines.length > 0 ? [`CPU time per request, concurrent clients:\n${cpuLines.join('\n')}`] : []),
    `import, time per step:\n${steps}`,
    ...(plans ? [`query plans:\n\n${plans}`] : []),
  ].join('\n\n');
}

/**
 * `npm run bench`: generates a bundle of `size`, loads it through the product's import CLI and, in
 * the same run and on the same server, with raw COPY into plain tables; times kpiValues and kpiTrend
 * through the built server; loads the demo data for the concurrent clients; prints one table and
 * writes `<resultsDir>/<timestamp>.json`.
 */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? ((line: string) => console.error(line));
  const now = options.now ?? new Date();
  const startedAt = new Date().toISOString();
  const work = await mkdtemp(join(tmpdir(), 'salesdash-bench-'));
  const server = await openBenchServer(options.databaseUrl);
  const suffix = options.databaseUrl ? `_${process.pid}` : '';
  const databases = {
    bench: `salesdash_bench${suffix}`,
    raw: `salesdash_bench_raw${suffix}`,
    demo: `salesdash_bench_demo${suffix}`,
  };
  const servers: ApiServer[] = [];
  try {
    log(`generating the ${options.size.name} bundle…`);
    const started = performance.now();
    const bundle = await generateBenchBundle(join(work, 'bundle'), options.size, now);
    const generateMs = performance.now() - started;
    log(`${bundle.rows} rows in ${formatMs(generateMs)}; importing through the product…`);

    const benchUrl = await createDatabase(server.url, databases.bench);
    const product = await productImport(options.root, bundle.dir, benchUrl);
    log(`product import: ${formatMs(product.ms)}; raw COPY…`);
    const raw = await rawCopy(await createDatabase(server.url, databases.raw), bundle.dir);
    log(`raw COPY: ${formatMs(raw.ms)}`);
    await dropDatabase(server.url, databases.raw);

    const api = await startApiServer(options.root, benchUrl);
    const rawApi = await startApiServer(options.root, benchUrl, { FACTS_READ_PATH: 'raw' });
    servers.push(api, rawApi);
    await api.login();
    await rawApi.login();
    const cases = requestCases(now, bundle.teamId, bundle.repId);
    const requests: RequestResult[] = [];
    for (const request of options.firstCaseOnly ? cases.slice(0, 1) : cases) {
      log(`timing ${request.operation} ${request.scope} ${request.period} ×${options.repetitions}…`);
      requests.push(await timeRequest(api, rawApi, request, options.repetitions));
    }
    const benchMemory = api.peakMemoryKb();
    await Promise.all([api.stop(), rawApi.stop()]);
    let plans: RequestPlans[] = [];
    if (options.explain) {
      log('query plans of the 12-month kpiValues requests…');
      const yearValues = cases.filter((request) => request.operation === 'kpiValues' && request.period === '12 months');
      plans = await explainRequests(options.root, server, benchUrl, databases.bench, yearValues);
    }

    const concurrency: ConcurrencyResult[] = [];
    let demoMemory: number | undefined;
    if (options.clients.length > 0) {
      log('loading the demo data for the concurrent clients…');
      const demoDir = join(work, 'demo');
      await generateDemoBundle({ outDir: demoDir, now });
      const demoUrl = await createDatabase(server.url, databases.demo);
      await productImport(options.root, demoDir, demoUrl);
      const demo = await startApiServer(options.root, demoUrl);
      servers.push(demo);
      await demo.login();
      const companyYear = cases[0];
      await demo.request(companyYear.query, companyYear.variables);
      for (const clients of options.clients) {
        log(`${clients} concurrent clients for ${options.concurrencySeconds} s…`);
        concurrency.push(await loadClients(demo, companyYear, clients, options.concurrencySeconds));
      }
      demoMemory = demo.peakMemoryKb();
      await demo.stop();
    }
    const result: BenchResult = {
      startedAt,
      machine: { cpus: cpus().length, memoryMb: Math.round(totalmem() / 1024 / 1024), node: process.version },
      database: server.embedded ? 'embedded' : 'DATABASE_URL',
      size: options.size,
      bundle: { counts: bundle.counts, rows: bundle.rows, from: bundle.from, until: bundle.until },
      generateMs,
      import: {
        rows: product.rows,
        productMs: product.ms,
        productWallMs: product.wallMs,
        productRowsPerSecond: rate(product.rows, product.ms),
        rawRows: raw.rows,
        rawMs: raw.ms,
        rawRowsPerSecond: rate(raw.rows, raw.ms),
        ratio: rate(product.rows, product.ms) / rate(raw.rows, raw.ms),
        steps: product.steps,
      },
      requests,
      concurrency,
      peakMemoryKb: { bench: benchMemory, demo: demoMemory },
      plans,
    };
    if (options.resultsDir) {
      await mkdir(options.resultsDir, { recursive: true });
      const file = join(options.resultsDir, `${startedAt.replace(/[:.]/g, '-')}.json`);
      await writeFile(file, JSON.stringify(result, null, 2) + '\n');
      log(`results written to ${file}`);
    }
    return result;
  } finally {
    await Promise.all(servers.map((api) => api.stop()));
    if (!server.embedded) {
      for (const name of Object.values(databases)) {
        await dropDatabase(server.url, name).catch(() => undefined);
      }
    }
    await server.stop();
    await rm(work, { recursive: true, force: true });
  }
}
