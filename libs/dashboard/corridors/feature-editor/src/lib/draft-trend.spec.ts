import type { KpiPointDto } from '@salesdash/dashboard/kpi/data-access';
import type { CorridorForm } from './corridor-draft';
import { draftTrend } from './draft-trend';

const point = (from: string, value: number | null, sampleSize = 10): KpiPointDto =>
  ({ from, to: from, value, sampleSize, status: 'NO_RANGE', target: null, policyVersion: 1 }) as KpiPointDto;
const FORM: CorridorForm = {
  acceptableMin: '20',
  acceptableMax: '30',
  toleratedMin: '10',
  toleratedMax: 'x',
  minSampleSize: '5',
  effectiveFrom: '2025-05-14',
  rationale: '',
};

describe('draftTrend', () => {
  it('judges every month by the draft (rates converted) and draws the draft bands behind all of them', () => {
    const trend = draftTrend(
      [point('2025-01-01', 0.25), point('2025-02-01', 0.15), point('2025-03-01', 0.5), point('2025-04-01', 0.25, 2)],
      FORM,
      'RATE',
      4,
    );
    expect(trend.points.map((p) => [p.status, p.policyVersion])).toEqual([
      ['ACCEPTABLE', 4],
      ['TOLERATED', 4],
      // The unreadable tolerated max counts as open until it is fixed.
      ['TOLERATED', 4],
      ['INSUFFICIENT_DATA', 4],
    ]);
    expect(trend.corridors).toEqual([
      { version: 4, acceptableMin: 0.2, acceptableMax: 0.3, toleratedMin: 0.1, toleratedMax: null },
    ]);
  });
});
