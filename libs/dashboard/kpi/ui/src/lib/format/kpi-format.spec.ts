import { KPI_UNITS, type KpiUnit } from '@salesdash/shared/domain';
import { formatCount, formatKpiValue, formatMonth, formatPeriod } from './kpi-format';
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
