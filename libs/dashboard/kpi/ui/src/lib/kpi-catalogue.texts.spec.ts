import { KPI_CATALOGUE, KPI_CODES } from '@salesdash/shared/domain';
import { KPI_CATALOGUE_TEXTS, kpiName, kpiTexts } from './kpi-catalogue.texts';

describe('KPI_CATALOGUE_TEXTS', () => {
  it('has the texts of exactly the catalogue’s KPIs', () => {
    expect(Object.keys(KPI_CATALOGUE_TEXTS).sort()).toEqual([...KPI_CODES].sort());
  });

  it.each([...KPI_CATALOGUE.values()])('says in English exactly what the catalogue says of $code', (definition) => {
    const { name, description, sampleSizeOf, directionReason } = definition;
    expect(kpiTexts(definition.code)).toEqual({
      name,
      description,
      sampleSizeOf,
      ...(directionReason === undefined ? {} : { directionReason }),
    });
  });
});

describe('kpiTexts and kpiName', () => {
  it('name a known KPI by the catalogue', () => {
    expect(kpiName('WIN_RATE')).toBe('Win rate');
    expect(kpiTexts('PIPELINE_VALUE')?.sampleSizeOf).toBe('open deals at the period end');
  });

  it('know nothing of an unknown code: its name is the code', () => {
    expect(kpiTexts('NOT_A_KPI')).toBeNull();
    expect(kpiName('NOT_A_KPI')).toBe('NOT_A_KPI');
  });
});
