import type { ChangedScopeDto, CorridorImpactDto } from '@salesdash/dashboard/kpi/data-access';
import { NO_STATUSES } from './testing/corridor-preview.fixtures';
import { filterScopes, impactSentence, monthsText, statusCountRows } from './impact-summary';

function scope(scopeType: 'TEAM' | 'REP', name: string): ChangedScopeDto {
  return {
    scopeType,
    scopeId: name,
    name,
    month: '2026-10-01',
    value: 0.2,
    sampleSize: 10,
    judgedAfter: 0.2,
    before: 'ACCEPTABLE',
    after: 'UNACCEPTABLE',
  };
}

function impact(teamsChanged: number, repsChanged: number, teams = 72, reps = 1200): CorridorImpactDto {
  const counts = { before: NO_STATUSES, after: NO_STATUSES, total: 0 };
  return {
    months: ['2025-11-01', '2026-10-01'],
    teams: { ...counts, changed: teamsChanged, total: teams },
    reps: { ...counts, changed: repsChanged, total: reps },
    changedScopes: [],
    changedScopesTruncated: 0,
  };
}

describe('statusCountRows', () => {
  it('lists the statuses present before or after, good to bad then unjudged, with the signed change', () => {
    const rows = statusCountRows({
      before: { ...NO_STATUSES, ACCEPTABLE: 10, TOLERATED: 2, NO_DATA: 1 },
      after: { ...NO_STATUSES, ACCEPTABLE: 4, TOLERATED: 2, UNACCEPTABLE: 1234, NO_DATA: 1 },
      changed: 6,
      total: 13,
    });
    expect(rows).toEqual([
      { status: 'ACCEPTABLE', before: 10, after: 4, change: '−6' },
      { status: 'TOLERATED', before: 2, after: 2, change: '0' },
      { status: 'UNACCEPTABLE', before: 0, after: 1234, change: '+1,234' },
      { status: 'NO_DATA', before: 1, after: 1, change: '0' },
    ]);
  });

  it('is empty when there is nothing to judge', () => {
    expect(statusCountRows({ before: NO_STATUSES, after: NO_STATUSES, changed: 0, total: 0 })).toEqual([]);
  });
});

describe('monthsText', () => {
  it('names the first and last month, one month once, and nothing without months', () => {
    expect(monthsText(['2025-11-01', '2025-12-01', '2026-10-01'])).toBe('Nov 2025 – Oct 2026');
    expect(monthsText(['2026-10-01'])).toBe('Oct 2026');
    expect(monthsText([])).toBe('');
  });
});

describe('impactSentence', () => {
  it('says how many team and rep months change, of how many', () => {
    expect(impactSentence(impact(14, 1030))).toBe(
      'The draft changes the status of 14 of 72 team months and 1,030 of 1,200 rep months.',
    );
  });

  it('says plainly when nothing changes', () => {
    expect(impactSentence(impact(0, 0))).toBe(
      'The draft changes no status: 72 team months and 1,200 rep months keep theirs.',
    );
  });

  it('says a single team or rep month in the singular', () => {
    expect(impactSentence(impact(0, 0, 1, 3))).toBe(
      'The draft changes no status: 1 team month and 3 rep months keep theirs.',
    );
    expect(impactSentence(impact(1, 0, 1, 1))).toBe(
      'The draft changes the status of 1 of 1 team month and 0 of 1 rep month.',
    );
  });
});

describe('filterScopes', () => {
  it('keeps all, only teams or only reps', () => {
    const scopes = [scope('TEAM', 'North'), scope('REP', 'Anna'), scope('REP', 'Ben')];
    expect(filterScopes(scopes, 'ALL')).toBe(scopes);
    expect(filterScopes(scopes, 'TEAM').map((s) => s.name)).toEqual(['North']);
    expect(filterScopes(scopes, 'REP').map((s) => s.name)).toEqual(['Anna', 'Ben']);
  });
});
