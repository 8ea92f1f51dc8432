import { funnelBarsOptions } from './funnel-bars-options';

describe('funnelBarsOptions', () => {
  const bars = [
    { name: 'Suspect', value: 100, label: '100 · 100.0%' },
    { name: 'Prospect', value: 40, label: '40 · 40.0%' },
  ];

  it('draws one bar per step, the first on top, labelled beside the bar', () => {
    const option = funnelBarsOptions(bars);
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['Suspect', 'Prospect'] });
    const series = (option.series as { data: { value: number }[]; label: { formatter: (p: unknown) => string } }[])[0];
    expect(series.data.map((d) => d.value)).toEqual([100, 40]);
    expect(series.label.formatter({ dataIndex: 1 })).toBe('40 · 40.0%');
    expect(option.xAxis).not.toHaveProperty('max');
  });

  it('uses a shared scale when given one (funnels compared side by side)', () => {
    expect(funnelBarsOptions(bars, 250).xAxis).toMatchObject({ min: 0, max: 250 });
    expect(funnelBarsOptions(bars, 0).xAxis).not.toHaveProperty('max');
  });
});
