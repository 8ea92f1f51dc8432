import { convertToParamMap } from '@angular/router';
import { overviewParams, parseOverviewParams } from './overview-params';

const TODAY = '2025-05-14';
const parse = (params: Record<string, string>) => parseOverviewParams(convertToParamMap(params), TODAY);

describe('overview URL state', () => {
  it('defaults to the last 12 months and all models', () => {
    expect(parse({})).toEqual({
      selection: { preset: 'LAST_12_MONTHS', from: '2024-06-01', to: '2025-06-01' },
      businessModel: null,
    });
  });

  it('reads a preset by name, computed for today', () => {
    expect(parse({ preset: 'quarter', model: 'CONSUMER_LOANS' })).toEqual({
      selection: { preset: 'QUARTER', from: '2025-04-01', to: '2025-07-01' },
      businessModel: 'CONSUMER_LOANS',
    });
    expect(parse({ preset: 'year-to-date' }).selection).toEqual({
      preset: 'YEAR_TO_DATE',
      from: '2025-01-01',
      to: '2025-05-15',
    });
  });

  it('reads a valid custom period', () => {
    expect(parse({ preset: 'custom', from: '2024-01-01', to: '2024-04-01' }).selection).toEqual({
      preset: 'CUSTOM',
      from: '2024-01-01',
      to: '2024-04-01',
    });
  });

  it.each([
    [{ preset: 'custom', from: '2024-04-01', to: '2024-01-01' }],
    [{ preset: 'custom', from: '2024-02-30', to: '2024-04-01' }],
    [{ preset: 'custom', from: '2018-01-01', to: '2024-01-02' }],
    [{ preset: 'custom' }],
    [{ preset: 'decade' }],
  ])('falls back to the default for an invalid period %p', (params) => {
    expect(parse(params).selection.preset).toBe('LAST_12_MONTHS');
  });

  it('ignores a malformed model code', () => {
    expect(parse({ model: '<script>' }).businessModel).toBeNull();
  });

  it('writes presets by name only and custom periods with their dates', () => {
    expect(
      overviewParams({ selection: { preset: 'QUARTER', from: '2025-04-01', to: '2025-07-01' }, businessModel: null }),
    ).toEqual({ preset: 'quarter', from: null, to: null, model: null });
    expect(
      overviewParams({
        selection: { preset: 'CUSTOM', from: '2025-01-01', to: '2025-02-01' },
        businessModel: 'CONSUMER_LOANS',
      }),
    ).toEqual({ preset: 'custom', from: '2025-01-01', to: '2025-02-01', model: 'CONSUMER_LOANS' });
  });

  it('round-trips', () => {
    const state = parse({ preset: 'custom', from: '2023-03-01', to: '2023-09-15', model: 'PREMIUM_FINANCING' });
    const params = Object.fromEntries(
      Object.entries(overviewParams(state)).filter(([, v]) => v !== null) as [string, string][],
    );
    expect(parse(params)).toEqual(state);
  });
});
