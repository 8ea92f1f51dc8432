import fc from 'fast-check';
import type { CorridorBasis } from './corridor-basis';
import {
  corridorBands,
  type CorridorDraft,
  MAX_RATIONALE_LENGTH,
  periodLastDay,
  policyInForce,
  type PolicyVersion,
  validateCorridor,
} from './corridor-rules';
import { type CorridorBands, judgeKpi, valueInputs } from './kpi-status';
import { englishTextOf } from './messages';

const kpiStatus = (value: number | null, sampleSize: number, bands: CorridorBands) =>
  judgeKpi(valueInputs(value, sampleSize), bands).status;

const RATIONALE = 'Fits the business model.';

/** The issues of a draft as the English texts name them, without their codes. */
const englishIssues = (draft: CorridorDraft, kpi: Parameters<typeof validateCorridor>[1]) =>
  validateCorridor(draft, kpi).map((issue) => ({ field: issue.field, message: englishTextOf(issue) }));
const ONBOARDING: CorridorDraft = {
  acceptableMin: 10,
  acceptableMax: 35,
  toleratedMin: 5,
  toleratedMax: 45,
  minSampleSize: 3,
  rationale: RATIONALE,
};

describe('status against a corridor', () => {
  const bands = corridorBands(ONBOARDING);

  it.each([
    [4.999, 'UNACCEPTABLE'],
    [5, 'TOLERATED'],
    [9.999, 'TOLERATED'],
    [10, 'ACCEPTABLE'],
    [22, 'ACCEPTABLE'],
    [35, 'ACCEPTABLE'],
    [35.001, 'TOLERATED'],
    [45, 'TOLERATED'],
    [45.001, 'UNACCEPTABLE'],
  ] as const)('value %s on or beside the four inclusive bounds is %s', (value, expected) => {
    expect(kpiStatus(value, 3, bands)).toBe(expected);
  });

  it('reads open sides as unbounded', () => {
    const upperOnly = corridorBands({ acceptableMax: 0.005, toleratedMax: 0.01 });
    expect(kpiStatus(0, 5, upperOnly)).toBe('ACCEPTABLE');
    expect(kpiStatus(0.005, 5, upperOnly)).toBe('ACCEPTABLE');
    expect(kpiStatus(0.0051, 5, upperOnly)).toBe('TOLERATED');
    expect(kpiStatus(0.0101, 5, upperOnly)).toBe('UNACCEPTABLE');
    const lowerOnly = corridorBands({ acceptableMin: 0.98, toleratedMin: 0.95 });
    expect(kpiStatus(1, 5, lowerOnly)).toBe('ACCEPTABLE');
    expect(kpiStatus(0.95, 5, lowerOnly)).toBe('TOLERATED');
    expect(kpiStatus(0.9499, 5, lowerOnly)).toBe('UNACCEPTABLE');
  });

  it('tolerates everything outside acceptable when the tolerated band is open on both sides', () => {
    const bandsWithOpenTolerance = corridorBands({ acceptableMin: 10, acceptableMax: 20 });
    expect(kpiStatus(-1e9, 1, bandsWithOpenTolerance)).toBe('TOLERATED');
    expect(kpiStatus(1e9, 1, bandsWithOpenTolerance)).toBe('TOLERATED');
    expect(kpiStatus(15, 1, bandsWithOpenTolerance)).toBe('ACCEPTABLE');
  });

  it('is INSUFFICIENT_DATA below minSampleSize, judged from minSampleSize on, and 1 when missing', () => {
    expect(kpiStatus(20, 2, bands)).toBe('INSUFFICIENT_DATA');
    expect(kpiStatus(20, 3, bands)).toBe('ACCEPTABLE');
    const withoutMinimum = corridorBands({ acceptableMax: 1 });
    expect(withoutMinimum.minSampleSize).toBe(1);
    expect(kpiStatus(0.5, 0, withoutMinimum)).toBe('INSUFFICIENT_DATA');
    expect(kpiStatus(0.5, 1, withoutMinimum)).toBe('ACCEPTABLE');
  });

  it('keeps NO_DATA before INSUFFICIENT_DATA', () => {
    expect(kpiStatus(null, 0, bands)).toBe('NO_DATA');
  });

  it('never calls a value acceptable that the tolerated band would refuse, for any valid corridor', () => {
    const bound = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(bound, bound, bound, bound, fc.double({ min: -10, max: 110, noNaN: true }), (a, b, c, d, value) => {
        const draft = { acceptableMin: a, acceptableMax: b, toleratedMin: c, toleratedMax: d, rationale: RATIONALE };
        fc.pre(validateCorridor(draft, 'ONBOARDING_DAYS').length === 0);
        const status = kpiStatus(value, 1, corridorBands(draft));
        const inTolerated = (c === null || value >= c) && (d === null || value <= d);
        expect(status === 'UNACCEPTABLE').toBe(!inTolerated);
      }),
    );
  });
});

