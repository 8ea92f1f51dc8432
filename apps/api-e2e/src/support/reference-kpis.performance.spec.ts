import { KPI_CODES, type KpiCode } from '@salesdash/shared/domain';
import {
  computeReferenceKpis,
  parseBundle,
  type ReferenceBundle,
  type ReferenceFilter,
  validateBundle,
} from './reference-kpis';
import { syntheticBundle } from './reference/synthetic-bundle';

const SUMMED: readonly KpiCode[] = ['NEW_LEADS', 'WON_DEALS', 'WON_VOLUME', 'PIPELINE_VALUE', 'ACTIVITIES'];
const MS_PER_FILTER = 5_000;

function milliseconds<T>(work: () => T): [T, number] {
  const started = process.hrtime.bigint();
  const result = work();
  return [result, Number(process.hrtime.bigint() - started) / 1e6];
}

describe('the reference implementation on a demo-sized bundle', () => {
  let bundle: ReferenceBundle;
  let parseMs: number;
  beforeAll(() => {
    const files = syntheticBundle();
    [bundle, parseMs] = milliseconds(() => parseBundle(files));
  }, 60_000);
  const year: ReferenceFilter = { from: '2025-07-01', to: '2026-07-01', asOf: '2026-09-01T00:00:00Z' };

  it('parses a valid bundle of demo size', () => {
    console.log(
      `parsed ${bundle.deals.length} deals, ${bundle.stageEvents.length} events, ${bundle.interactions.length} ` +
        `interactions, ${bundle.feedback.length} feedback, ${bundle.targets.length} targets in ${parseMs.toFixed(0)} ms`,
    );
    expect(bundle.deals).toHaveLength(25_000);
    expect(bundle.stageEvents.length).toBeGreaterThan(95_000);
    expect(validateBundle(bundle)).toEqual([]);
  });

  it.each([
    ['company, a year', year],
    ['company, 24 months, default asOf', { from: '2024-07-01', to: '2026-07-01' }],
    ['a region, a quarter', { from: '2026-01-01', to: '2026-04-01', scope: { type: 'REGION', id: 'R1' } }],
    ['a team, a month', { from: '2026-03-01', to: '2026-04-01', scope: { type: 'TEAM', id: 'T4' } }],
    ['a rep, a year', { ...year, scope: { type: 'REP', id: 'U7' } }],
  ] as const)('computes all 18 KPIs × 2 models for %s within the budget', (_name, filter: ReferenceFilter) => {
    const [rows, ms] = milliseconds(() => computeReferenceKpis(bundle, filter));
    console.log(`${_name}: ${ms.toFixed(0)} ms`);
    expect(rows).toHaveLength(KPI_CODES.length * 2);
    expect(ms).toBeLessThan(MS_PER_FILTER);
  });

  it('adds up: counts, sums and targets of the regions equal the company’s (every rep has a team)', () => {
    const company = computeReferenceKpis(bundle, { ...year, kpis: SUMMED });
    const regions = bundle.regions.flatMap((region) =>
      computeReferenceKpis(bundle, { ...year, kpis: SUMMED, scope: { type: 'REGION', id: region.regionId } }),
    );
    for (const row of company) {
      const parts = regions.filter((r) => r.kpi === row.kpi && r.businessModel === row.businessModel);
      expect(parts.reduce((sum, r) => sum + (r.value ?? 0), 0)).toBeCloseTo(row.value ?? 0, 6);
      expect(parts.reduce((sum, r) => sum + r.sampleSize, 0)).toBe(row.sampleSize);
      expect(parts.reduce((sum, r) => sum + (r.target ?? 0), 0)).toBeCloseTo(row.target ?? 0, 6);
    }
  });
});
