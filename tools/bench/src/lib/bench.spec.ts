import { readFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineBusyCpuMs, processCpuMs } from './cpu-time';
import { generateBenchBundle } from './generate-bundle';
import { rawTableSql } from './raw-copy';
import { formatBenchTable, requestCases, runBench } from './run-bench';
import { QUICK_SIZE, sizeForDeals } from './sizes';
import { percentile } from './stats';

const ROOT = join(__dirname, '..', '..', '..', '..');
const NOW = new Date('2026-03-15T10:00:00Z');

describe('bench pieces', () => {
  it('generates a bundle of the asked size, all timestamps before the horizon', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesdash-bench-spec-'));
    try {
      const size = { ...sizeForDeals(1_000), name: 'tiny' };
      const bundle = await generateBenchBundle(dir, size, NOW);
      expect(bundle.counts['deals.csv']).toBe(1_000);
      expect(bundle.counts['interactions.csv']).toBe(size.interactions);
      expect(bundle.counts['feedback.csv']).toBe(size.feedback);
      expect(bundle.counts['stage_events.csv']).toBeGreaterThan(4_000);
      expect(bundle.counts['stage_events.csv']).toBeLessThan(6_000);
      const events = (await readFile(join(dir, 'stage_events.csv'), 'utf8')).trim().split('\n').slice(1);
      expect(events.every((line) => line.split(',')[3] < bundle.until)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the CPU time of a process and of the machine, both growing with work', () => {
    const processBefore = processCpuMs(process.pid);
    const machineBefore = machineBusyCpuMs();
    // Busy until both counters have moved by a clock tick (10 ms; each is counted apart); 5 s at most.
    const moved = () => processCpuMs(process.pid) !== processBefore && machineBusyCpuMs() !== machineBefore;
    for (const end = Date.now() + 5_000; Date.now() < end && !moved(); ) {
      Math.sqrt(Math.random());
    }
    expect(processCpuMs(process.pid)).toBeGreaterThan(processBefore ?? Infinity);
    expect(machineBusyCpuMs()).toBeGreaterThan(machineBefore ?? Infinity);
    expect(processCpuMs(2 ** 31)).toBeUndefined();
  });

  it('computes nearest-rank percentiles', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
  });

  it('gives every raw table a primary key', () => {
    expect(rawTableSql('deals.csv')).toContain('deal_id text PRIMARY KEY');
    expect(rawTableSql('deals.csv')).toContain('created_at timestamptz');
  });

  it('asks company, team and rep for 12 months and the running month', () => {
    const cases = requestCases(NOW, 'T1', 'U1');
    expect(cases).toHaveLength(12);
    expect(cases[0].variables).toEqual({
      filter: { from: '2025-03-01', to: '2026-03-01', scope: { type: 'COMPANY' } },
    });
    expect(cases[1].variables).toEqual({
      filter: { from: '2026-03-01', to: '2026-03-16', scope: { type: 'COMPANY' } },
    });
  });
});

// End to end on the quick size, against the test PostgreSQL: generator, the built import CLI, raw
// COPY, the built server and one timed request. No timing assertions.
describe('npm run bench -- --quick (smoke)', () => {
  it('imports through the product and raw COPY and times one request', async () => {
    const lines: string[] = [];
    const result = await runBench({
      root: ROOT,
      size: QUICK_SIZE,
      repetitions: 1,
      clients: [2],
      concurrencySeconds: 1,
      databaseUrl: process.env['SALESDASH_TEST_SERVER_URL'],
      firstCaseOnly: true,
      log: (line) => lines.push(line),
    });

    expect(result.import.rows).toBe(result.bundle.rows);
    expect(result.import.rawRows).toBe(result.bundle.rows);
    expect(result.import.steps.map((step) => step.split(/ {2,}/)[0])).toContain('stage rules over the loaded rows');
    expect(result.requests).toHaveLength(1);
    expect(result.requests[0].errors).toEqual({});
    expect(result.requests[0]).toMatchObject({ repetitions: 1, rawRepetitions: 1 });
    expect(result.requests[0].firstMs).toBeGreaterThan(0);
    expect(result.requests[0].rawP50Ms).toBeGreaterThan(0);
    expect(result.concurrency).toHaveLength(1);
    expect(result.concurrency[0]).toMatchObject({ clients: 2, errors: {} });
    expect(result.concurrency[0].ok).toBeGreaterThan(0);
    expect(result.concurrency[0].cpuMsPerRequest.clients).toBeGreaterThan(0);
    const table = formatBenchTable(result);
    expect(table).toContain('kpiValues company 12 months');
    expect(table).toMatch(/2 clients: API server [\d.]+ ms, the bench's clients [\d.]+ ms, whole machine [\d.]+ ms/);
    expect(table).toMatch(/\(p50 of 1\) \| [\d.]+× \(raw ÷ product\)/);
  });
});
