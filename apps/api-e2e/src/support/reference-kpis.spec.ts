import { KPI_CASES, type KpiCase, type KpiCaseExpectation } from '@salesdash/api/testing';
import { KPI_CODES } from '@salesdash/shared/domain';
import {
  computeReferenceKpis,
  parseBundle,
  type ReferenceBundle,
  type ReferenceKpiValue,
  validateBundle,
} from './reference-kpis';

const TOLERANCE = 1e-9;
const BOTH_MODELS = ['CONSUMER_LOANS', 'PREMIUM_FINANCING'];

function sameNumber(actual: number | null, expected: number | null): boolean {
  if (actual === null || expected === null) {
    return actual === expected;
  }
  return Math.abs(actual - expected) <= TOLERANCE;
}

/** Every difference between an expected row and the reference rows, as readable lines. */
function differences(expected: KpiCaseExpectation, rows: readonly ReferenceKpiValue[]): string[] {
  const label = `${expected.kpi}/${expected.businessModel}`;
  const row = rows.find((r) => r.kpi === expected.kpi && r.businessModel === expected.businessModel);
  if (!row) {
    return [`${label}: no row`];
  }
  const problems: string[] = [];
  if (!sameNumber(row.value, expected.value)) {
    problems.push(`${label} value: expected ${expected.value}, reference ${row.value}`);
  }
  if (row.sampleSize !== expected.sampleSize) {
    problems.push(`${label} sampleSize: expected ${expected.sampleSize}, reference ${row.sampleSize}`);
  }
  if (expected.target !== undefined && !sameNumber(row.target, expected.target)) {
    problems.push(`${label} target: expected ${expected.target}, reference ${row.target}`);
  }
  return problems;
}

const parsed = new Map<KpiCase, ReferenceBundle>();
function bundleOf(kpiCase: KpiCase): ReferenceBundle {
  let bundle = parsed.get(kpiCase);
  if (!bundle) {
    bundle = parseBundle(kpiCase.bundle);
    parsed.set(kpiCase, bundle);
  }
  return bundle;
}

describe('the reference KPI implementation reproduces every hand-computed case', () => {
  it('has cases that check every one of the 18 KPIs', () => {
    const checked = new Set(KPI_CASES.flatMap((c) => c.requests.flatMap((r) => r.expected.map((e) => e.kpi))));
    expect(KPI_CODES.filter((code) => !checked.has(code))).toEqual([]);
  });

  describe.each(KPI_CASES.map((kpiCase) => [kpiCase.name, kpiCase] as const))('%s', (_name, kpiCase) => {
    it('is a valid bundle under §3', () => {
      expect(validateBundle(bundleOf(kpiCase))).toEqual([]);
    });

    it.each(kpiCase.requests.map((request, index) => [index + 1, request] as const))(
      'request %i',
      (_index, request) => {
        const rows = computeReferenceKpis(bundleOf(kpiCase), request.filter);
        // One row per requested KPI and business model (default: all 18 × both models).
        const kpis = request.filter.kpis ?? KPI_CODES;
        const models = request.filter.businessModels ?? BOTH_MODELS;
        const expectedKeys = kpis.flatMap((kpi) => models.map((model) => `${kpi}/${model}`));
        expect(rows.map((row) => `${row.kpi}/${row.businessModel}`).sort()).toEqual(expectedKeys.sort());
        expect(request.expected.flatMap((expected) => differences(expected, rows))).toEqual([]);
      },
    );
  });
});
