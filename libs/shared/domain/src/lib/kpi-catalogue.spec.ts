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

describe('KPI direction', () => {
  it('says which side is good, with a reason wherever both sides matter', () => {
    const of = (direction: string) => KPI_CODES.filter((code) => KPI_CATALOGUE.get(code)?.direction === direction);
    expect(of('LOWER_IS_BETTER')).toEqual(['DEFAULT_RATE', 'NEGATIVE_MOMENT_RATE', 'FIRST_RESPONSE_HOURS']);
    expect(of('BOTH_SIDES')).toEqual(['AVG_DEAL_SIZE', 'SALES_CYCLE_DAYS', 'PIPELINE_VALUE', 'ONBOARDING_DAYS']);
    for (const definition of KPI_CATALOGUE.values()) {
      expect(definition.directionReason !== undefined).toBe(definition.direction === 'BOTH_SIDES');
    }
  });
});
