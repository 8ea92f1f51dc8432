import {
  addsUpOverScope,
  DEFAULT_RESPONSIBILITY,
  KPI_CATALOGUE,
  KPI_CODES,
  KPI_STAGE_ORDER,
  ownerRoles,
} from './kpi-catalogue';

describe('KPI catalogue', () => {
  it('defines each of the 18 KPIs once, on a stage that is shown', () => {
    expect(KPI_CODES).toHaveLength(18);
    expect(KPI_CATALOGUE.size).toBe(18);
    for (const definition of KPI_CATALOGUE.values()) {
      expect(KPI_STAGE_ORDER).toContain(definition.stage);
    }
  });

  it('gives marketing the journey and customer-voice KPIs and keeps DEFAULT_RATE from sales managers', () => {
    expect(DEFAULT_RESPONSIBILITY.MARKETING).toHaveLength(7);
    expect(DEFAULT_RESPONSIBILITY.SALES_MANAGER).not.toContain('DEFAULT_RATE');
    expect(DEFAULT_RESPONSIBILITY.SALES_REP).toHaveLength(13);
    expect(ownerRoles('DEFAULT_RATE')).toEqual(['MANAGEMENT', 'CONTROLLING']);
  });
});

describe('addsUpOverScope', () => {
  it('holds for the counts and sums, not for rates, means, medians, ratios or unknown codes', () => {
    expect(KPI_CODES.filter((code) => addsUpOverScope(code))).toEqual([
      'NEW_LEADS',
      'WON_DEALS',
      'WON_VOLUME',
      'PIPELINE_VALUE',
      'ACTIVITIES',
    ]);
    expect(addsUpOverScope('NOPE')).toBe(false);
  });
});
