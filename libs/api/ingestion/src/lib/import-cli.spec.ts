import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { runImportCli } from './import-cli';
import { clearImportedTables, countRows } from './testing/database-state';
import { SAMPLE_FILES, SAMPLE_ROWS } from './testing/sample-bundle';

interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

describe('runImportCli', () => {
  let db: TestDatabase;
  let folder: string;

  const run = async (argv: string[], env: NodeJS.ProcessEnv = { DATABASE_URL: db.url }): Promise<CliRun> => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runImportCli(
      argv,
      env,
      (line) => out.push(line),
      (line) => err.push(line),
    );
    return { code, out, err };
  };

  const writeBundle = async (files: Readonly<Record<string, string>>): Promise<void> => {
    for (const [name, content] of Object.entries(files)) {
      await writeFile(join(folder, name), content);
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  }, 60_000);

  afterAll(async () => {
    await db.drop();
  });

  beforeEach(async () => {
    await clearImportedTables(db.dataSource);
    folder = await mkdtemp(join(tmpdir(), 'import-cli-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it.each([
    ['no folder', []],
    ['two folders', ['a', 'b']],
    ['an unknown option', ['--fast', 'a']],
  ])('exits 2 with the usage for %s', async (_case, argv) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([expect.stringMatching(/^usage: npm run import -- \[--verbose\] <folder>/)]);
  });

  it('exits 2 when the argument is not a folder', async () => {
    const { code, err } = await run([join(folder, 'missing')]);
    expect(code).toBe(2);
    expect(err[0]).toBe(`${join(folder, 'missing')} is not a folder`);
  });

  it('exits 2 on a bad configuration, naming the variable', async () => {
    await writeBundle(SAMPLE_FILES);
    const { code, err } = await run([folder], { DATABASE_URL: 'mysql://localhost/x' });
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringMatching(/^DATABASE_URL must start with postgres:\/\//)]);
  });

  it('exits 1 when the folder holds no CSV file', async () => {
    await writeFile(join(folder, 'notes.txt'), 'x');
    const { code, err } = await run([folder]);
    expect(code).toBe(1);
    expect(err).toEqual([`the folder ${folder} holds no .csv files; nothing was imported`]);
  });

  it('imports a bundle folder, prints a line per file and the rate, and exits 0', async () => {
    await writeBundle(SAMPLE_FILES);
    await writeFile(join(folder, 'README.md'), 'ignored');

    const { code, out } = await run([folder]);

    expect(code).toBe(0);
    expect(out).toEqual([
      ...Object.entries(SAMPLE_ROWS).map(
        ([file, rows]) => `${file}: ${rows} rows, ${rows} inserted, 0 updated, 0 unchanged`,
      ),
      expect.stringMatching(/^imported 25 rows in \d+\.\d\d s \(\d+ rows\/s\)$/),
    ]);
    expect(await countRows(db.dataSource, 'stage_event')).toBe(SAMPLE_ROWS['stage_events.csv']);

    const again = await run([folder]);
    expect(again.out[0]).toBe('regions.csv: 2 rows, 0 inserted, 0 updated, 2 unchanged');
  });

  it('prints the time of every step with --verbose, in the order they ran', async () => {
    await writeBundle(SAMPLE_FILES);
    const stepsOf = (out: string[]) =>
      out.slice(out.indexOf('time per step:') + 1, -1).map((line) => line.trim().split(/\s{2,}/)[0]);
    const first = await run(['--verbose', folder]);
    expect(first.code).toBe(0);
    expect(stepsOf(first.out)).toEqual([
      'wait for other imports',
      ...['regions.csv', 'teams.csv', 'users.csv', 'targets.csv'].map((file) => `read, check and COPY ${file}`),
      'staging statistics',
      ...['deals.csv deal', 'stage_events.csv stage_event', 'interactions.csv interaction', 'feedback.csv feedback']
        .map((fileAndTable) => fileAndTable.split(' '))
        .map(([file, table]) => `read, check and COPY ${file} into ${table}`),
      'checks of the staged files',
      ...['regions.csv', 'teams.csv', 'users.csv', 'targets.csv'].map((file) => `write ${file}`),
      ...['deal', 'stage_event', 'interaction', 'feedback'].map(
        (table) => `indexes, unique constraints and foreign keys of ${table}`,
      ),
      'planner statistics of the written tables',
      'facts: milestones of every deal',
      'stage rules over the loaded rows',
      'facts: built from all deals',
      'commit',
    ]);
    expect(first.out.at(-2)).toMatch(/^ {2}commit +\d+\.\d\d s +\d+\.\d %$/);

    const next = await run(['--verbose', folder]);
    expect(next.code).toBe(0);
    expect(stepsOf(next.out)).toEqual([
      'wait for other imports',
      ...Object.keys(SAMPLE_ROWS).map((file) => `read, check and COPY ${file}`),
      'staging statistics',
      'checks',
      'facts: build if needed',
      'facts: what touched deals added',
      ...Object.keys(SAMPLE_ROWS).map((file) => `write ${file}`),
      'planner statistics of the written tables',
      'facts: what they add now, rollups',
      'commit',
      'planner statistics of the facts layer',
    ]);
  });

  it('audits an import as the system: import.bundle with the files and counts, import.rejected with the error count', async () => {
    await writeBundle(SAMPLE_FILES);
    expect((await run([folder])).code).toBe(0);
    await writeFile(join(folder, 'deals.csv'), SAMPLE_FILES['deals.csv'].replace(',5000,', ',-5,'));
    expect((await run([folder])).code).toBe(1);

    const entries = await db.dataSource.query(
      `SELECT actor_user_id, action, entity_type, after FROM audit_log ORDER BY audit_id`,
    );
    expect(entries).toEqual([
      {
        actor_user_id: null,
        action: 'import.bundle',
        entity_type: 'import',
        after: {
          files: Object.entries(SAMPLE_ROWS).map(([file, rows]) => ({
            file,
            rows,
            inserted: rows,
            updated: 0,
            unchanged: 0,
          })),
        },
      },
      {
        actor_user_id: null,
        action: 'import.rejected',
        entity_type: 'import',
        after: { files: Object.keys(SAMPLE_FILES).sort(), errorCount: 1 },
      },
    ]);
  });

  it('prints every issue and exits 1 without importing anything', async () => {
    await writeBundle({
      'regions.csv': 'region_id,name\nR7,West\n',
      'deals.csv': SAMPLE_FILES['deals.csv'].replace(',5000,', ',-5,'),
      'extra.csv': 'x\n',
    });

    const { code, out, err } = await run([folder]);

    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      expect.stringMatching(/^deals\.csv:2 rep_id: unknown user 'U2'/),
      expect.stringMatching(/^deals\.csv:3 amount: must be an amount in EUR ≥ 0/),
      expect.stringMatching(/^deals\.csv:3 rep_id: unknown user 'U3'/),
      expect.stringMatching(/^deals\.csv:4 rep_id: unknown user 'U3'/),
      expect.stringMatching(/^extra\.csv:1 -: unknown file/),
      '5 errors; nothing was imported',
    ]);
    expect(await countRows(db.dataSource, 'region')).toBe(0);
  });
});
