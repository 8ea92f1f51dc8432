import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { BusinessModelCatalog } from './business-model-catalog.service';

describe('BusinessModelCatalog', () => {
  let db: TestDatabase;
  let catalog: BusinessModelCatalog;

  beforeAll(async () => {
    db = await createTestDatabase();
    catalog = new BusinessModelCatalog(db.dataSource);
  }, 60_000);

  afterAll(async () => {
    await db.drop();
  });

  it('lists every business model by code, retired ones included and marked', async () => {
    await db.dataSource.query(
      `UPDATE business_model SET retired_at = '2026-01-01T00:00:00Z' WHERE code = 'PREMIUM_FINANCING'`,
    );

    const models = await catalog.list();

    expect(models.map(({ code, retired }) => ({ code, retired }))).toEqual([
      { code: 'CONSUMER_LOANS', retired: false },
      { code: 'PREMIUM_FINANCING', retired: true },
    ]);
    expect(models[1].retiredAt).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(await catalog.codes()).toEqual(['CONSUMER_LOANS', 'PREMIUM_FINANCING']);
  });
});
