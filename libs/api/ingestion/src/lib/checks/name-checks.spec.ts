import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { BundleImporter } from '../bundle-importer';
import { formatIssue } from '../import-issue';
import { clearImportedTables, snapshotImportedTables } from '../testing/database-state';
import { csv, memoryBundle } from '../testing/memory-bundle';

const REGIONS = 'region_id,name';
const TEAMS = 'team_id,name,region_id,manager_user_id';

/** Stored before each test: regions North and South, team Alpha of each and Beta of North. */
const STORED = {
  'regions.csv': csv(REGIONS, 'R1,North', 'R2,South'),
  'teams.csv': csv(TEAMS, 'T1,Alpha,R1,', 'T2,Beta,R1,', 'T3,Alpha,R2,'),
};

describe('bundle names: unique ignoring case (regions; teams within their region)', () => {
  let db: TestDatabase;
  let importer: BundleImporter;

  beforeAll(async () => {
    db = await createTestDatabase();
    importer = new BundleImporter(db.dataSource);
  }, 60_000);

  beforeEach(async () => {
    await clearImportedTables(db.dataSource);
    await expect(importer.importBundle(memoryBundle(STORED))).resolves.toMatchObject({ ok: true });
  });

  afterAll(async () => {
    await db.drop();
  });

  it.each([
    [
      'two regions of one name in the bundle',
      { 'regions.csv': csv(REGIONS, 'R3,East', 'R4,EAST') },
      ["regions.csv:3 name: region name 'EAST' is also used on line 2 (names ignore case)"],
    ],
    [
      'a region named like a stored region the bundle leaves as it is',
      { 'regions.csv': csv(REGIONS, 'R2,South', 'R3,north') },
      ["regions.csv:3 name: region name 'north' already belongs to region 'R1'"],
    ],
    [
      'two teams of one region with one name in the bundle',
      { 'teams.csv': csv(TEAMS, 'T4,Gamma,R2,', 'T5,gamma,R2,') },
      ["teams.csv:3 name: team name 'gamma' is also used on line 2 in region 'R2' (names ignore case)"],
    ],
    [
      'a team named like a stored team of its region the bundle leaves as it is',
      { 'teams.csv': csv(TEAMS, 'T4,BETA,R1,') },
      ["teams.csv:2 name: team name 'BETA' already belongs to team 'T2' of region 'R1'"],
    ],
    [
      'a team moved into a region that has a team of its name',
      { 'teams.csv': csv(TEAMS, 'T2,Alpha,R2,') },
      ["teams.csv:2 name: team name 'Alpha' already belongs to team 'T3' of region 'R2'"],
    ],
  ])('rejects %s with file, line and column, writing nothing', async (_case, files, expected) => {
    const before = await snapshotImportedTables(db.dataSource);
    const result = await importer.importBundle(memoryBundle(files));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(expected);
    expect(await snapshotImportedTables(db.dataSource)).toEqual(before);
  });

  it('accepts names that only other regions use, and names the bundle frees by renaming', async () => {
    const result = await importer.importBundle(
      memoryBundle({
        // North and South trade names; Beta takes Alpha's name while Alpha becomes Delta.
        'regions.csv': csv(REGIONS, 'R1,South', 'R2,NORTH'),
        'teams.csv': csv(TEAMS, 'T1,Delta,R1,', 'T2,alpha,R1,', 'T4,Beta,R2,'),
      }),
    );
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    expect(await db.dataSource.query('SELECT region_id, name FROM region ORDER BY region_id')).toEqual([
      { region_id: 'R1', name: 'South' },
      { region_id: 'R2', name: 'NORTH' },
    ]);
    expect(await db.dataSource.query('SELECT team_id, name, region_id FROM team ORDER BY team_id')).toEqual([
      { team_id: 'T1', name: 'Delta', region_id: 'R1' },
      { team_id: 'T2', name: 'alpha', region_id: 'R1' },
      { team_id: 'T3', name: 'Alpha', region_id: 'R2' },
      { team_id: 'T4', name: 'Beta', region_id: 'R2' },
    ]);
  });
});
