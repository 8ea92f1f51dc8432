import { type CorridorPolicy, judge, type JudgementInputs, policyInForce } from './corridor-judgement';
import { parseIsoDate } from './instant';
import type { Period } from './targets';

const period = (from: string, to: string): Period => ({ from: parseIsoDate(from), to: parseIsoDate(to) });

function policy(overrides: Partial<CorridorPolicy> = {}): CorridorPolicy {
  return {
    businessModel: 'PREMIUM_FINANCING',
    kpi: 'NEW_LEADS',
    version: 1,
    effectiveFrom: '2026-01-01',
    acceptableMin: 10,
    acceptableMax: 20,
    toleratedMin: 5,
    toleratedMax: 25,
    minSampleSize: null,
    basis: null,
    ...overrides,
  };
}

function inputs(overrides: Partial<JudgementInputs> = {}): JudgementInputs {
  return { kpi: 'NEW_LEADS', value: 15, sampleSize: 15, repMonths: () => 1, targetToDate: null, ...overrides };
}

describe('the version in force (§5)', () => {
  const march = period('2026-03-01', '2026-04-01');

  it('is the latest effectiveFrom on or before the last day (to − 1 day)', () => {
    const policies = [
      policy({ version: 1, effectiveFrom: '2026-01-01' }),
      policy({ version: 2, effectiveFrom: '2026-03-31' }),
      policy({ version: 3, effectiveFrom: '2026-04-01' }),
    ];
    expect(policyInForce(policies, 'PREMIUM_FINANCING', 'NEW_LEADS', march)?.version).toBe(2);
    expect(policyInForce(policies, 'PREMIUM_FINANCING', 'NEW_LEADS', period('2026-02-01', '2026-03-31'))?.version).toBe(
      1,
    );
    expect(
      policyInForce(policies, 'PREMIUM_FINANCING', 'NEW_LEADS', period('2025-01-01', '2026-01-01')),
    ).toBeUndefined();
  });

  it('takes the higher version of two with the same effectiveFrom, whatever their order', () => {
    const policies = [
      policy({ version: 4, effectiveFrom: '2026-02-01' }),
      policy({ version: 3, effectiveFrom: '2026-02-01' }),
    ];
    expect(policyInForce(policies, 'PREMIUM_FINANCING', 'NEW_LEADS', march)?.version).toBe(4);
    expect(policyInForce([...policies].reverse(), 'PREMIUM_FINANCING', 'NEW_LEADS', march)?.version).toBe(4);
  });

  it('belongs to one business model and KPI', () => {
    const policies = [policy({ businessModel: 'CONSUMER_LOANS' }), policy({ kpi: 'WON_DEALS' })];
    expect(policyInForce(policies, 'PREMIUM_FINANCING', 'NEW_LEADS', march)).toBeUndefined();
  });
});

