import { KPI_STATUSES, PACES } from '@salesdash/shared/domain';
import { CHART_COLORS } from './chart-theme';
import { contrastRatio, PACE_COLORS, STATUS_COLORS } from './status-colors';

describe('status colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(() => contrastRatio('red', '#ffffff')).toThrow('Not a #rrggbb colour');
  });

  it.each(KPI_STATUSES)('%s text and icon meet WCAG AA on its own background and on the surface', (status) => {
    const { text, background } = STATUS_COLORS[status];
    expect(contrastRatio(text, CHART_COLORS.surface)).toBeGreaterThanOrEqual(4.5);
    if (background !== 'transparent') {
      expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives the three judgements three different colours and the others a neutral one', () => {
    const judged = new Set(
      ['ACCEPTABLE', 'TOLERATED', 'UNACCEPTABLE'].map((s) => STATUS_COLORS[s as 'ACCEPTABLE'].text),
    );
    expect(judged.size).toBe(3);
    expect(STATUS_COLORS.NO_RANGE.text).toBe(STATUS_COLORS.NO_DATA.text);
  });

  it.each(PACES)('pace %s text and icon meet WCAG AA on its own background and on the surface', (pace) => {
    const { text, background } = PACE_COLORS[pace];
    expect(contrastRatio(text, CHART_COLORS.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives each pace the colour of the status it foreshadows', () => {
    expect(PACE_COLORS.ON_TRACK).toBe(STATUS_COLORS.ACCEPTABLE);
    expect(PACE_COLORS.BEHIND).toBe(STATUS_COLORS.TOLERATED);
    expect(PACE_COLORS.AT_RISK).toBe(STATUS_COLORS.UNACCEPTABLE);
    expect(PACE_COLORS.TOO_EARLY.text).toBe(STATUS_COLORS.NO_DATA.text);
  });
});
