import type { Viewer } from '@salesdash/api/identity';
import { BundleImporter, bundleFileFromContent } from '@salesdash/api/ingestion';
import { createTestDatabase, KPI_CASES, type KpiCase, type TestDatabase } from '@salesdash/api/testing';
import type { KpiFilterInput } from './graphql/kpi.types';
import type { KpiQueryService } from './kpi-query.service';
import { kpiQueryServiceOn } from './testing/kpi-query-service';

const VIEWER: Viewer = { userId: 'admin', email: 'admin@x.test', displayName: 'Admin', role: 'ADMIN', teamId: null };

function close(actual: number | null | undefined, expected: number | null): boolean {
  if (actual === null || actual === undefined || expected === null) {
    return actual === expected;
  }
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

/** Every hand-computed case of the testing library, imported through the real importer. */
describe.each(KPI_CASES.map((kpiCase) => [kpiCase.name, kpiCase] as const))('%s', (_name, kpiCase: KpiCase) => {
  let db: TestDatabase;
  let service: KpiQueryService;

  beforeAll(async () => {
    db = await createTestDatabase();
    const imported = await new BundleImporter(db.dataSource).importBundle(
      Object.entries(kpiCase.bundle).map(([name, content]) => bundleFileFromContent(name, content)),
    );
    expect(imported).toMatchObject({ ok: true });
    service = kpiQueryServiceOn(db.dataSource);
  });

  afterAll(async () => {
    await db.drop();
  });

  it.each(kpiCase.requests.map((request, index) => [index, request] as const))(
    'request %i',
    async (_index, request) => {
      const filter: KpiFilterInput = {
        ...request.filter,
        asOf: request.filter.asOf ? new Date(request.filter.asOf) : null,
      };
      const rows = await service.values(VIEWER, filter);
      const mismatches = request.expected.flatMap((expected) => {
        const row = rows.find((r) => r.kpi === expected.kpi && r.businessModel === expected.businessModel);
        const matches =
          row !== undefined &&
          row.sampleSize === expected.sampleSize &&
          close(row.value, expected.value) &&
          (!('target' in expected) || close(row.target, expected.target ?? null));
        return matches ? [] : [{ expected, actual: row }];
      });
      expect(mismatches).toEqual([]);
    },
  );
});
