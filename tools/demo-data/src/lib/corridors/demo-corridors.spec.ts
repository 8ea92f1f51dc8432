import { addsUpOverScope, KPI_CODES, validateCorridor } from '@salesdash/shared/domain';
import { DEMO_BUSINESS_MODELS } from '../model';
import { DEMO_CORRIDORS, demoDataStart } from './demo-corridors';

describe('the demo corridors', () => {
  it('cover every KPI but quota attainment of both business models exactly once', () => {
    const keys = DEMO_CORRIDORS.map((corridor) => `${corridor.businessModel}:${corridor.kpi}`);
    const judged = KPI_CODES.filter((kpi) => kpi !== 'QUOTA_ATTAINMENT');
    expect([...keys].sort()).toEqual(
      DEMO_BUSINESS_MODELS.flatMap((model) => judged.map((kpi) => `${model}:${kpi}`)).sort(),
    );
  });

  it('judge counts and sums on a basis that holds at every scope, everything else on its value', () => {
    for (const corridor of DEMO_CORRIDORS) {
      expect([corridor.kpi, corridor.basis !== 'VALUE']).toEqual([corridor.kpi, addsUpOverScope(corridor.kpi)]);
    }
  });

  it.each(DEMO_CORRIDORS.map((corridor) => [`${corridor.businessModel} ${corridor.kpi}`, corridor] as const))(
    '%s is a valid corridor with a rationale sentence',
    (_name, corridor) => {
      expect(validateCorridor(corridor, corridor.kpi)).toEqual([]);
      expect(corridor.rationale).toMatch(/^[A-Z].+\.$/);
    },
  );

  it('keeps the seed idea: default rate near zero for premium, priced in for consumer loans', () => {
    const defaultRate = (model: string) =>
      DEMO_CORRIDORS.find((corridor) => corridor.businessModel === model && corridor.kpi === 'DEFAULT_RATE');
    expect(defaultRate('PREMIUM_FINANCING')).toMatchObject({ acceptableMax: 0.005, toleratedMax: 0.01 });
    expect(defaultRate('CONSUMER_LOANS')).toMatchObject({ acceptableMax: 0.06, toleratedMax: 0.08 });
  });

  it('are in force from the first day of the demo data', () => {
    expect(demoDataStart(new Date('2026-11-24T15:00:00Z'))).toBe('2024-12-01');
  });
});
