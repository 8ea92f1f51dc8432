import type { CorridorAuditEntryDto, CorridorSnapshotDto } from '@salesdash/dashboard/kpi/data-access';
import { auditChanges, corridorChanges } from './corridor-diff';

const V1: CorridorSnapshotDto = {
  version: 1,
  effectiveFrom: '2025-01-01',
  acceptableMin: 10,
  acceptableMax: 35,
  toleratedMin: 5,
  toleratedMax: 45,
  minSampleSize: 1,
  rationale: 'First',
  basis: 'VALUE',
};

function entry(before: CorridorSnapshotDto | null, after: CorridorSnapshotDto): CorridorAuditEntryDto {
  return {
    id: '1',
    occurredAt: '2025-05-14T10:00:00.000Z',
    action: 'corridor.publish',
    actorName: 'Carla',
    reason: after.rationale,
    before,
    after,
  };
}

describe('corridorChanges', () => {
  it('says each changed bound with its unit once: "acceptable max 35 → 30 days"', () => {
    const v2 = {
      ...V1,
      version: 2,
      acceptableMax: 30,
      toleratedMin: null,
      minSampleSize: 5,
      effectiveFrom: '2025-06-01',
    };
    expect(corridorChanges(V1, v2, 'SALES_CYCLE_DAYS')).toEqual([
      'acceptable max 35 → 30 days',
      'tolerated min 5 days → open',
      'min sample size 1 → 5',
      'effective from 2025-01-01 → 2025-06-01',
    ]);
  });

  it('shows rates and shares of target in percent and an opened side as open', () => {
    const before = { ...V1, acceptableMin: 0.07, acceptableMax: null, toleratedMin: null, toleratedMax: null };
    const after = { ...before, version: 2, acceptableMin: 0.1, acceptableMax: 0.355 };
    expect(corridorChanges(before, after, 'WIN_RATE')).toEqual([
      'acceptable min 7 → 10 %',
      'acceptable max open → 35.5 %',
    ]);
    const share = { ...before, acceptableMin: 1, toleratedMin: 0.8, basis: 'SHARE_OF_TARGET' as const };
    expect(corridorChanges(share, { ...share, version: 2, acceptableMin: 0.95 }, 'WON_VOLUME')).toEqual([
      'acceptable min 100 → 95 %',
    ]);
  });

  it('names a new basis and gives the new bands whole: numbers of two bases do not compare', () => {
    const perRep = {
      ...V1,
      acceptableMin: 22,
      acceptableMax: null,
      toleratedMin: 18,
      toleratedMax: null,
      basis: 'PER_REP_MONTH' as const,
    };
    const share = { ...perRep, version: 2, acceptableMin: 1, toleratedMin: 0.8, basis: 'SHARE_OF_TARGET' as const };
    expect(corridorChanges(perRep, share, 'NEW_LEADS')).toEqual([
      'basis per rep and month → share of the target to date',
      'bands now acceptable ≥ 100 % of target to date, tolerated ≥ 80 %',
    ]);
    const value = { ...perRep, acceptableMin: 400, toleratedMin: 300, basis: 'VALUE' as const };
    expect(corridorChanges(value, { ...share, minSampleSize: 3 }, 'NEW_LEADS')).toEqual([
      'basis the value → share of the target to date',
      'bands now acceptable ≥ 100 % of target to date, tolerated ≥ 80 %',
      'min sample size 1 → 3',
    ]);
  });
});

describe('auditChanges', () => {
  it('describes a first version whole with its basis and a version without changed bounds plainly', () => {
    expect(auditChanges(entry(null, V1), 'SALES_CYCLE_DAYS')).toEqual([
      'Version 1 created: acceptable 10–35 days, tolerated 5–45 days',
    ]);
    const perRep = {
      ...V1,
      acceptableMin: 22,
      acceptableMax: null,
      toleratedMin: 18,
      toleratedMax: null,
      basis: 'PER_REP_MONTH' as const,
    };
    expect(auditChanges(entry(null, perRep), 'NEW_LEADS')).toEqual([
      'Version 1 created: acceptable ≥ 22 per rep and month, tolerated ≥ 18',
    ]);
    expect(auditChanges(entry(V1, { ...V1, version: 2, rationale: 'Same bands' }), 'SALES_CYCLE_DAYS')).toEqual([
      'No bound changed',
    ]);
  });
});
