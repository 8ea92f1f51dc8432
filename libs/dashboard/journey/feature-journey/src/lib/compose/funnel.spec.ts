import type { FunnelModelDto } from '../data-access/journey-api';
import { defaultCompare, funnelPanel, funnelPanels } from './funnel';

const STAGES = ['SUSPECT', 'PROSPECT', 'CHAMPION', 'OPPORTUNITY', 'WON', 'ONBOARDED', 'PAID_OUT'] as const;

function funnel(
  businessModel: string,
  reached: readonly number[],
  extra: Partial<FunnelModelDto> = {},
): FunnelModelDto {
  return {
    businessModel,
    cohortSize: reached[0],
    lostCount: 3,
    defaultedCount: 1,
    stages: STAGES.map((stage, index) => ({
      stage,
      reached: reached[index],
      conversionToNext: index < STAGES.length - 1 && reached[index] > 0 ? reached[index + 1] / reached[index] : null,
      medianDaysToNext: index === 0 ? 2.25 : null,
      daysToNextCount: index === 0 ? reached[1] : 0,
      lostHere: index === 1 ? 2 : 0,
      stillOpenHere: index === 2 ? 1 : 0,
    })),
    ...extra,
  };
}

const DEC = { from: '2026-12-01', to: '2027-01-01' };
const NOV = { from: '2026-11-01', to: '2026-12-01' };
const MODELS = [
  { code: 'PREMIUM_FINANCING', name: 'Premium financing' },
  { code: 'CONSUMER_LOANS', name: 'Consumer loans' },
];

describe('funnelPanel', () => {
  it('turns a funnel into rows of every stage, bars with the share of the cohort, totals and what the cohort is', () => {
    const panel = funnelPanel(funnel('CONSUMER_LOANS', [1200, 800, 400, 300, 120, 100, 90]), {
      key: 'CONSUMER_LOANS',
      heading: 'Consumer loans',
      subject: 'Consumer loans, Dec 2026',
      period: DEC,
    });
    expect(panel.cohort).toBe('Deals created Dec 1 – 31, 2026, followed up to today');
    expect(panel.rows[0]).toEqual({
      stage: 'SUSPECT',
      name: 'Suspect',
      reached: '1,200',
      conversion: '66.7%',
      median: '2.3 days (n = 800)',
      lostHere: '0',
      openHere: '0',
    });
    expect(panel.rows[1]).toMatchObject({ name: 'Prospect', conversion: '50.0%', median: '—', lostHere: '2' });
    expect(panel.rows[6]).toMatchObject({ name: 'Paid out', reached: '90', conversion: '—' });
    expect(panel.bars?.map((bar) => bar.label)).toEqual([
      '1,200 · 100.0%',
      '800 · 66.7%',
      '400 · 33.3%',
      '300 · 25.0%',
      '120 · 10.0%',
      '100 · 8.3%',
      '90 · 7.5%',
    ]);
    expect(panel.totals).toBe('Cohort 1,200 · lost 3 · defaulted 1');
    expect(panel.summary).toBe(
      'Funnel of Consumer loans, Dec 2026: Suspect 1,200, Prospect 800, Champion 400, Opportunity 300, Won 120, Onboarded 100, Paid out 90',
    );
    expect(panel.top).toBe(1200);
  });

  it('has no bars for an empty cohort (the page says so instead of drawing nothing)', () => {
    const panel = funnelPanel(funnel('CONSUMER_LOANS', [0, 0, 0, 0, 0, 0, 0]), {
      key: 'x',
      heading: 'x',
      subject: 'x',
      period: DEC,
    });
    expect(panel.bars).toBeNull();
    expect(panel.rows.every((row) => row.conversion === '—')).toBe(true);
  });

  it('copes with a model the API left out', () => {
    const panel = funnelPanel(undefined, { key: 'x', heading: 'x', subject: 'x', period: DEC });
    expect(panel.bars).toBeNull();
    expect(panel.rows).toEqual([]);
    expect(panel.totals).toBe('Cohort 0 · lost 0 · defaulted 0');
  });
});

describe('funnelPanels', () => {
  const current = [
    funnel('PREMIUM_FINANCING', [50, 40, 30, 20, 10, 8, 6]),
    funnel('CONSUMER_LOANS', [900, 600, 300, 200, 100, 90, 80]),
  ];
  const previous = [
    funnel('PREMIUM_FINANCING', [60, 45, 30, 22, 12, 9, 7]),
    funnel('CONSUMER_LOANS', [800, 500, 300, 150, 90, 80, 70]),
  ];

  it('MODELS: one panel per chosen model, in the page’s order, named by the model', () => {
    const panels = funnelPanels('MODELS', {
      models: MODELS,
      focus: null,
      period: DEC,
      previousPeriod: NOV,
      current,
      previous: null,
    });
    expect(panels.map((panel) => [panel.key, panel.heading, panel.rows[0].reached])).toEqual([
      ['PREMIUM_FINANCING', 'Premium financing', '50'],
      ['CONSUMER_LOANS', 'Consumer loans', '900'],
    ]);
  });

  it('PREVIOUS: the focus model in the period and in the period before, headed by the periods', () => {
    const panels = funnelPanels('PREVIOUS', {
      models: MODELS,
      focus: MODELS[1],
      period: DEC,
      previousPeriod: NOV,
      current,
      previous,
    });
    expect(panels.map((panel) => [panel.key, panel.heading, panel.rows[0].reached, panel.cohort])).toEqual([
      ['current', 'Dec 1 – 31, 2026', '900', 'Deals created Dec 1 – 31, 2026, followed up to today'],
      ['previous', 'Nov 1 – 30, 2026', '800', 'Deals created Nov 1 – 30, 2026, followed up to today'],
    ]);
  });

  it('PREVIOUS without the previous answer yet: only the current panel', () => {
    const panels = funnelPanels('PREVIOUS', {
      models: MODELS,
      focus: MODELS[0],
      period: DEC,
      previousPeriod: NOV,
      current,
      previous: null,
    });
    expect(panels.map((panel) => panel.key)).toEqual(['current']);
  });

  it('compares models by default when all (several) are chosen, else the period before', () => {
    expect(defaultCompare(null, 2)).toBe('MODELS');
    expect(defaultCompare(null, 1)).toBe('PREVIOUS');
    expect(defaultCompare('CONSUMER_LOANS', 2)).toBe('PREVIOUS');
  });
});