describe('validateCorridor', () => {
  const fieldsOf = (draft: CorridorDraft, kpi: Parameters<typeof validateCorridor>[1] = 'ONBOARDING_DAYS') =>
    validateCorridor(draft, kpi).map((issue) => issue.field);

  it('accepts a two-sided, a one-sided and a single-bound corridor', () => {
    expect(englishIssues(ONBOARDING, 'ONBOARDING_DAYS')).toEqual([]);
    expect(
      validateCorridor({ acceptableMax: 0.005, toleratedMax: 0.01, rationale: RATIONALE }, 'DEFAULT_RATE'),
    ).toEqual([]);
    expect(englishIssues({ acceptableMin: 0.98, rationale: RATIONALE }, 'DEFAULT_RATE')).toEqual([]);
    expect(englishIssues({ ...ONBOARDING, toleratedMin: 10, toleratedMax: 35 }, 'ONBOARDING_DAYS')).toEqual([]);
  });

  it('needs at least one bound', () => {
    expect(englishIssues({ rationale: RATIONALE }, 'ONBOARDING_DAYS')).toEqual([
      { field: 'acceptableMin', message: 'set at least one bound' },
    ]);
  });

  it('needs min ≤ max in each band (equal is fine)', () => {
    expect(fieldsOf({ acceptableMin: 5, acceptableMax: 4, rationale: RATIONALE })).toEqual(['acceptableMax']);
    expect(fieldsOf({ acceptableMin: 5, acceptableMax: 5, rationale: RATIONALE })).toEqual([]);
    expect(
      fieldsOf({ acceptableMin: 5, acceptableMax: 6, toleratedMin: 7, toleratedMax: 1, rationale: RATIONALE }),
    ).toEqual(['toleratedMax', 'toleratedMin', 'toleratedMax']);
  });

  it.each([
    [{ toleratedMin: 11 }, 'toleratedMin'],
    [{ toleratedMax: 34 }, 'toleratedMax'],
    [{ acceptableMin: null }, 'toleratedMin'],
    [{ acceptableMax: null }, 'toleratedMax'],
  ] as const)('needs the tolerated band to contain the acceptable one: %j', (change, field) => {
    expect(englishIssues({ ...ONBOARDING, ...change }, 'ONBOARDING_DAYS')).toEqual([
      { field, message: 'the tolerated band must contain the acceptable band' },
    ]);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('refuses the bound %s', (value) => {
    expect(englishIssues({ ...ONBOARDING, toleratedMax: value }, 'ONBOARDING_DAYS')).toEqual([
      { field: 'toleratedMax', message: 'must be a finite number' },
    ]);
  });

  it.each([
    ['DEFAULT_RATE', { acceptableMax: 1.5 }, 'acceptableMax', 'must lie within 0..1 for a RATE KPI (got 1.5)'],
    ['DEFAULT_RATE', { acceptableMin: -0.1 }, 'acceptableMin', 'must lie within 0..1 for a RATE KPI (got -0.1)'],
    ['CSAT', { acceptableMin: 0.5 }, 'acceptableMin', 'must lie within 1..5 for a SCORE KPI (got 0.5)'],
    [
      'NPS',
      { toleratedMin: -101, acceptableMin: 0 },
      'toleratedMin',
      'must lie within -100..100 for a NPS KPI (got -101)',
    ],
    ['ONBOARDING_DAYS', { acceptableMin: -1 }, 'acceptableMin', 'must lie within 0 or more for a DAYS KPI (got -1)'],
  ] as const)('keeps %s bounds within the unit range: %j', (kpi, draft, field, message) => {
    expect(englishIssues({ ...draft, rationale: RATIONALE }, kpi)).toEqual([{ field, message }]);
  });

  it('accepts the ends of the unit range', () => {
    expect(englishIssues({ acceptableMin: 0, acceptableMax: 1, rationale: RATIONALE }, 'DEFAULT_RATE')).toEqual([]);
    expect(englishIssues({ toleratedMin: -100, acceptableMin: 0, rationale: RATIONALE }, 'NPS')).toEqual([]);
  });

  it.each([0, -1, 1.5, 1_000_001])('refuses minSampleSize %s', (minSampleSize) => {
    expect(fieldsOf({ ...ONBOARDING, minSampleSize })).toEqual(['minSampleSize']);
  });

  it('takes a missing minSampleSize as 1', () => {
    expect(fieldsOf({ ...ONBOARDING, minSampleSize: null })).toEqual([]);
  });

  it.each([undefined, null, '', '   \n'])('needs a rationale, blank counting as missing: %j', (rationale) => {
    expect(englishIssues({ ...ONBOARDING, rationale }, 'ONBOARDING_DAYS')).toEqual([
      { field: 'rationale', message: 'say why this corridor fits the business model' },
    ]);
  });

  it('caps the rationale', () => {
    expect(fieldsOf({ ...ONBOARDING, rationale: 'x'.repeat(MAX_RATIONALE_LENGTH) })).toEqual([]);
    expect(fieldsOf({ ...ONBOARDING, rationale: 'x'.repeat(MAX_RATIONALE_LENGTH + 1) })).toEqual(['rationale']);
  });

  it('lists every problem at once', () => {
    const draft = { acceptableMin: 0.5, acceptableMax: 0.2, toleratedMax: 7, minSampleSize: 0, rationale: ' ' };
    expect(fieldsOf(draft, 'DEFAULT_RATE')).toEqual(['toleratedMax', 'acceptableMax', 'minSampleSize', 'rationale']);
  });
});

describe('validateCorridor on a basis (§5.1)', () => {
  const draft = { acceptableMin: 1, toleratedMin: 0.8, rationale: RATIONALE };

  it('takes a missing basis as VALUE and allows VALUE for every KPI', () => {
    expect(englishIssues({ acceptableMin: 0.4, rationale: RATIONALE }, 'WIN_RATE')).toEqual([]);
    expect(englishIssues({ acceptableMin: 0.4, rationale: RATIONALE, basis: 'VALUE' }, 'WIN_RATE')).toEqual([]);
  });

  it.each([
    ['WON_VOLUME', 'SHARE_OF_TARGET'],
    ['WON_DEALS', 'PER_REP_MONTH'],
    ['PIPELINE_VALUE', 'PER_REP_MONTH'],
    ['ACTIVITIES', 'SHARE_OF_TARGET'],
  ] as const)('allows %s on %s', (kpi, basis) => {
    expect(englishIssues({ ...draft, basis }, kpi)).toEqual([]);
  });

  it.each([
    ['WIN_RATE', 'PER_REP_MONTH', 'per rep and month is not a basis for WIN_RATE: use VALUE'],
    [
      'PIPELINE_VALUE',
      'SHARE_OF_TARGET',
      'share of the target to date is not a basis for PIPELINE_VALUE: use VALUE or PER_REP_MONTH',
    ],
    [
      'QUOTA_ATTAINMENT',
      'SHARE_OF_TARGET',
      'share of the target to date is not a basis for QUOTA_ATTAINMENT: use VALUE',
    ],
    ['WON_DEALS', 'PER_MONTH', "must be one of VALUE, PER_REP_MONTH, SHARE_OF_TARGET (got 'PER_MONTH')"],
  ] as const)('refuses %s on %s', (kpi, basis, message) => {
    expect(englishIssues({ ...draft, basis: basis as CorridorBasis }, kpi)).toEqual([{ field: 'basis', message }]);
  });

  it('reads the bands of a share of target as ratios ≥ 0, also above 1 for a rate-free count', () => {
    expect(
      validateCorridor(
        { acceptableMin: 1.2, toleratedMin: 0, rationale: RATIONALE, basis: 'SHARE_OF_TARGET' },
        'NEW_LEADS',
      ),
    ).toEqual([]);
    expect(
      englishIssues({ acceptableMin: -0.1, rationale: RATIONALE, basis: 'SHARE_OF_TARGET' }, 'WON_VOLUME'),
    ).toEqual([{ field: 'acceptableMin', message: 'must lie within 0 or more for a share of target (got -0.1)' }]);
  });

  it('names each issue by message code and parameters only (the API words them in English, the dashboard in the reader’s language)', () => {
    expect(
      validateCorridor({ acceptableMin: 2, toleratedMin: 3, basis: 'PER_REP_MONTH', rationale: ' ' }, 'WIN_RATE'),
    ).toEqual([
      {
        field: 'basis',
        code: 'PER_REP_MONTH_BASIS_NOT_FOR_KPI',
        params: { kpi: 'WIN_RATE', allowed: 'VALUE' },
      },
      {
        field: 'acceptableMin',
        code: 'BOUND_OUTSIDE_UNIT_RANGE',
        params: { min: 0, max: 1, unit: 'RATE', value: 2 },
      },
      {
        field: 'toleratedMin',
        code: 'BOUND_OUTSIDE_UNIT_RANGE',
        params: { min: 0, max: 1, unit: 'RATE', value: 3 },
      },
      {
        field: 'rationale',
        code: 'RATIONALE_REQUIRED',
        params: {},
      },
    ]);
  });

  it('keeps the bands of a per-rep-month corridor in the unit of the KPI', () => {
    expect(englishIssues({ acceptableMin: -1, rationale: RATIONALE, basis: 'PER_REP_MONTH' }, 'WON_VOLUME')).toEqual([
      { field: 'acceptableMin', message: 'must lie within 0 or more for a EUR KPI (got -1)' },
    ]);
  });
});

describe('policyInForce', () => {
  const version = (
    versionNumber: number,
    effectiveFrom: string,
    segment: string | null = null,
    kpi = 'DEFAULT_RATE',
  ): PolicyVersion => ({ businessModel: 'CONSUMER_LOANS', kpi, segment, version: versionNumber, effectiveFrom });
  const key = { businessModel: 'CONSUMER_LOANS', kpi: 'DEFAULT_RATE' };
  const series = [version(1, '2025-01-01'), version(2, '2025-06-01'), version(3, '2026-03-15')];

  it('uses the period last day, to − 1 day', () => {
    expect(periodLastDay('2026-04-01')).toBe('2026-03-31');
    expect(periodLastDay('2026-03-01')).toBe('2026-02-28');
  });

  it.each([
    ['2024-12-31', undefined],
    ['2025-01-01', 1],
    ['2025-05-31', 1],
    ['2025-06-01', 2],
    ['2026-03-14', 2],
    ['2026-03-15', 3],
    ['2027-01-01', 3],
  ] as const)('on %s the version in force is %s', (lastDay, expected) => {
    expect(policyInForce(series, key, lastDay)?.version).toBe(expected);
  });

  it('does not use a future-dated version before its date, whatever its number', () => {
    const withFuture = [...series, version(4, '2030-01-01')];
    expect(policyInForce(withFuture, key, '2026-06-30')?.version).toBe(3);
    expect(policyInForce(withFuture, key, '2030-01-01')?.version).toBe(4);
  });

  it('prefers the latest effectiveFrom over the highest version (a back-dated later version)', () => {
    const backDated = [version(1, '2025-06-01'), version(2, '2025-01-01')];
    expect(policyInForce(backDated, key, '2025-12-31')?.version).toBe(1);
    expect(policyInForce(backDated, key, '2025-03-01')?.version).toBe(2);
  });

  it('takes the higher version of two with the same effectiveFrom, in any order', () => {
    expect(policyInForce([version(5, '2025-01-01'), version(4, '2025-01-01')], key, '2025-02-01')?.version).toBe(5);
    expect(policyInForce([version(4, '2025-01-01'), version(5, '2025-01-01')], key, '2025-02-01')?.version).toBe(5);
  });

  it('ignores other KPIs, models and segments', () => {
    const others = [version(9, '2020-01-01', null, 'NPS'), { ...version(8, '2020-01-01'), businessModel: 'X' }];
    expect(policyInForce([...others, version(7, '2020-01-01', 'SME')], key, '2026-01-01')).toBeUndefined();
  });

  it('prefers the segment series whenever it has a version in force, else the model-wide one', () => {
    const mixed = [...series, version(1, '2026-01-01', 'SME'), version(1, '2025-01-01', 'RETAIL')];
    const sme = { ...key, segment: 'SME' };
    expect(policyInForce(mixed, sme, '2026-02-01')).toMatchObject({ segment: 'SME', version: 1 });
    expect(policyInForce(mixed, sme, '2025-12-31')).toMatchObject({ segment: null, version: 2 });
    expect(policyInForce(mixed, { ...key, segment: 'OTHER' }, '2026-02-01')).toMatchObject({ segment: null });
    expect(policyInForce(mixed, key, '2026-02-01')).toMatchObject({ segment: null, version: 2 });
  });
});
