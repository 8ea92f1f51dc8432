import { changeTexts, formatChange } from './kpi-change';

describe('formatChange', () => {
  it('gives rates in percentage points, scores and NPS in points', () => {
    expect(formatChange(0.25, 0.229, 'RATE')).toBe('+2.1 pts');
    expect(formatChange(0.2, 0.25, 'RATE')).toBe('−5.0 pts');
    expect(formatChange(4.1, 4.4, 'SCORE')).toBe('−0.3');
    expect(formatChange(35, 30, 'NPS')).toBe('+5');
  });

  it('gives counts, amounts, days and hours relatively; from nothing, by how much', () => {
    expect(formatChange(112, 100, 'COUNT')).toBe('+12%');
    expect(formatChange(900_000, 1_000_000, 'EUR')).toBe('−10%');
    expect(formatChange(10, 10, 'DAYS')).toBe('0%');
    expect(formatChange(5, 0, 'COUNT')).toBe('+5');
    expect(formatChange(0, 0, 'COUNT')).toBe('0%');
  });

  it('says nothing without both values', () => {
    expect(formatChange(null, 3, 'COUNT')).toBeNull();
    expect(formatChange(3, null, 'RATE')).toBeNull();
  });
});

describe('changeTexts', () => {
  const change = {
    previous: { from: '2026-11-01', to: '2026-11-06', value: 100 },
    lastYear: { from: '2025-12-01', to: '2025-12-06', value: null },
  };

  it('compares with the period before and last year, leaving out a comparison without a value', () => {
    const texts = changeTexts(112, change, 'COUNT').map((text) => ({ ...text, full: text.full.replace(/\s/g, ' ') }));
    expect(texts).toEqual([
      {
        direction: 'UP',
        change: '+12%',
        short: '+12% vs previous period',
        full: '+12% against Nov 1 – 5, 2026 (100)',
      },
    ]);
  });

  it('has nothing to say without a change or a value', () => {
    expect(changeTexts(112, null, 'COUNT')).toEqual([]);
    expect(changeTexts(null, change, 'COUNT')).toEqual([]);
  });
});
