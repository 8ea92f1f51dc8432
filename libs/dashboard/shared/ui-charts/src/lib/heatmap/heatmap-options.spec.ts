import { contrastRatio } from '../status-colors';
import { heatColor, heatmapOptions, labelColor, mutedColor } from './heatmap-options';

describe('heatColor', () => {
  it('runs from red (bad) over a neutral middle to green (good), clamped', () => {
    expect(heatColor(0, 'DIVERGING')).toBe('#b3261e');
    expect(heatColor(0.5, 'DIVERGING')).toBe('#f4efe4');
    expect(heatColor(1, 'DIVERGING')).toBe('#1b6e3a');
    expect(heatColor(-3, 'DIVERGING')).toBe('#b3261e');
    expect(heatColor(7, 'SEQUENTIAL')).toBe('#1f4f99');
    expect(heatColor(Number.NaN, 'SEQUENTIAL')).toBe('#eef3fb');
  });

  it('labels every fill readably (WCAG AA for the 12 px labels), muted ones too', () => {
    for (const scale of ['DIVERGING', 'SEQUENTIAL'] as const) {
      for (let step = 0; step <= 200; step++) {
        const fill = heatColor(step / 200, scale);
        for (const shown of [fill, mutedColor(fill)]) {
          expect(contrastRatio(labelColor(shown), shown)).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });
});

describe('heatmapOptions', () => {
  const cells = [
    {
      column: 0,
      row: 0,
      position: 0.9,
      label: '4.6',
      tooltip: 'Suspect · Web: <b>ok</b>',
      muted: false,
      marked: false,
    },
    { column: 1, row: 1, position: 0.1, label: '⚑ (1.4)', tooltip: 'x', muted: true, marked: true },
  ];

  it('puts the first row on top, every column label shown, each cell’s label and tooltip from the cell', () => {
    const option = heatmapOptions(['Web', 'E-mail'], ['Suspect', 'Won'], cells, 'DIVERGING');
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['Suspect', 'Won'] });
    expect(option.xAxis).toMatchObject({ data: ['Web', 'E-mail'], axisLabel: { interval: 0 } });
    const series = (
      option.series as {
        data: { value: number[]; itemStyle: Record<string, unknown> }[];
        label: { formatter: (p: unknown) => string };
      }[]
    )[0];
    expect(series.data.map((d) => d.value)).toEqual([
      [0, 0, 0.9],
      [1, 1, 0.1],
    ]);
    expect(series.label.formatter({ dataIndex: 1 })).toBe('⚑ (1.4)');
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter({ dataIndex: 0 })).toBe('Suspect · Web: &#60;b&#62;ok&#60;/b&#62;');
  });

  it('draws a thin cell faint and dashed, a marked one framed', () => {
    const option = heatmapOptions(['Web', 'E-mail'], ['Suspect', 'Won'], cells, 'DIVERGING');
    const [plain, marked] = (option.series as { data: { itemStyle: Record<string, unknown> }[] }[])[0].data;
    expect(plain.itemStyle).toMatchObject({ color: heatColor(0.9, 'DIVERGING'), borderType: 'solid' });
    expect(marked.itemStyle).toMatchObject({ color: mutedColor(heatColor(0.1, 'DIVERGING')), borderWidth: 2.5 });
  });
});
