import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiServer, runImport, startApiServer } from '../support/api-server';

const NEW_LEADS = `query ($filter: KpiFilter!) { kpiValues(filter: $filter) { businessModel value } }`;

/** The bundle of one rep with one consumer deal created on 2026-03-10. */
function writeBundle(folder: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'regions.csv'), 'region_id,name\nR1,North\n');
  writeFileSync(join(folder, 'teams.csv'), 'team_id,name,region_id,manager_user_id\nT1,North 1,R1,\n');
  writeFileSync(
    join(folder, 'users.csv'),
    'user_id,email,display_name,role,team_id\nU1,rep.one@example.com,Rep One,SALES_REP,T1\n',
  );
  writeFileSync(
    join(folder, 'deals.csv'),
    'deal_id,business_model,rep_id,customer_id,created_at,amount\nD1,CONSUMER_LOANS,U1,C1,2026-03-10T09:00:00Z,5000.00\n',
  );
}

describe('the embedded PostgreSQL in DATA_DIR', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'salesdash-embedded-'));
  const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
  let api: ApiServer | undefined;

  afterAll(async () => {
    await api?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function newLeads(server: ApiServer): Promise<unknown> {
    const result = await server.graphql<{ kpiValues: { value: number }[] }>(
      NEW_LEADS,
      { filter: { from: '2026-03-01', to: '2026-04-01', kpis: ['NEW_LEADS'], businessModels: ['CONSUMER_LOANS'] } },
      await server.login(),
    );
    return result.data?.kpiValues[0]?.value;
  }

  it('lets the import CLI load into the database of the running server, and keeps the data across restarts', async () => {
    api = await startApiServer('', env);
    expect(await newLeads(api)).toBe(0);

    const bundle = join(dataDir, 'bundle');
    writeBundle(bundle);
    const imported = await runImport(bundle, '', env);
    expect(imported.stderr).toMatch(/using the embedded PostgreSQL already running on port \d+/);
    expect(imported.code).toBe(0);
    expect(await newLeads(api)).toBe(1);

    await api.stop();
    api = await startApiServer('', env);
    expect(await newLeads(api)).toBe(1);
  });
});
