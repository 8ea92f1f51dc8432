import { KPI_UNITS, type KpiUnit } from '@salesdash/shared/domain';
import {
  basisInWords,
  forecastAhead,
  formatCompact,
  formatCount,
  formatForecast,
  formatJudgedValue,
  formatKpiValue,
  formatMonth,
  formatPeriod,
  formatTargetToDate,
  sampleIsTheValue,
} from './kpi-format';
import { KpiValuePipe } from './kpi-value.pipe';

describe('formatKpiValue', () => {
  it.each<[KpiUnit, number, string]>([
    ['COUNT', 0, '0'],
    ['COUNT', 1234, '1,234'],
    ['COUNT', 1234567.4, '1,234,567'],
    ['RATE', 0, '0.0%'],
    ['RATE', 0.4234, '42.3%'],
    ['RATE', 1, '100.0%'],
    ['RATE', 0.0005, '0.1%'],
    ['EUR', 0, '€0'],
    ['EUR', 48_300.45, '€48,300'],
    ['EUR', 999_999, '€999,999'],
    ['EUR', 1_000_000, '€1M'],
    ['EUR', 1_234_567, '€1.2M'],
    ['EUR', 2_750_000_000, '€2.8B'],
    ['DAYS', 12.44, '12.4 days'],
    ['DAYS', 1, '1.0 days'],
    ['HOURS', 3.06, '3.1 h'],
    ['SCORE', 4.2, '4.2 / 5'],
    ['SCORE', 5, '5.0 / 5'],
    ['NPS', 34, '+34'],
    ['NPS', -12.4, '-12'],
    ['NPS', 0, '0'],
  ])('%s %p → %s', (unit, value, expected) => {
    expect(formatKpiValue(value, unit)).toBe(expected);
  });

  it.each(KPI_UNITS)('shows a missing %s value as —', (unit) => {
    expect(formatKpiValue(null, unit)).toBe('—');
    expect(formatKpiValue(undefined, unit)).toBe('—');
    expect(formatKpiValue(Number.NaN, unit)).toBe('—');
    expect(formatKpiValue(Number.POSITIVE_INFINITY, unit)).toBe('—');
  });

  it('is also a pipe', () => {
    const pipe = new KpiValuePipe();
    expect(pipe.transform(0.5, 'RATE')).toBe('50.0%');
    expect(pipe.transform(null, 'EUR')).toBe('—');
  });
});

describe('date and count formats', () => {
  it('formats sample sizes with grouping', () => {
    expect(formatCount(12345)).toBe('12,345');
  });

  it('names the month of a date in UTC', () => {
    expect(formatMonth('2025-01-01')).toBe('Jan 2025');
    expect(formatMonth('2025-12-31')).toBe('Dec 2025');
  });

  it('shows a period with its last day included', () => {
    // Intl puts thin spaces around the dash.
    const period = (from: string, to: string) => formatPeriod({ from, to }).replace(/\s/g, ' ');
    expect(period('2025-01-01', '2025-04-01')).toBe('Jan 1 – Mar 31, 2025');
    expect(period('2024-12-01', '2025-12-01')).toBe('Dec 1, 2024 – Nov 30, 2025');
    expect(period('2025-03-05', '2025-03-06')).toBe('Mar 5, 2025');
  });
});

