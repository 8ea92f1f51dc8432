import { convertToParamMap } from '@angular/router';
import type { PeriodPreset } from '@salesdash/shared/domain';
import { parsePeriodParams, periodParams, type PeriodState, samePeriodState } from './period-params';

const TODAY = '2025-05-14';
const parse = (params: Record<string, string>, defaultPreset: PeriodPreset = 'LAST_12_MONTHS') =>
  parsePeriodParams(convertToParamMap(params), TODAY, defaultPreset);

/** The parameters a state writes, without the removed (null) ones. */
function written(state: PeriodState): Record<string, string> {
  return Object.fromEntries(Object.entries(periodParams(state)).filter(([, v]) => v !== null)) as Record<
    string,
    string
  >;
}

describe('period URL state', () => {
  it.each<[PeriodPreset, string, string]>([
    ['LAST_12_MONTHS', '2024-05-01', '2025-05-01'],
    ['THIS_MONTH', '2025-05-01', '2025-06-01'],
  ])('defaults to the page’s preset (%s) and all models', (preset, from, to) => {
    expect(parse({}, preset)).toEqual({ selection: { preset, from, to }, businessModel: null });
  });

  it.each([
    ['this-month', 'THIS_MONTH', '2025-05-01', '2025-06-01'],
    ['this-quarter', 'THIS_QUARTER', '2025-04-01', '2025-07-01'],
    ['year-to-date', 'YEAR_TO_DATE', '2025-01-01', '2025-05-15'],
    ['last-month', 'LAST_MONTH', '2025-04-01', '2025-05-01'],
    ['last-quarter', 'LAST_QUARTER', '2025-01-01', '2025-04-01'],
    ['last-12-months', 'LAST_12_MONTHS', '2024-05-01', '2025-05-01'],
  ])('reads ?preset=%s as %s, computed for today, and writes it back by name only', (param, preset, from, to) => {
    const state = parse({ preset: param, model: 'CONSUMER_LOANS' }, 'THIS_MONTH');
    expect(state).toEqual({ selection: { preset, from, to }, businessModel: 'CONSUMER_LOANS' });
    expect(periodParams(state)).toEqual({ preset: param, from: null, to: null, model: 'CONSUMER_LOANS' });
  });

  it('reads and writes a valid custom period with its dates, also one reaching beyond today', () => {
    const state = parse({ preset: 'custom', from: '2025-05-01', to: '2025-09-01' });
    expect(state.selection).toEqual({ preset: 'CUSTOM', from: '2025-05-01', to: '2025-09-01' });
    expect(periodParams(state)).toEqual({ preset: 'custom', from: '2025-05-01', to: '2025-09-01', model: null });
  });

  it.each([
    [{ preset: 'custom', from: '2024-04-01', to: '2024-01-01' }],
    [{ preset: 'custom', from: '2024-04-01', to: '2024-04-01' }],
    [{ preset: 'custom', from: '2024-02-30', to: '2024-04-01' }],
    [{ preset: 'custom', from: '2018-01-01', to: '2024-01-02' }],
    [{ preset: 'custom' }],
    [{ preset: 'decade' }],
    [{ preset: 'month' }],
  ])('falls back to the page’s default for an invalid period %p', (params) => {
    expect(parse(params, 'THIS_MONTH').selection).toEqual({
      preset: 'THIS_MONTH',
      from: '2025-05-01',
      to: '2025-06-01',
    });
    expect(parse(params, 'LAST_12_MONTHS').selection.preset).toBe('LAST_12_MONTHS');
  });

  it('ignores a malformed model code', () => {
    expect(parse({ model: '<script>' }).businessModel).toBeNull();
    expect(parse({ model: 'consumer_loans' }).businessModel).toBeNull();
  });

  it('round-trips every choice', () => {
    const cases: Record<string, string>[] = [
      { preset: 'custom', from: '2023-03-01', to: '2023-09-15', model: 'PREMIUM_FINANCING' },
      { preset: 'this-quarter' },
      { preset: 'last-month', model: 'CONSUMER_LOANS' },
    ];
    for (const params of cases) {
      const state = parse(params);
      expect(written(state)).toEqual(params);
      expect(samePeriodState(parse(written(state)), state)).toBe(true);
    }
  });

  it('tells states apart by preset, dates and model', () => {
    const base = parse({ preset: 'this-month' });
    expect(samePeriodState(base, parse({ preset: 'this-month' }))).toBe(true);
    expect(samePeriodState(base, parse({ preset: 'last-month' }))).toBe(false);
    expect(samePeriodState(base, parse({ preset: 'this-month', model: 'CONSUMER_LOANS' }))).toBe(false);
    expect(
      samePeriodState(
        parse({ preset: 'custom', from: '2025-05-01', to: '2025-06-01' }),
        parse({ preset: 'custom', from: '2025-05-01', to: '2025-06-02' }),
      ),
    ).toBe(false);
  });
});
