import { Test } from '@nestjs/testing';
import { DatabaseModule } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { BundleImporter } from './bundle-importer';
import { IngestionModule } from './ingestion.module';
import { memoryBundle } from './testing/memory-bundle';
import { SAMPLE_FILES } from './testing/sample-bundle';

describe('IngestionModule', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  }, 60_000);

  afterAll(async () => {
    await db.drop();
  });

  it('provides a BundleImporter on the globally provided DataSource', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forDataSource(db.dataSource), IngestionModule],
    }).compile();

    const importer = moduleRef.get(BundleImporter);

    await expect(importer.importBundle(memoryBundle(SAMPLE_FILES))).resolves.toMatchObject({ ok: true, rows: 25 });
    await moduleRef.close();
  });
});