describe('figures beside a value', () => {
  it('shows money compact and other units as their value', () => {
    expect(formatCompact(209_511.5, 'EUR')).toBe('€209.5K');
    expect(formatCompact(1_622_000, 'EUR')).toBe('€1.6M');
    expect(formatCompact(125.8, 'COUNT')).toBe('126');
    expect(formatCompact(0.26, 'COUNT')).toBe('0.3');
    expect(formatCompact(4, 'COUNT')).toBe('4');
  });

  it('abbreviates money only where the language does: German writes thousands in whole euros', async () => {
    expect(formatCompact(499.5, 'EUR')).toBe('€500');
    const localize = (globalThis as unknown as { $localize: { locale?: string } }).$localize;
    const english = localize.locale;
    localize.locale = 'de';
    try {
      await jest.isolateModulesAsync(async () => {
        const german = await import('./kpi-format');
        const shown = (value: number) => german.formatCompact(value, 'EUR').replace(/\s/g, ' ');
        expect(shown(6142.1)).toBe('6.142 €');
        expect(shown(209_511.5)).toBe('209.512 €');
        expect(shown(1_622_000)).toBe('1,6 Mio. €');
      });
    } finally {
      localize.locale = english;
    }
  });

  it('shows the target to date against the whole target, and the target alone once they agree', () => {
    expect(formatTargetToDate(209_511.5, 1_622_000, 'EUR')).toBe('Target to date €209.5K of €1.6M');
    expect(formatTargetToDate(125.8, 974, 'COUNT')).toBe('Target to date 126 of 974');
    expect(formatTargetToDate(1_622_000, 1_622_000, 'EUR')).toBe('Target €1.6M');
    expect(formatTargetToDate(974.0000000001, 974, 'COUNT')).toBe('Target 974');
    expect(formatTargetToDate(null, 974, 'COUNT')).toBeNull();
  });

  it('shows the forecast against the target, or alone without one', () => {
    expect(formatForecast(1_498_816, 1_622_000, 'EUR')).toBe('Forecast €1.5M of €1.6M');
    expect(formatForecast(983.2, null, 'COUNT')).toBe('Forecast 983');
    expect(formatForecast(null, 1_622_000, 'EUR')).toBeNull();
  });

  it('keeps a forecast only while it differs from the value (a period that has ended)', () => {
    expect(forecastAhead(127, 983.2)).toBe(983.2);
    expect(forecastAhead(967, 967)).toBeNull();
    expect(forecastAhead(null, 12)).toBeNull();
    expect(forecastAhead(12, null)).toBeNull();
  });
});

describe('formatJudgedValue', () => {
  it('shows a share of target in whole percent of the target to date', () => {
    expect(formatJudgedValue(0.9624, 'SHARE_OF_TARGET', 'EUR', 'WON_VOLUME')).toBe('96% of target to date');
    expect(formatJudgedValue(1.4437, 'SHARE_OF_TARGET', 'COUNT', 'WON_DEALS')).toBe('144% of target to date');
  });

  it('shows a count per rep and month with one decimal, money compact', () => {
    expect(formatJudgedValue(27.3117, 'PER_REP_MONTH', 'COUNT', 'NEW_LEADS')).toBe('27.3 per rep and month');
    expect(formatJudgedValue(41_234, 'PER_REP_MONTH', 'EUR', 'WON_VOLUME')).toBe('€41.2K per rep and month');
  });

  it('shows a stock (the pipeline) per rep, without months', () => {
    expect(formatJudgedValue(6_435_861.1, 'PER_REP_MONTH', 'EUR', 'PIPELINE_VALUE')).toBe('€6.4M per rep');
    expect(formatJudgedValue(21_439, 'PER_REP_MONTH', 'EUR', 'PIPELINE_VALUE')).toBe('€21.4K per rep');
  });

  it('shows the value on VALUE or without a basis, and "—" without a judged value', () => {
    expect(formatJudgedValue(0.42, 'VALUE', 'RATE', 'WIN_RATE')).toBe('42.0%');
    expect(formatJudgedValue(0.42, null, 'RATE', 'WIN_RATE')).toBe('42.0%');
    expect(formatJudgedValue(null, 'SHARE_OF_TARGET', 'EUR', 'WON_VOLUME')).toBe('—');
  });

  it('names the basis a trend plots, and nothing for the value itself', () => {
    expect(basisInWords('SHARE_OF_TARGET', 'WON_VOLUME')).toBe('share of the target to date');
    expect(basisInWords('PER_REP_MONTH', 'NEW_LEADS')).toBe('per rep and month');
    expect(basisInWords('PER_REP_MONTH', 'PIPELINE_VALUE')).toBe('per rep');
    expect(basisInWords('VALUE', 'WIN_RATE')).toBeNull();
    expect(basisInWords(null, 'WIN_RATE')).toBeNull();
  });
});

describe('sampleIsTheValue', () => {
  it('is true for the counts only', () => {
    expect(['NEW_LEADS', 'WON_DEALS', 'ACTIVITIES'].map(sampleIsTheValue)).toEqual([true, true, true]);
    expect(['WON_VOLUME', 'WIN_RATE', 'PIPELINE_VALUE', 'UNKNOWN'].map(sampleIsTheValue)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
