import type { MomentCellDto, WeakestMomentDto } from '../data-access/journey-api';
import { flagViews, heatmapView, momentKey, parseMinResponses, reasonProblem, weakestViews } from './moments';

const FLAG = {
  businessModel: 'CONSUMER_LOANS',
  stage: 'ONBOARDED' as const,
  touchpoint: 'PHONE' as const,
  reason: 'Onboarding calls decide renewals',
  flaggedBy: 'U-9',
  flaggedByName: 'Mara Marketing',
  flaggedAt: '2026-12-03T09:30:00.000Z',
};

function cell(partial: Partial<MomentCellDto> & Pick<MomentCellDto, 'stage' | 'touchpoint'>): MomentCellDto {
  return {
    businessModel: 'CONSUMER_LOANS',
    responses: 20,
    csatMean: 4,
    negativeCount: 2,
    negativeRate: 0.1,
    previous: null,
    flag: null,
    ...partial,
  };
}

const CELLS: MomentCellDto[] = [
  // Given out of journey order: the view orders them.
  cell({ stage: 'ONBOARDED', touchpoint: 'PHONE', csatMean: 2.9, negativeRate: 0.35, negativeCount: 7, flag: FLAG }),
  cell({ stage: 'SUSPECT', touchpoint: 'WEB', csatMean: 4.5, responses: 40, negativeRate: 0, negativeCount: 0 }),
  cell({ stage: 'SUSPECT', touchpoint: 'EMAIL', csatMean: 1.5, responses: 3, negativeRate: 2 / 3, negativeCount: 2 }),
  cell({ businessModel: 'PREMIUM_FINANCING', stage: 'WON', touchpoint: 'MEETING', csatMean: 5 }),
];

describe('heatmapView', () => {
  it('lays out one model’s stages (journey order) × touchpoints (catalogue order) that have feedback', () => {
    const view = heatmapView(CELLS, 'CONSUMER_LOANS', 'CSAT');
    expect(view.rows).toEqual(['Suspect', 'Onboarded']);
    expect(view.columns).toEqual(['Web', 'E-mail', 'Phone']);
    expect(view.cells.map((c) => [c.row, c.column, c.label])).toEqual([
      [0, 0, '4.5'],
      [0, 1, '(1.5)'],
      [1, 2, '⚑ 2.9'],
    ]);
    expect(view.moments.map(momentKey)).toEqual([
      'CONSUMER_LOANS|SUSPECT|WEB',
      'CONSUMER_LOANS|SUSPECT|EMAIL',
      'CONSUMER_LOANS|ONBOARDED|PHONE',
    ]);
  });

  it('marks low volume (fewer than 5 responses) and flags in the cells and the table, not by colour alone', () => {
    const view = heatmapView(CELLS, 'CONSUMER_LOANS', 'CSAT');
    expect(view.cells.map((c) => [c.muted, c.marked])).toEqual([
      [false, false],
      [true, false],
      [false, true],
    ]);
    expect(view.table.map((row) => [row.place, row.lowVolume, row.flag?.reason ?? null])).toEqual([
      ['Suspect · Web', null, null],
      ['Suspect · E-mail', 'low volume (n = 3)', null],
      ['Onboarded · Phone', null, 'Onboarded calls decide renewals'.replace('Onboarded calls', 'Onboarding calls')],
    ]);
    expect(view.cells[2].tooltip).toBe(
      'Onboarded · Phone: CSAT 2.9, 35.0% negative (7 of 20) — ⚑ moment that matters: Onboarding calls decide renewals',
    );
  });

  it('colours by the chosen metric: CSAT 1→5 and negative rate (good = few) diverging, volume sequential', () => {
    const csat = heatmapView(CELLS, 'CONSUMER_LOANS', 'CSAT');
    expect(csat.scale).toBe('DIVERGING');
    expect(csat.cells.map((c) => c.position)).toEqual([0.875, 0.125, 0.475]);
    const negative = heatmapView(CELLS, 'CONSUMER_LOANS', 'NEGATIVE_RATE');
    expect(negative.cells.map((c) => [c.label, c.position])).toEqual([
      ['0%', 1],
      ['(67%)', 0],
      ['⚑ 35%', expect.closeTo(0.3, 10)],
    ]);
    const volume = heatmapView(CELLS, 'CONSUMER_LOANS', 'VOLUME');
    expect(volume.scale).toBe('SEQUENTIAL');
    expect(volume.cells.map((c) => [c.label, c.position])).toEqual([
      ['40', 1],
      ['(3)', 0.075],
      ['⚑ 20', 0.5],
    ]);
  });

  it('names the extremes among judged cells for the text alternative', () => {
    expect(heatmapView(CELLS, 'CONSUMER_LOANS', 'CSAT').extremes).toBe(
      'Lowest CSAT: Onboarded · Phone (2.9). Highest: Suspect · Web (4.5).',
    );
    expect(heatmapView(CELLS, 'CONSUMER_LOANS', 'VOLUME').extremes).toBe(
      'Most responses: Suspect · Web (40). Fewest: Onboarded · Phone (20).',
    );
  });

  it('is empty for a model without feedback', () => {
    const view = heatmapView(CELLS, 'UNKNOWN', 'CSAT');
    expect([view.rows, view.columns, view.cells, view.extremes]).toEqual([[], [], [], '']);
  });
});