describe('the status and judged value (§5.1), in the spec order', () => {
  it('is NO_DATA for a null value, NO_RANGE without a policy; basis and judgedValue null without one', () => {
    expect(judge(inputs({ value: null }), undefined)).toEqual({
      status: 'NO_DATA',
      policyVersion: null,
      basis: null,
      judgedValue: null,
    });
    expect(judge(inputs(), undefined)).toEqual({
      status: 'NO_RANGE',
      policyVersion: null,
      basis: null,
      judgedValue: null,
    });
    expect(judge(inputs({ value: null }), policy({ version: 7 }))).toEqual({
      status: 'NO_DATA',
      policyVersion: 7,
      basis: 'VALUE',
      judgedValue: null,
    });
  });

  it('judges the value itself on basis VALUE (the default), bounds inclusive', () => {
    expect(judge(inputs({ value: 10 }), policy())).toMatchObject({
      status: 'ACCEPTABLE',
      basis: 'VALUE',
      judgedValue: 10,
    });
    expect(judge(inputs({ value: 20 }), policy())).toMatchObject({ status: 'ACCEPTABLE' });
    expect(judge(inputs({ value: 25 }), policy())).toMatchObject({ status: 'TOLERATED' });
    expect(judge(inputs({ value: 4.999 }), policy())).toMatchObject({ status: 'UNACCEPTABLE' });
  });

  it('treats a null bound as open', () => {
    const open = policy({ acceptableMax: null, toleratedMax: null, acceptableMin: 10, toleratedMin: null });
    expect(judge(inputs({ value: 1e12 }), open)).toMatchObject({ status: 'ACCEPTABLE' });
    expect(judge(inputs({ value: -1e12 }), open)).toMatchObject({ status: 'TOLERATED' });
  });

  it('is INSUFFICIENT_DATA on basis VALUE when sampleSize < minSampleSize (default 1)', () => {
    expect(judge(inputs({ value: 0, sampleSize: 0 }), policy({ acceptableMin: 0 }))).toMatchObject({
      status: 'INSUFFICIENT_DATA',
      judgedValue: 0,
    });
    expect(judge(inputs({ sampleSize: 4 }), policy({ minSampleSize: 5 }))).toMatchObject({
      status: 'INSUFFICIENT_DATA',
    });
    expect(judge(inputs({ sampleSize: 5 }), policy({ minSampleSize: 5 }))).toMatchObject({ status: 'ACCEPTABLE' });
  });

  it('divides by reps × months on PER_REP_MONTH; a zero count there is a fact, not too little data', () => {
    const perRep = policy({ basis: 'PER_REP_MONTH', minSampleSize: 5, acceptableMin: 2, toleratedMin: 0 });
    // 3 reps × 1.5 months: 9 leads are 2 per rep-month.
    expect(judge(inputs({ value: 9, sampleSize: 9, repMonths: () => 4.5 }), perRep)).toEqual({
      status: 'ACCEPTABLE',
      policyVersion: 1,
      basis: 'PER_REP_MONTH',
      judgedValue: 2,
    });
    expect(judge(inputs({ value: 0, sampleSize: 0, repMonths: () => 4.5 }), perRep)).toMatchObject({
      status: 'TOLERATED',
      judgedValue: 0,
    });
    expect(
      judge(inputs({ value: 0, sampleSize: 0, repMonths: () => 4.5 }), { ...perRep, toleratedMin: 1 }),
    ).toMatchObject({
      status: 'UNACCEPTABLE',
    });
  });

  it('is NO_RANGE on PER_REP_MONTH without reps × months (no rep, or nothing elapsed)', () => {
    const perRep = policy({ basis: 'PER_REP_MONTH' });
    expect(judge(inputs({ repMonths: () => 0 }), perRep)).toEqual({
      status: 'NO_RANGE',
      policyVersion: 1,
      basis: 'PER_REP_MONTH',
      judgedValue: null,
    });
  });

  it('divides by targetToDate on SHARE_OF_TARGET; zero or missing target to date is NO_RANGE', () => {
    const share = policy({
      basis: 'SHARE_OF_TARGET',
      acceptableMin: 1,
      acceptableMax: null,
      toleratedMin: 0.8,
      toleratedMax: null,
    });
    expect(judge(inputs({ value: 12, targetToDate: 12 }), share)).toMatchObject({
      status: 'ACCEPTABLE',
      judgedValue: 1,
    });
    expect(judge(inputs({ value: 8, targetToDate: 10 }), share)).toMatchObject({
      status: 'TOLERATED',
      judgedValue: 0.8,
    });
    expect(judge(inputs({ value: 0, sampleSize: 0, targetToDate: 10 }), { ...share, minSampleSize: 5 })).toMatchObject({
      status: 'UNACCEPTABLE',
      judgedValue: 0,
    });
    expect(judge(inputs({ value: 3, targetToDate: 0 }), share)).toMatchObject({
      status: 'NO_RANGE',
      judgedValue: null,
    });
    expect(judge(inputs({ value: 3, targetToDate: null }), share)).toMatchObject({
      status: 'NO_RANGE',
      basis: 'SHARE_OF_TARGET',
      judgedValue: null,
    });
  });

  it('refuses a basis the spec does not allow for the KPI', () => {
    expect(() => judge(inputs({ kpi: 'WIN_RATE', value: 0.5 }), policy({ basis: 'PER_REP_MONTH' }))).toThrow(/§5.1/);
    expect(() => judge(inputs({ kpi: 'PIPELINE_VALUE' }), policy({ basis: 'SHARE_OF_TARGET' }))).toThrow(/§5.1/);
    expect(judge(inputs({ kpi: 'PIPELINE_VALUE' }), policy({ basis: 'PER_REP_MONTH' })).status).toBe('ACCEPTABLE');
  });
});
