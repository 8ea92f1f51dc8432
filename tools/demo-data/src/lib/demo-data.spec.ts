import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO_LOGINS, DEMO_PASSWORD } from './org/organisation';
import { generateDemoBundle } from './demo-data';
import { BUNDLE_FILES } from './output/bundle-writer';
import {
  LOAD_TIMEOUT_MS,
  loadSharedBundle,
  makeTempDir,
  removeDir,
  TEST_NOW,
  type LoadedBundle,
} from './testing/bundle';

describe('generateDemoBundle', () => {
  let bundle: LoadedBundle;
  const dirs: string[] = [];

  beforeAll(async () => {
    bundle = await loadSharedBundle();
  }, LOAD_TIMEOUT_MS);

  afterAll(async () => {
    await Promise.all(dirs.map(removeDir));
  });

  const records = (file: (typeof BUNDLE_FILES)[number]) => bundle.tables[file].records;

  it(
    'is byte-identical for the same day and seed, whatever the time of day',
    async () => {
      const dir = await makeTempDir();
      dirs.push(dir);
      const started = performance.now();
      await generateDemoBundle({ outDir: join(dir, 'nested'), now: new Date('2025-06-15T23:59:59.999Z') });
      // Generous bound (about a second when the machine is idle): guards against accidental O(n²).
      expect(performance.now() - started).toBeLessThan(20_000);
      for (const file of BUNDLE_FILES) {
        const [first, second] = await Promise.all([
          readFile(join(bundle.dir, file)),
          readFile(join(dir, 'nested', file)),
        ]);
        expect({ file, same: first.equals(second) }).toEqual({ file, same: true });
      }
    },
    LOAD_TIMEOUT_MS,
  );

  it(
    'gives different deals for a different seed but the same demo logins',
    async () => {
      const dir = await makeTempDir();
      dirs.push(dir);
      await generateDemoBundle({ outDir: dir, now: TEST_NOW, seed: 99 });
      const [deals, users] = await Promise.all([
        readFile(join(dir, 'deals.csv'), 'utf8'),
        readFile(join(dir, 'users.csv'), 'utf8'),
      ]);
      expect(deals).not.toEqual(await readFile(join(bundle.dir, 'deals.csv'), 'utf8'));
      for (const login of DEMO_LOGINS) {
        expect(users).toContain(`${login.user_id},${login.email},`);
      }
    },
    LOAD_TIMEOUT_MS,
  );

  it(
    'rejects when the output folder cannot be created',
    async () => {
      const dir = await makeTempDir();
      dirs.push(dir);
      const blocker = join(dir, 'a-file');
      await writeFile(blocker, 'not a folder');
      await expect(generateDemoBundle({ outDir: join(blocker, 'bundle'), now: TEST_NOW })).rejects.toThrow();
    },
    LOAD_TIMEOUT_MS,
  );

  it('reports the row count of every file and the data window', () => {
    for (const file of BUNDLE_FILES) {
      expect(bundle.summary.counts[file]).toBe(records(file).length);
    }
    expect(bundle.summary.until).toBe('2025-06-15T00:00:00.000Z');
    expect(bundle.summary.from).toBe('2023-07-01T00:00:00.000Z');
  });

  it('has the size of a real sales organisation', () => {
    const reps = records('users.csv').filter((user) => user['role'] === 'SALES_REP');
    expect(records('regions.csv')).toHaveLength(3);
    expect(records('teams.csv').length).toBeGreaterThanOrEqual(6);
    expect(reps.length).toBeGreaterThanOrEqual(30);
    expect(records('deals.csv').length).toBeGreaterThanOrEqual(20_000);
    for (const team of records('teams.csv')) {
      const size = reps.filter((rep) => rep['team_id'] === team['team_id']).length;
      expect(size).toBeGreaterThanOrEqual(5);
      expect(size).toBeLessThanOrEqual(7);
    }
    for (const region of records('regions.csv')) {
      const teams = records('teams.csv').filter((team) => team['region_id'] === region['region_id']);
      expect(teams).toHaveLength(2);
    }
  });

  it('has every role, unique emails and example.com addresses for non-demo users', () => {
    const users = records('users.csv');
    const roles = new Set(users.map((user) => user['role']));
    expect([...roles].sort()).toEqual([
      'ADMIN',
      'CONTROLLING',
      'MANAGEMENT',
      'MARKETING',
      'SALES_MANAGER',
      'SALES_REP',
    ]);
    const emails = users.map((user) => user['email'].toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    const demoEmails = new Set(DEMO_LOGINS.map((login) => login.email));
    for (const email of emails.filter((address) => !demoEmails.has(address))) {
      expect(email).toMatch(/^[a-z-]+\.[a-z-]+\d*@example\.com$/);
    }
    for (const user of users) {
      expect(user['team_id'] !== '').toBe(user['role'] === 'SALES_REP');
    }
  });

  it('contains the six demo logins with their roles', () => {
    expect(DEMO_PASSWORD).toBe('demo-password');
    expect(DEMO_LOGINS).toHaveLength(6);
    const users = new Map(records('users.csv').map((user) => [user['email'], user]));
    for (const login of DEMO_LOGINS) {
      const user = users.get(login.email);
      expect(user?.['role']).toBe(login.role);
      expect(user?.['user_id']).toBe(login.user_id);
    }
  });

  it('puts rep@demo.local in the team of manager@demo.local, selling both models', () => {
    const users = new Map(records('users.csv').map((user) => [user['email'], user]));
    const rep = users.get('rep@demo.local');
    const manager = users.get('manager@demo.local');
    const team = records('teams.csv').find((row) => row['team_id'] === rep?.['team_id']);
    expect(team?.['manager_user_id']).toBe(manager?.['user_id']);
    const managed = records('teams.csv').filter((row) => row['manager_user_id'] === manager?.['user_id']);
    expect(managed).toHaveLength(1);
    const deals = records('deals.csv').filter((deal) => deal['rep_id'] === rep?.['user_id']);
    for (const model of ['PREMIUM_FINANCING', 'CONSUMER_LOANS']) {
      expect(deals.filter((deal) => deal['business_model'] === model).length).toBeGreaterThanOrEqual(100);
    }
  });
});
