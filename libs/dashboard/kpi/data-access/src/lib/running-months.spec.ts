import type { KpiPointDto, KpiSeriesDto } from './kpi.models';
import { markRunningMonths } from './running-months';

function month(from: string, to: string): KpiPointDto {
  return {
    from,
    to,
    value: 10,
    sampleSize: 10,
    status: 'ACCEPTABLE',
    target: 12,
    policyVersion: 1,
    basis: 'SHARE_OF_TARGET',
    judgedValue: 1,
    targetToDate: 10,
    forecast: 10,
    pace: 'ON_TRACK',
    reps: 6,
    months: 1,
  };
}

const SERIES: KpiSeriesDto[] = [
  {
    kpi: 'WON_DEALS',
    businessModel: 'CONSUMER_LOANS',
    points: [month('2026-11-01', '2026-12-01'), month('2026-12-01', '2027-01-01'), month('2027-01-01', '2027-02-01')],
  },
];

function partials(asOf: string): [string, boolean][] {
  return markRunningMonths(SERIES, new Date(asOf))[0].points.map((point) => [point.from, point.partial]);
}

describe('markRunningMonths', () => {
  it('marks the month under way partial and leaves out the months not yet started', () => {
    expect(partials('2026-12-04T09:30:00Z')).toEqual([
      ['2026-11-01', false],
      ['2026-12-01', true],
    ]);
  });

  it('counts a month as ended from its last instant on, and as not started until its first has passed', () => {
    expect(partials('2027-01-01T00:00:00Z')).toEqual([
      ['2026-11-01', false],
      ['2026-12-01', false],
    ]);
    expect(partials('2026-12-01T00:00:00Z')).toEqual([['2026-11-01', false]]);
  });

  it('keeps every figure of the API as it is', () => {
    const [point] = markRunningMonths(SERIES, new Date('2026-12-04T09:30:00Z'))[0].points.slice(1);
    expect(point).toEqual({ ...SERIES[0].points[1], partial: true });
  });
});
