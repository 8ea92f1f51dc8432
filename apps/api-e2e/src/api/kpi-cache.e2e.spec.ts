import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { type ApiServer, runImport, startApiServer } from '../support/api-server';

const KPI_VALUES = `query ($filter: KpiFilter!) {
  kpiValues(filter: $filter) { kpi businessModel value sampleSize }
}`;
const MARCH = { from: '2026-03-01', to: '2026-04-01', businessModels: ['CONSUMER_LOANS'], kpis: ['WON_VOLUME'] };

/**
 * The server keeps computed figures while the facts are unchanged; an import by another process (the
 * CLI) changes them in its transaction, and the very next answer has the new figures.
 */
describe('cached KPI figures and imports by another process', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let token: string;
  let folder: string;

  function writeBundle(amount: string): void {
    writeFileSync(join(folder, 'regions.csv'), 'region_id,name\nR1,North\n');
    writeFileSync(join(folder, 'teams.csv'), 'team_id,name,region_id\nT1,North 1,R1\n');
    writeFileSync(
      join(folder, 'users.csv'),
      'user_id,email,display_name,role,team_id\nA,a@cache.test,Rep A,SALES_REP,T1\n',
    );
    writeFileSync(
      join(folder, 'deals.csv'),
      `deal_id,business_model,rep_id,customer_id,created_at,amount\nD1,CONSUMER_LOANS,A,C1,2026-03-01T10:00:00Z,${amount}\n`,
    );
    writeFileSync(
      join(folder, 'stage_events.csv'),
      'event_id,deal_id,stage,occurred_at\nE1,D1,WON,2026-03-05T10:00:00Z\n',
    );
  }

  async function wonVolume(): Promise<number | null | undefined> {
    const result = await api.graphql<{ kpiValues: { value: number | null }[] }>(KPI_VALUES, { filter: MARCH }, token);
    expect(result.errors).toBeUndefined();
    return result.data?.kpiValues[0]?.value;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    folder = mkdtempSync(join(tmpdir(), 'salesdash-cache-'));
    writeBundle('1000.00');
    expect((await runImport(folder, db.url)).code).toBe(0);
    api = await startApiServer(db.url);
    token = await api.login();
  });

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers the new figure right after an import, never the cached one', async () => {
    expect(await wonVolume()).toBe(1000);
    expect(await wonVolume()).toBe(1000);
    writeBundle('2500.50');
    expect((await runImport(folder, db.url)).code).toBe(0);
    expect(await wonVolume()).toBe(2500.5);
  });
});
