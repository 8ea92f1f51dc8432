import { Readable } from 'node:stream';
import { BundleImporter, type BundleFile } from '@salesdash/api/ingestion';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { ADA, seedOrganisation } from '../testing/admin-fixtures';
import { UserStatusService } from './user-status.service';

/** A regions.csv that delivers one row, then stalls until `finish` is called, then fails. */
function stalledBundleFile(): { file: BundleFile; finish: () => void } {
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const file: BundleFile = {
    name: 'regions.csv',
    open: () =>
      Readable.from(
        (async function* () {
          yield Buffer.from('region_id,name\nR-EAST,East\n');
          await finished;
          throw new Error('the test ended the import');
        })(),
      ),
  };
  return { file, finish };
}

/** The promise's value, or a failure once `ms` have passed without one. */
async function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('the last-active-ADMIN lock on PostgreSQL', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  beforeEach(() => seedOrganisation(db.dataSource));

  afterAll(async () => {
    await db.drop();
  });

  async function advisoryLocksHeld(): Promise<number> {
    const [{ held }] = await db.dataSource.query(
      `SELECT count(*)::int AS held FROM pg_locks
       WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    return held;
  }

  it('deactivates an ADMIN at once while an import holds its transaction open', async () => {
    const stalled = stalledBundleFile();
    const importing = new BundleImporter(db.dataSource).importBundle([stalled.file]);
    try {
      while ((await advisoryLocksHeld()) === 0) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const started = performance.now();
      const deactivated = await within(3_000, new UserStatusService(db.dataSource).deactivate(ADA, 'U-BEN'));
      expect(deactivated).toMatchObject({ id: 'U-BEN', active: false });
      expect(performance.now() - started).toBeLessThan(1_000);
    } finally {
      stalled.finish();
      await expect(importing).rejects.toThrow('the test ended the import');
    }
  });
});
