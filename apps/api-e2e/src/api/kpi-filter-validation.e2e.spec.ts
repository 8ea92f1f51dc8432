import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { KPI_CODES } from '@salesdash/shared/domain';
import { type ApiServer, startApiServer } from '../support/api-server';

const KPI_VALUES = `query ($filter: KpiFilter!) { kpiValues(filter: $filter) { kpi businessModel value sampleSize status target policyVersion } }`;

describe('kpiCatalogue and kpiValues filters', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url);
    token = await api.login();
  });

  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it('lists the 18 KPIs with unit, stage and owner roles', async () => {
    const result = await api.graphql<{
      kpiCatalogue: { code: string; unit: string; stage: string; ownerRoles: string[] }[];
    }>('{ kpiCatalogue { code name unit stage ownerRoles description sampleSizeOf } }', undefined, token);
    expect(result.data?.kpiCatalogue.map((kpi) => kpi.code)).toEqual([...KPI_CODES]);
    expect(result.data?.kpiCatalogue.find((kpi) => kpi.code === 'DEFAULT_RATE')).toMatchObject({
      unit: 'RATE',
      stage: 'PAID_OUT',
      ownerRoles: ['MANAGEMENT', 'CONTROLLING'],
    });
  });

  it('answers an empty database with one row per KPI and model: zeros, nulls, NO_DATA or NO_RANGE', async () => {
    const result = await api.graphql<{ kpiValues: { kpi: string; value: number | null; status: string }[] }>(
      KPI_VALUES,
      { filter: { from: '2026-01-01', to: '2026-02-01' } },
      token,
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data?.kpiValues ?? [];
    expect(rows).toHaveLength(KPI_CODES.length * 2);
    expect(rows.find((row) => row.kpi === 'NEW_LEADS')).toMatchObject({ value: 0, status: 'NO_RANGE' });
    expect(rows.find((row) => row.kpi === 'WIN_RATE')).toMatchObject({ value: null, status: 'NO_DATA' });
  });

  it.each([
    ['from equal to to', { from: '2026-02-01', to: '2026-02-01' }, 'filter.to'],
    ['from after to', { from: '2026-03-01', to: '2026-02-01' }, 'filter.to'],
    ['a period over 5 years', { from: '2020-01-01', to: '2025-01-02' }, 'filter.to'],
    ['an unknown KPI', { from: '2026-01-01', to: '2026-02-01', kpis: ['WIN_RATE', 'HAPPINESS'] }, 'filter.kpis'],
    ['an empty KPI list', { from: '2026-01-01', to: '2026-02-01', kpis: [] }, 'filter.kpis'],
    [
      'an unknown business model',
      { from: '2026-01-01', to: '2026-02-01', businessModels: ['LEASING'] },
      'filter.businessModels',
    ],
    [
      'an unknown team',
      { from: '2026-01-01', to: '2026-02-01', scope: { type: 'TEAM', id: 'T-404' } },
      'filter.scope.id',
    ],
    [
      'an unknown rep',
      { from: '2026-01-01', to: '2026-02-01', scope: { type: 'REP', id: 'U-404' } },
      'filter.scope.id',
    ],
    ['a region without id', { from: '2026-01-01', to: '2026-02-01', scope: { type: 'REGION' } }, 'filter.scope.id'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_name, filter, field) => {
    const result = await api.graphql(KPI_VALUES, { filter }, token);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('answers every issue with its message code and parameters beside the English text', async () => {
    const filter = { from: '2026-03-01', to: '2026-02-01', kpis: ['WIN_RATE', 'HAPPINESS'] };
    const result = await api.graphql(KPI_VALUES, { filter }, token);
    expect(result.errors?.[0].message).toBe(
      "filter.to: to (2026-02-01) must be after from (2026-03-01); filter.kpis: unknown KPI 'HAPPINESS'",
    );
    expect(result.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messageCode: 'PERIOD_END_NOT_AFTER_START',
      params: { to: '2026-02-01', from: '2026-03-01' },
      field: 'filter.to',
      issues: [
        {
          field: 'filter.to',
          messageCode: 'PERIOD_END_NOT_AFTER_START',
          params: { to: '2026-02-01', from: '2026-03-01' },
          message: 'to (2026-02-01) must be after from (2026-03-01)',
        },
        {
          field: 'filter.kpis',
          messageCode: 'UNKNOWN_KPIS',
          params: { codes: "'HAPPINESS'" },
          message: "unknown KPI 'HAPPINESS'",
        },
      ],
    });
  });

  it('answers a date GraphQL itself refuses with the message code of the Date scalar', async () => {
    const result = await api.graphql(KPI_VALUES, { filter: { from: '2026-02-30', to: '2026-03-01' } }, token);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageCode: 'DATE_SCALAR_FORMAT',
      params: { value: '"2026-02-30"' },
    });
  });

  it('accepts exactly 5 years', async () => {
    const result = await api.graphql(
      KPI_VALUES,
      { filter: { from: '2020-01-01', to: '2025-01-01', kpis: ['NEW_LEADS'] } },
      token,
    );
    expect(result.errors).toBeUndefined();
  });

  it('refuses a malformed date with BAD_USER_INPUT', async () => {
    const result = await api.graphql(KPI_VALUES, { filter: { from: '2026-02-30', to: '2026-03-01' } }, token);
    expect(result.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('YYYY-MM-DD');
  });

  it.each([
    ['the company as a level', { level: 'COMPANY', ids: ['X'] }, 'filter.level', 'the company is one scope'],
    ['no ids', { level: 'TEAM', ids: [] }, 'filter.ids', 'name 1 to 200 ids (got 0)'],
    [
      'more than 200 ids',
      { level: 'REP', ids: Array.from({ length: 201 }, (_, i) => `U-${i}`) },
      'filter.ids',
      'name 1 to 200 ids (got 201)',
    ],
    ['an id twice', { level: 'TEAM', ids: ['T-1', 'T-2', 'T-1'] }, 'filter.ids', "each id once: 'T-1' repeated"],
    ['unknown teams', { level: 'TEAM', ids: ['T-404', 'T-405'] }, 'filter.ids', "unknown team 'T-404', 'T-405'"],
  ])('refuses kpiValuesByScope with %s, naming the field', async (_name, scopes, field, message) => {
    const result = await api.graphql(
      'query ($filter: KpiScopesFilter!) { kpiValuesByScope(filter: $filter) { scopeId } }',
      { filter: { from: '2026-01-01', to: '2026-02-01', ...scopes } },
      token,
    );
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toContain(message);
  });

  it('refuses a trend of more than 36 months', async () => {
    const result = await api.graphql(
      'query ($filter: KpiTrendFilter!) { kpiTrend(filter: $filter) { kpi } }',
      { filter: { to: '2026-01-01', months: 37 } },
      token,
    );
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.months' });
  });
});
