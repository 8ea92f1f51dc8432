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
    expect(corridorChanges(V1, v2, 'DAYS')).toEqual([
      'acceptable max 35 → 30 days',
      'tolerated min 5 days → open',
      'min sample size 1 → 5',
      'effective from 2025-01-01 → 2025-06-01',
    ]);
  });

  it('shows rates in percent and an opened side as open', () => {
    const before = { ...V1, acceptableMin: 0.07, acceptableMax: null, toleratedMin: null, toleratedMax: null };
    const after = { ...before, version: 2, acceptableMin: 0.1, acceptableMax: 0.355 };
    expect(corridorChanges(before, after, 'RATE')).toEqual(['acceptable min 7 → 10 %', 'acceptable max open → 35.5 %']);
  });
});

describe('auditChanges', () => {
  it('describes a first version whole and a version without changed bounds plainly', () => {
    expect(auditChanges(entry(null, V1), 'DAYS')).toEqual([
      'Version 1 created: acceptable 10–35 days, tolerated 5–45 days',
    ]);
    expect(auditChanges(entry(V1, { ...V1, version: 2, rationale: 'Same bands' }), 'DAYS')).toEqual([
      'No bound changed',
    ]);
  });
});
