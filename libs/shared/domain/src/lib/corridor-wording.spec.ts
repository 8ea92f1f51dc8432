import {
  basisName,
  boundScale,
  type CorridorWording,
  describeCorridor,
  ENGLISH_CORRIDOR_WORDING,
} from './corridor-wording';

/** An onboarding corridor in days: acceptable 10–35, tolerated 5–45. */
const ONBOARDING = { acceptableMin: 10, acceptableMax: 35, toleratedMin: 5, toleratedMax: 45 };

describe('describeCorridor', () => {
  it.each([
    [ONBOARDING, 'ONBOARDING_DAYS', 'acceptable 10–35 days, tolerated 5–45 days'],
    [{ acceptableMax: 0.005, toleratedMax: 0.01 }, 'DEFAULT_RATE', 'acceptable ≤ 0.5 %, tolerated ≤ 1 %'],
    [{ acceptableMin: 0.98 }, 'DEFAULT_RATE', 'acceptable ≥ 98 %, tolerated any value'],
    [{ acceptableMin: 0.98, toleratedMin: 0.98 }, 'DEFAULT_RATE', 'acceptable ≥ 98 %'],
    [{ acceptableMin: 0.07, acceptableMax: 0.07 }, 'DEFAULT_RATE', 'acceptable exactly 7 %, tolerated any value'],
    [{ acceptableMax: 4, toleratedMax: 8 }, 'FIRST_RESPONSE_HOURS', 'acceptable ≤ 4 hours, tolerated ≤ 8 hours'],
    [{ acceptableMax: 1, toleratedMax: 2 }, 'ONBOARDING_DAYS', 'acceptable ≤ 1 day, tolerated ≤ 2 days'],
    [
      { acceptableMin: 1, acceptableMax: 1, toleratedMin: 0.5 },
      'FIRST_RESPONSE_HOURS',
      'acceptable exactly 1 hour, tolerated ≥ 0.5 hours',
    ],
    [{ acceptableMin: 0.5, acceptableMax: 1 }, 'ONBOARDING_DAYS', 'acceptable 0.5–1 days, tolerated any value'],
    [
      { acceptableMin: 250000, toleratedMin: 120000.5 },
      'AVG_DEAL_SIZE',
      'acceptable ≥ 250,000 EUR, tolerated ≥ 120,000.5 EUR',
    ],
    [{ acceptableMin: 30, toleratedMin: -10 }, 'NPS', 'acceptable ≥ 30, tolerated ≥ -10'],
    [
      { acceptableMin: 4.2, acceptableMax: 5, toleratedMin: 3.8, toleratedMax: 5 },
      'CSAT',
      'acceptable 4.2–5, tolerated 3.8–5',
    ],
    [
      { acceptableMin: 0.95, toleratedMin: 0.8, basis: 'SHARE_OF_TARGET' },
      'WON_VOLUME',
      'acceptable ≥ 95 % of target to date, tolerated ≥ 80 %',
    ],
    [
      { acceptableMin: 20, toleratedMin: 15, basis: 'PER_REP_MONTH' },
      'ACTIVITIES',
      'acceptable ≥ 20 per rep and month, tolerated ≥ 15',
    ],
    [
      { acceptableMin: 40000, basis: 'PER_REP_MONTH' },
      'WON_VOLUME',
      'acceptable ≥ 40,000 EUR per rep and month, tolerated any value',
    ],
    [
      { acceptableMin: 1000000, acceptableMax: 5000000, basis: 'PER_REP_MONTH' },
      'PIPELINE_VALUE',
      'acceptable 1,000,000–5,000,000 EUR per rep, tolerated any value',
    ],
    [{ acceptableMin: 0.4, basis: 'VALUE' }, 'WIN_RATE', 'acceptable ≥ 40 %, tolerated any value'],
  ] as const)('%j of %s reads "%s"', (corridor, kpi, text) => {
    expect(describeCorridor(corridor, kpi)).toBe(text);
  });
});

describe('a corridor in another language', () => {
  const GERMAN_NUMBER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 4 });
  const german: CorridorWording = {
    formatNumber: (value) => GERMAN_NUMBER.format(value),
    acceptable: {
      VALUE: 'akzeptabel {band}',
      PER_REP_MONTH: 'akzeptabel {band} je Person und Monat',
      PER_REP: 'akzeptabel {band} je Person',
      SHARE_OF_TARGET: 'akzeptabel {band} des Zielwerts bis heute',
    },
    withTolerated: '{acceptable}, toleriert {band}',
    bands: { exactly: 'genau {value}', atLeast: '≥ {value}', atMost: '≤ {value}', any: 'jeder Wert' },
    amounts: { RATE: '{value} %', DAYS: { one: '{value} Tag', other: '{value} Tage' }, EUR: '{value} €' },
    basisNames: {
      VALUE: 'der Wert',
      PER_REP_MONTH: 'je Person und Monat',
      PER_REP: 'je Person',
      SHARE_OF_TARGET: 'Anteil am Zielwert bis heute',
    },
  };

  it.each([
    [ONBOARDING, 'ONBOARDING_DAYS', 'akzeptabel 10–35 Tage, toleriert 5–45 Tage'],
    [{ acceptableMax: 1, toleratedMax: 2 }, 'ONBOARDING_DAYS', 'akzeptabel ≤ 1 Tag, toleriert ≤ 2 Tage'],
    [{ acceptableMax: 0.005, toleratedMax: 0.005 }, 'DEFAULT_RATE', 'akzeptabel ≤ 0,5 %'],
    [
      { acceptableMin: 1234.5, basis: 'PER_REP_MONTH' },
      'WON_VOLUME',
      'akzeptabel ≥ 1.234,5 € je Person und Monat, toleriert jeder Wert',
    ],
    [{ acceptableMin: 3, acceptableMax: 3 }, 'ACTIVITIES', 'akzeptabel genau 3, toleriert jeder Wert'],
  ] as const)('%j of %s reads "%s" in the words given', (corridor, kpi, text) => {
    expect(describeCorridor(corridor, kpi, german)).toBe(text);
  });

  it('names a basis in the words given, a stock per rep only', () => {
    expect(basisName('PER_REP_MONTH', 'ACTIVITIES', german)).toBe('je Person und Monat');
    expect(basisName('PER_REP_MONTH', 'PIPELINE_VALUE', german)).toBe('je Person');
    expect(basisName('PER_REP_MONTH', 'PIPELINE_VALUE')).toBe('per rep');
    expect(basisName('SHARE_OF_TARGET')).toBe(ENGLISH_CORRIDOR_WORDING.basisNames.SHARE_OF_TARGET);
  });
});

describe('boundScale', () => {
  it('types a share of target in percent of target and every other basis in the KPI’s own unit', () => {
    expect(boundScale('NEW_LEADS', 'VALUE')).toBe(1);
    expect(boundScale('NEW_LEADS', 'PER_REP_MONTH')).toBe(1);
    expect(boundScale('NEW_LEADS', 'SHARE_OF_TARGET')).toBe(100);
    expect(boundScale('WON_VOLUME', 'PER_REP_MONTH')).toBe(1);
    expect(boundScale('WIN_RATE', 'VALUE')).toBe(100);
  });
});
