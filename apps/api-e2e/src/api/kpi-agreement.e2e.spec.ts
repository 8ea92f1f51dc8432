import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import fc from 'fast-check';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { generateDemoBundle, TEAM_TARGET_TEAM_ID } from '@salesdash/tools/demo-data';
import { type ApiServer, runImport, startApiServer } from '../support/api-server';
import {
  computeReferenceKpis,
  type CorridorBasis,
  type CorridorPolicy,
  type Pace,
  parseBundle,
  type ReferenceKpiValue,
} from '../support/reference-kpis';

/** The judged fields of a KpiValue and a KpiPoint (docs/kpis.md, #running-periods; docs/corridors.md#basis). */
const JUDGED_FIELDS = 'value sampleSize target status policyVersion basis judgedValue targetToDate forecast pace';

const KPI_VALUES = `query ($filter: KpiFilter!) {
  kpiValues(filter: $filter) { kpi businessModel ${JUDGED_FIELDS} }
}`;

const KPI_VALUES_BY_SCOPE = `query ($filter: KpiScopesFilter!) {
  kpiValuesByScope(filter: $filter) { scopeType scopeId values { kpi businessModel ${JUDGED_FIELDS} } }
}`;

type Judged = Pick<
  ReferenceKpiValue,
  | 'value'
  | 'sampleSize'
  | 'target'
  | 'status'
  | 'policyVersion'
  | 'basis'
  | 'judgedValue'
  | 'targetToDate'
  | 'forecast'
  | 'pace'
>;

interface Row extends Judged {
  kpi: string;
  businessModel: string;
}

interface Point extends Judged {
  from: string;
  to: string;
}

type Scope = { type: 'COMPANY' | 'REGION' | 'TEAM' | 'REP'; id?: string };

type Filter = {
  from: string;
  to: string;
  asOf?: string;
  businessModels?: string[];
  scope?: Scope;
};

/** Equal to 1e-6 (relative for large sums such as won volume in EUR). */
function agrees(actual: number | null, expected: number | null): boolean {
  if (actual === null || expected === null) {
    return actual === expected;
  }
  return Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
}

const NUMBERS = ['value', 'target', 'judgedValue', 'targetToDate', 'forecast'] as const;
const EXACT = ['sampleSize', 'status', 'policyVersion', 'basis', 'pace'] as const;

/** Every field in which the API differs from the reference, as `field: reference … api …`. */
function differences(actual: Judged | undefined, reference: Judged): string[] {
  if (actual === undefined) {
    return ['no row'];
  }
  const numbers = NUMBERS.filter((field) => !agrees(actual[field], reference[field]));
  const exact = EXACT.filter((field) => actual[field] !== reference[field]);
  return [...numbers, ...exact].map((field) => `${field}: reference ${reference[field]}, api ${actual[field]}`);
}

interface CorridorRecord {
  business_model: string;
  kpi: string;
  version: number;
  effective_from: string;
  acceptable_min: number | null;
  acceptable_max: number | null;
  tolerated_min: number | null;
  tolerated_max: number | null;
  min_sample_size: number | null;
  basis: CorridorBasis | null;
}

/** Every model-wide corridor version, as stored: input data for the reference, which picks the one in force. */
async function storedCorridors(db: TestDatabase): Promise<CorridorPolicy[]> {
  const records: CorridorRecord[] = await db.dataSource.query(
    `SELECT business_model, kpi, version, effective_from::text AS effective_from, acceptable_min, acceptable_max,
            tolerated_min, tolerated_max, min_sample_size, basis
     FROM corridor_policy WHERE segment IS NULL`,
  );
  return records.map((r) => ({
    businessModel: r.business_model,
    kpi: r.kpi,
    version: Number(r.version),
    effectiveFrom: r.effective_from,
    acceptableMin: r.acceptable_min,
    acceptableMax: r.acceptable_max,
    toleratedMin: r.tolerated_min,
    toleratedMax: r.tolerated_max,
    minSampleSize: r.min_sample_size,
    basis: r.basis,
  }));
}