describe('weakestViews', () => {
  const moment: WeakestMomentDto = {
    rank: 1,
    businessModel: 'CONSUMER_LOANS',
    stage: 'ONBOARDED',
    touchpoint: 'PHONE',
    responses: 45,
    csatMean: 2.9,
    negativeCount: 14,
    negativeRate: 14 / 45,
    csatChange: -0.4,
    negativeRateChange: 0.05,
    previous: { responses: 40, csatMean: 3.3, negativeCount: 10, negativeRate: 14 / 45 - 0.05 },
    flag: FLAG,
  };
  const names = (code: string) => (code === 'CONSUMER_LOANS' ? 'Consumer loans' : code);

  it('says the ranking’s figure first with its change against the previous period', () => {
    const [csat] = weakestViews([moment], 'CSAT', names);
    expect(csat.name).toBe('Consumer loans · Onboarded · Phone');
    expect(csat.headline).toBe('CSAT 2.9 (−0.4 vs previous period)');
    expect(csat.detail).toBe('31.1% negative (+5.0 pts vs previous period) · 45 responses');
    const [rate] = weakestViews([moment], 'NEGATIVE_RATE', names);
    expect(rate.headline).toBe('31.1% negative (+5.0 pts vs previous period)');
    expect(rate.detail).toBe('CSAT 2.9 (−0.4 vs previous period) · 45 responses');
    expect(rate.flag).toBe(FLAG);
  });

  it('says so when the previous period had no feedback there', () => {
    const [view] = weakestViews(
      [{ ...moment, previous: null, csatChange: null, negativeRateChange: null }],
      'CSAT',
      names,
    );
    expect(view.headline).toBe('CSAT 2.9 (no previous period figure)');
  });
});

describe('flagViews', () => {
  it('names the moment, the reason, who and when', () => {
    expect(flagViews([FLAG], () => 'Consumer loans')).toEqual([
      expect.objectContaining({
        key: 'CONSUMER_LOANS|ONBOARDED|PHONE',
        name: 'Consumer loans · Onboarded · Phone',
        reason: 'Onboarding calls decide renewals',
        by: 'Flagged by Mara Marketing on Dec 3, 2026, 9:30 AM UTC',
      }),
    ]);
  });
});

describe('reasonProblem', () => {
  it('asks for 3 to 500 characters after trimming, as the API does', () => {
    expect(reasonProblem('  ab  ')).toBe('Give a reason of at least 3 characters.');
    expect(reasonProblem('abc')).toBeNull();
    expect(reasonProblem(` ${'x'.repeat(500)} `)).toBeNull();
    expect(reasonProblem('x'.repeat(501))).toBe('Keep the reason to 500 characters (501 now).');
  });
});

describe('parseMinResponses', () => {
  it('takes whole numbers from 1 to 10,000', () => {
    expect(['10', ' 1 ', '10000', '0', '10001', '2.5', '', 'x', '-3'].map(parseMinResponses)).toEqual([
      10,
      1,
      10000,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
