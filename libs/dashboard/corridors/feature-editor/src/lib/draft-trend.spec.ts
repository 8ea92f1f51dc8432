import type { CorridorTrendPointDto } from '@salesdash/dashboard/kpi/data-access';
import type { CorridorForm } from './corridor-draft';
import { draftTrend } from './draft-trend';

const TODAY = '2026-12-05';

function point(from: string, value: number | null, more: Partial<CorridorTrendPointDto> = {}): CorridorTrendPointDto {
  const [year, month] = from.split('-').map(Number);
  const to = new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
  return { from, to, value, sampleSize: 10, targetToDate: null, reps: 1, months: 1, ...more };
}

const FORM: CorridorForm = {
  basis: 'VALUE',
  acceptableMin: '20',
  acceptableMax: '30',
  toleratedMin: '10',
  toleratedMax: 'x',
  minSampleSize: '5',
  effectiveFrom: TODAY,
  rationale: '',
};

describe('draftTrend', () => {
  it('judges every month by the draft (rates converted) and draws the draft bands behind all of them', () => {
    const trend = draftTrend(
      [
        point('2025-01-01', 0.25),
        point('2025-02-01', 0.15),
        point('2025-03-01', 0.5),
        point('2025-04-01', 0.25, { sampleSize: 2 }),
      ],
      FORM,
      'WIN_RATE',
      4,
      TODAY,
    );
    expect(trend.points.map((p) => [p.label, p.value, p.status, p.policyVersion, p.partial])).toEqual([
      ['Jan 2025', 0.25, 'ACCEPTABLE', 4, false],
      ['Feb 2025', 0.15, 'TOLERATED', 4, false],
      // The unreadable tolerated max counts as open until it is fixed.
      ['Mar 2025', 0.5, 'TOLERATED', 4, false],
      ['Apr 2025', 0.25, 'INSUFFICIENT_DATA', 4, false],
    ]);
    expect(trend.corridors).toEqual([
      { version: 4, acceptableMin: 0.2, acceptableMax: 0.3, toleratedMin: 0.1, toleratedMax: null },
    ]);
  });

  it('draws per rep and month the value over the reps and elapsed months, the running month to date', () => {
    const perRep: CorridorForm = {
      ...FORM,
      basis: 'PER_REP_MONTH',
      acceptableMin: '22',
      acceptableMax: '',
      toleratedMin: '18',
      toleratedMax: '',
    };
    const trend = draftTrend(
      [
        point('2026-10-01', 460, { reps: 20 }),
        point('2026-11-01', 380, { reps: 20 }),
        // Five days of December: a sixth of the month elapsed, 70 leads so far.
        point('2026-12-01', 70, { reps: 20, months: 4 / 31, sampleSize: 70 }),
      ],
      perRep,
      'NEW_LEADS',
      7,
      TODAY,
    );
    expect(trend.points.map((p) => [p.label, p.status, p.partial])).toEqual([
      ['Oct 2026', 'ACCEPTABLE', false],
      ['Nov 2026', 'TOLERATED', false],
      // The running month is drawn as partial: judged on its elapsed part, never as a drop.
      ['Dec 2026', 'ACCEPTABLE', true],
    ]);
    expect(trend.points.map((p) => p.value)).toEqual([23, 19, expect.closeTo(27.125, 9)]);
    expect(trend.corridors).toEqual([
      { version: 7, acceptableMin: 22, acceptableMax: null, toleratedMin: 18, toleratedMax: null },
    ]);
  });

  it('draws a share of the target to date in ratios, a month without target as a gap, a zero count judged', () => {
    const share: CorridorForm = {
      ...FORM,
      basis: 'SHARE_OF_TARGET',
      acceptableMin: '100',
      acceptableMax: '',
      toleratedMin: '80',
      toleratedMax: '',
    };
    const trend = draftTrend(
      [
        point('2026-09-01', 900, { targetToDate: 1000 }),
        point('2026-10-01', 500, { targetToDate: null }),
        point('2026-11-01', 0, { targetToDate: 1000, sampleSize: 0 }),
        point('2026-12-01', 170, { targetToDate: 4 * (1000 / 31), sampleSize: 170 }),
      ],
      share,
      'NEW_LEADS',
      3,
      TODAY,
    );
    expect(trend.points.map((p) => [p.value, p.status])).toEqual([
      [0.9, 'TOLERATED'],
      [null, 'NO_RANGE'],
      // On a share of target a zero count is a fact, not too little data.
      [0, 'UNACCEPTABLE'],
      [expect.closeTo(1.3175, 9), 'ACCEPTABLE'],
    ]);
    expect(trend.points.at(-1)?.partial).toBe(true);
    expect(trend.corridors[0]).toMatchObject({ acceptableMin: 1, toleratedMin: 0.8 });
  });
});