describe('kpiValues agrees with an independent computation from the imported demo bundle', () => {
  const now = new Date();
  let db: TestDatabase;
  let api: ApiServer;
  let token: string;
  let folder: string;
  let bundle: ReturnType<typeof parseBundle>;
  let corridors: CorridorPolicy[];
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
    // The database is not empty, so demo mode only gives the demo logins their password (and seeds
    // the demo corridors, there being none).
    api = await startApiServer(db.url, { DEMO_DATA: 'true' });
    token = await api.login('management@demo.local', 'demo-password');
    await publishBasisCorridors(await api.login('controlling@demo.local', 'demo-password'));
    corridors = await storedCorridors(db);
  });

  /**
   * On top of the demo corridors, versions of every basis from the 20th of the month three months ago
   * (in force for the recent periods below, not for the older trend months). WON_VOLUME gets two
   * versions of the same date: the higher one (SHARE_OF_TARGET) is in force.
   */
  async function publishBasisCorridors(controlling: string): Promise<void> {
    const effectiveFrom = `${monthsAgo(3).slice(0, 8)}20`;
    const drafts = [
      { kpi: 'NEW_LEADS', basis: 'PER_REP_MONTH', acceptableMin: 10, toleratedMin: 5, minSampleSize: 5 },
      { kpi: 'WON_DEALS', basis: 'PER_REP_MONTH', acceptableMin: 2, toleratedMin: 1, minSampleSize: 3 },
      {
        kpi: 'PIPELINE_VALUE',
        basis: 'PER_REP_MONTH',
        acceptableMin: 100_000,
        acceptableMax: 2_000_000,
        toleratedMin: 50_000,
        toleratedMax: 4_000_000,
      },
      { kpi: 'WON_VOLUME', basis: 'VALUE', acceptableMin: 0 },
      {
        kpi: 'WON_VOLUME',
        basis: 'SHARE_OF_TARGET',
        acceptableMin: 1,
        acceptableMax: 1.5,
        toleratedMin: 0.8,
        toleratedMax: 2,
        minSampleSize: 3,
      },
      { kpi: 'ACTIVITIES', basis: 'SHARE_OF_TARGET', acceptableMin: 0.9, toleratedMin: 0.7 },
    ];
    for (const businessModel of ['CONSUMER_LOANS', 'PREMIUM_FINANCING']) {
      for (const draft of drafts) {
        const [{ latest }] = await db.dataSource.query(
          `SELECT max(version) AS latest FROM corridor_policy
           WHERE business_model = $1 AND kpi = $2 AND segment IS NULL`,
          [businessModel, draft.kpi],
        );
        const input = {
          businessModel,
          effectiveFrom,
          rationale: 'Agreement test: one corridor per basis.',
          expectedVersion: latest === null ? null : Number(latest),
          ...draft,
        };
        const published = await api.graphql(
          'mutation ($input: PublishCorridorInput!) { publishCorridor(input: $input) { version } }',
          { input },
          controlling,
        );
        expect(published.errors).toBeUndefined();
      }
    }
  }

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
  const daysAgo = (days: number) => new Date(Date.parse(today()) - days * 86_400_000).toISOString().slice(0, 10);
  /** An instant on day `day` of the month `monthsAgo(months)`, e.g. `dayOf(3, 15, '13:27:45.123')`. */
  const dayOf = (months: number, day: number, time: string) =>
    `${monthsAgo(months).slice(0, 8)}${String(day).padStart(2, '0')}T${time}Z`;
  /** Lazy: the ids are known once the bundle is imported. */
  const scopes: [string, () => Scope][] = [
    ['company', () => ({ type: 'COMPANY' })],
    ['region of the demo rep', () => ({ type: 'REGION', id: ids.region })],
    ['team of the demo manager', () => ({ type: 'TEAM', id: ids.team })],
    ['team with TEAM target rows', () => ({ type: 'TEAM', id: TEAM_TARGET_TEAM_ID })],
    ['the demo rep', () => ({ type: 'REP', id: ids.rep })],
  ];

  /** Asks kpiValues and the reference the same filter; returns every disagreement. */
  async function disagreements(filter: Filter): Promise<{ kpi: string; businessModel: string; problems: string[] }[]> {
    const asOf = filter.asOf ?? now.toISOString();
    const result = await api.graphql<{ kpiValues: Row[] }>(KPI_VALUES, { filter: { ...filter, asOf } }, token);
    expect(result.errors).toBeUndefined();
    const actual = result.data?.kpiValues ?? [];
    const expected = computeReferenceKpis(bundle, { ...filter, asOf }, now, corridors);
    expect(actual).toHaveLength(expected.length);
    return expected.flatMap((reference) => {
      const row = actual.find((a) => a.kpi === reference.kpi && a.businessModel === reference.businessModel);
      const problems = differences(row, reference);
      return problems.length === 0 ? [] : [{ kpi: reference.kpi, businessModel: reference.businessModel, problems }];
    });
  }

  it('reads the stored corridors, of every basis', () => {
    expect(corridors.length).toBeGreaterThan(0);
    const bases = new Set(corridors.map((corridor) => corridor.basis ?? 'VALUE'));
    expect([...bases].sort()).toEqual(['PER_REP_MONTH', 'SHARE_OF_TARGET', 'VALUE']);
  });

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
    expect(await disagreements(makeFilter())).toEqual([]);
  });

  /**
   * Random filters (fast-check; the seed is printed and AGREEMENT_SEED replays it): a period of one
   * day to fifteen months anywhere in the data's 24 months and a little beyond, an asOf before, inside
   * or after it (or none: now), any scope, one model or both.
   */
  it('agrees for random filters', async () => {
    const seed = Number(process.env['AGREEMENT_SEED'] ?? Date.now() % 1_000_000);
    console.log(`random filters: AGREEMENT_SEED=${seed}`);
    const start = Date.parse(monthsAgo(24));
    const dayAt = (offset: number) => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 760 }),
        fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 62 }), fc.integer({ min: 28, max: 460 })),
        fc.option(fc.integer({ min: 0, max: 800 * 24 }), { nil: undefined }),
        fc.constantFrom(...scopes.map(([, makeScope]) => makeScope)),
        fc.constantFrom<string[] | undefined>(undefined, ['PREMIUM_FINANCING'], ['CONSUMER_LOANS']),
        async (fromDay, length, asOfHour, makeScope, businessModels) => {
          const filter: Filter = {
            from: dayAt(fromDay),
            to: dayAt(fromDay + length),
            asOf: asOfHour === undefined ? undefined : new Date(start + asOfHour * 3_600_000 + 1_234).toISOString(),
            scope: makeScope(),
            ...(businessModels ? { businessModels } : {}),
          };
          const found = await disagreements(filter);
          if (found.length > 0) {
            throw new Error(`${JSON.stringify(filter)}: ${JSON.stringify(found.slice(0, 3))}`);
          }
        },
      ),
      { seed, numRuns: 40 },
    );
  });

  /**
   * §4.2 phases of one period P, each at every scope. The asOf instants are mid-day, so that the
   * elapsed part is fractional; those in the past also have facts after asOf inside P.
   */
  const phases: [string, () => Filter][] = [
    ['ended month (asOf now)', () => ({ from: monthsAgo(3), to: monthsAgo(2) })],
    [
      'running month, asOf mid-month and mid-day',
      () => ({ from: monthsAgo(3), to: monthsAgo(2), asOf: dayOf(3, 15, '13:27:45.123') }),
    ],
    [
      'running month, < 20 % elapsed (TOO_EARLY)',
      () => ({ from: monthsAgo(3), to: monthsAgo(2), asOf: dayOf(3, 4, '06:00:00') }),
    ],
    ['month not started yet', () => ({ from: monthsAgo(3), to: monthsAgo(2), asOf: dayOf(4, 10, '12:00:00') })],
    [
      'running quarter, asOf in its second month (fractional months)',
      () => ({ from: monthsAgo(5), to: monthsAgo(2), asOf: dayOf(4, 10, '18:00:00') }),
    ],
    ['current month running, asOf now', () => ({ from: monthsAgo(0), to: monthsAgo(-1) })],
    // No fact lies after now: the one running case whose value no reading of asOf can change.
    ['15 days around today, asOf now (running, spans two months)', () => ({ from: daysAgo(10), to: daysAgo(-5) })],
    ['next six months running, asOf now (< 20 % elapsed)', () => ({ from: monthsAgo(0), to: monthsAgo(-6) })],
  ];
  const phaseCases = phases.flatMap(([phase, makeFilter]) =>
    scopes.map(([scopeName, makeScope]) => [phase, scopeName, makeFilter, makeScope] as const),
  );

  it.each(phaseCases)('%s, %s', async (_phase, _scope, makeFilter, makeScope) => {
    expect(await disagreements({ ...makeFilter(), scope: makeScope() })).toEqual([]);
  });

  it.each(['REGION', 'TEAM', 'REP'] as const)(
    'answers kpiValuesByScope for every %s (one request) exactly as kpiValues answers each',
    async (level) => {
      const rows: { id: string }[] = await db.dataSource.query(
        level === 'REGION'
          ? 'SELECT region_id AS id FROM region ORDER BY region_id'
          : level === 'TEAM'
            ? 'SELECT team_id AS id FROM team ORDER BY team_id'
            : `SELECT user_id AS id FROM app_user WHERE role = 'SALES_REP' ORDER BY user_id LIMIT 12`,
      );
      const ids = rows.map((row) => row.id);
      const period = { from: monthsAgo(3), to: monthsAgo(2), asOf: dayOf(3, 15, '13:27:45.123') };
      const result = await api.graphql<{ kpiValuesByScope: { scopeType: string; scopeId: string; values: Row[] }[] }>(
        KPI_VALUES_BY_SCOPE,
        { filter: { ...period, level, ids } },
        token,
      );
      expect(result.errors).toBeUndefined();
      const answered = result.data?.kpiValuesByScope ?? [];
      expect(answered.map((scope) => [scope.scopeType, scope.scopeId])).toEqual(ids.map((id) => [level, id]));
      for (const scope of answered) {
        const alone = await api.graphql<{ kpiValues: Row[] }>(
          KPI_VALUES,
          { filter: { ...period, scope: { type: level, id: scope.scopeId } } },
          token,
        );
        expect(scope.values).toEqual(alone.data?.kpiValues);
      }
    },
  );

  it('exercises the judgements it compares: TOO_EARLY and verdicts, every stored basis, run-rate forecasts', () => {
    const seen = phases.flatMap(([, makeFilter]) =>
      scopes.flatMap(([, makeScope]) =>
        computeReferenceKpis(bundle, { asOf: now.toISOString(), ...makeFilter(), scope: makeScope() }, now, corridors),
      ),
    );
    const paces = new Set(seen.map((row) => row.pace));
    expect(paces.has('TOO_EARLY')).toBe(true);
    expect(['ON_TRACK', 'BEHIND', 'AT_RISK'].filter((pace) => paces.has(pace as Pace)).length).toBeGreaterThan(1);
    const bases = new Set(seen.map((row) => row.basis));
    expect(corridors.filter((corridor) => !bases.has(corridor.basis ?? 'VALUE'))).toEqual([]);
    expect(seen.some((row) => row.forecast !== null && row.value !== null && row.forecast > row.value)).toBe(true);
  });

  it.each([scopes[2], scopes[0]])(
    'answers kpiTrend (%s) with the reference numbers month by month, the last month running',
    async (_name, makeScope) => {
      const scope = makeScope();
      const to = monthsAgo(-1);
      const asOf = now.toISOString();
      const result = await api.graphql<{ kpiTrend: { kpi: string; businessModel: string; points: Point[] }[] }>(
        `query ($filter: KpiTrendFilter!) {
        kpiTrend(filter: $filter) { kpi businessModel points { from to ${JUDGED_FIELDS} } }
      }`,
        { filter: { to, asOf, scope } },
        token,
      );
      expect(result.errors).toBeUndefined();
      const series = result.data?.kpiTrend ?? [];
      expect(series).toHaveLength(36);
      const months = series[0].points;
      // The last point is the current month, which runs at asOf.
      expect(months[months.length - 1]).toMatchObject({ from: monthsAgo(0), to });
      const mismatches = months.flatMap((point, index) => {
        const expected = computeReferenceKpis(bundle, { from: point.from, to: point.to, asOf, scope }, now, corridors);
        return expected.flatMap((reference) => {
          const actual = series.find((s) => s.kpi === reference.kpi && s.businessModel === reference.businessModel)
            ?.points[index];
          const problems = differences(actual, reference);
          return problems.length === 0
            ? []
            : [{ month: point.from, kpi: reference.kpi, businessModel: reference.businessModel, problems }];
        });
      });
      expect(mismatches).toEqual([]);
    },
  );

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
