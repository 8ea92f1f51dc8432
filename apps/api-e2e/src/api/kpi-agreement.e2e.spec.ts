import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { generateDemoBundle } from '@salesdash/tools/demo-data';
import { type ApiServer, runImport, startApiServer } from '../support/api-server';
import { computeReferenceKpis, parseBundle } from '../support/reference-kpis';

const KPI_VALUES = `query ($filter: KpiFilter!) {
  kpiValues(filter: $filter) { kpi businessModel value sampleSize target }
}`;

interface Row {
  kpi: string;
  businessModel: string;
  value: number | null;
  sampleSize: number;
  target: number | null;
}

type Filter = {
  from: string;
  to: string;
  asOf?: string;
  businessModels?: string[];
  scope?: { type: 'COMPANY' | 'REGION' | 'TEAM' | 'REP'; id?: string };
};

/** Equal to 1e-6 (relative for large sums such as won volume in EUR). */
function agrees(actual: number | null, expected: number | null): boolean {
  if (actual === null || expected === null) {
    return actual === expected;
  }
  return Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
}

describe('kpiValues agrees with an independent computation from the imported demo bundle', () => {
  const now = new Date();
  let db: TestDatabase;
  let api: ApiServer;
  let token: string;
  let folder: string;
  let bundle: ReturnType<typeof parseBundle>;
  let ids: { region: string; team: string; rep: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    folder = mkdtempSync(join(tmpdir(), 'salesdash-agreement-'));
    await generateDemoBundle({ outDir: folder, now });
    const imported = await runImport(folder, db.url);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/rows\/s/);
    console.log(imported.stdout);
    const files = Object.fromEntries(
      readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')] as const),
    );
    bundle = parseBundle(files);
    const [rep] = await db.dataSource.query(
      `SELECT u.user_id AS rep, u.team_id AS team, t.region_id AS region
       FROM app_user u JOIN team t ON t.team_id = u.team_id WHERE u.email = 'rep@demo.local'`,
    );
    ids = rep;
    // The database is not empty, so demo mode only gives the demo logins their password.
    api = await startApiServer(db.url, { DEMO_DATA: 'true' });
    token = await api.login('management@demo.local', 'demo-password');
  });

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  const today = () => now.toISOString().slice(0, 10);
  const monthsAgo = (months: number) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
    return date.toISOString().slice(0, 10);
  };

  const filters: [string, () => Filter][] = [
    ['company, 24 months up to the next month', () => ({ from: monthsAgo(23), to: monthsAgo(-1) })],
    [
      'company, last full quarter-ish window, premium only',
      () => ({ from: monthsAgo(5), to: monthsAgo(2), businessModels: ['PREMIUM_FINANCING'] }),
    ],
    [
      'region of the demo rep, 12 months',
      () => ({ from: monthsAgo(12), to: monthsAgo(0), scope: { type: 'REGION', id: ids.region } }),
    ],
    [
      'team of the demo manager, 6 months',
      () => ({ from: monthsAgo(6), to: today(), scope: { type: 'TEAM', id: ids.team } }),
    ],
    ['the demo rep, 12 months', () => ({ from: monthsAgo(12), to: monthsAgo(0), scope: { type: 'REP', id: ids.rep } })],
    [
      'company, a month with asOf in the past',
      () => ({ from: monthsAgo(8), to: monthsAgo(7), asOf: `${monthsAgo(6)}T12:00:00Z` }),
    ],
    [
      'company, one day',
      () => ({ from: monthsAgo(3), to: new Date(Date.parse(monthsAgo(3)) + 86_400_000).toISOString().slice(0, 10) }),
    ],
  ];

  it.each(filters)('%s', async (_name, makeFilter) => {
    const filter = makeFilter();
    const asOf = filter.asOf ?? now.toISOString();
    const result = await api.graphql<{ kpiValues: Row[] }>(KPI_VALUES, { filter: { ...filter, asOf } }, token);
    expect(result.errors).toBeUndefined();
    const actual = result.data?.kpiValues ?? [];
    const expected = computeReferenceKpis(bundle, { ...filter, asOf }, now);
    expect(actual).toHaveLength(expected.length);
    const mismatches = expected.flatMap((reference) => {
      const row = actual.find((a) => a.kpi === reference.kpi && a.businessModel === reference.businessModel);
      const same =
        row !== undefined &&
        row.sampleSize === reference.sampleSize &&
        agrees(row.value, reference.value) &&
        agrees(row.target, reference.target);
      return same ? [] : [{ reference, api: row }];
    });
    expect(mismatches).toEqual([]);
  });

  it('answers kpiTrend with the same numbers as kpiValues month by month', async () => {
    const to = monthsAgo(-1);
    const asOf = now.toISOString();
    const result = await api.graphql<{
      kpiTrend: {
        kpi: string;
        businessModel: string;
        points: { from: string; to: string; value: number | null; sampleSize: number }[];
      }[];
    }>(
      `query ($filter: KpiTrendFilter!) {
        kpiTrend(filter: $filter) { kpi businessModel points { from to value sampleSize } }
      }`,
      { filter: { to, asOf, scope: { type: 'TEAM', id: ids.team } } },
      token,
    );
    expect(result.errors).toBeUndefined();
    const series = result.data?.kpiTrend ?? [];
    expect(series).toHaveLength(36);
    const mismatches = series[0].points.flatMap((point, index) => {
      const expected = computeReferenceKpis(
        bundle,
        { from: point.from, to: point.to, asOf, scope: { type: 'TEAM', id: ids.team } },
        now,
      );
      return expected.flatMap((reference) => {
        const actual = series.find((s) => s.kpi === reference.kpi && s.businessModel === reference.businessModel)
          ?.points[index];
        const same =
          actual !== undefined && actual.sampleSize === reference.sampleSize && agrees(actual.value, reference.value);
        return same ? [] : [{ month: point.from, reference, actual }];
      });
    });
    expect(mismatches).toEqual([]);
  });

  it('answers kpiValues for all KPIs, company scope, 24 months fast enough to quote', async () => {
    const filter = { from: monthsAgo(23), to: monthsAgo(-1) };
    const timings: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = process.hrtime.bigint();
      const result = await api.graphql(KPI_VALUES, { filter }, token);
      timings.push(Number(process.hrtime.bigint() - started) / 1e6);
      expect(result.errors).toBeUndefined();
    }
    timings.sort((a, b) => a - b);
    console.log(
      `kpiValues, 18 KPIs × 2 models, company, 24 months: median ${timings[2].toFixed(1)} ms (runs: ${timings.map((t) => t.toFixed(1)).join(', ')})`,
    );
    expect(timings[2]).toBeLessThan(5_000);
  });
});
