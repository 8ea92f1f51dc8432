import type { TargetGridDto } from './data-access/target-api.service';

/** A two-month won-volume grid of team North 1 with reps Ana and Ben; a spec overrides what it needs. */
export function gridOf(overrides: Partial<TargetGridDto> = {}): TargetGridDto {
  return {
    teamId: 'T1',
    teamName: 'North 1',
    businessModel: 'CONSUMER_LOANS',
    kpi: 'WON_VOLUME',
    unit: 'EUR',
    months: ['2027-01', '2027-02'],
    reps: [
      { scopeType: 'REP', scopeId: 'U-ANA', name: 'Ana Rep', active: true, values: [1000, 2000] },
      { scopeType: 'REP', scopeId: 'U-BEN', name: 'Ben Rep', active: true, values: [null, 500] },
    ],
    team: { scopeType: 'TEAM', scopeId: 'T1', name: 'North 1', active: true, values: [null, null] },
    usesTeamTargets: false,
    editable: true,
    ...overrides,
  };
}
