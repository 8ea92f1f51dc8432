import { OrgDirectory } from '@salesdash/api/org';
import { ACCESS_DECISION, ForbiddenError, ValidationError, type Viewer } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { DEFAULT_RESPONSIBILITY, KPI_CODES, ROLES, type Role } from '@salesdash/shared/domain';
import { AccessService } from './access.service';
import { ResponsibilityEditor } from './responsibility-editor';
import { ResponsibilityMatrix } from './responsibility-matrix';
import { MAX_REASON_LENGTH } from '@salesdash/api/platform';
import { MAX_CHANGES } from './responsibility-request';
import { ResponsibilityResolver } from './responsibility.resolver';

function viewer(userId: string, role: Role): Viewer {
  return { userId, role, teamId: null, email: `${userId}@x.test`, displayName: userId };
}

const BOSS = viewer('BOSS', 'MANAGEMENT');
const ROOT = viewer('ROOT', 'ADMIN');

type Change = { role: string; kpi: string; granted: boolean };

interface AuditRow {
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

describe('Editing the responsibility matrix on PostgreSQL', () => {
  let db: TestDatabase;
  let editor: ResponsibilityEditor;
  let matrix: ResponsibilityMatrix;
  let access: AccessService;

  /** The stored matrix as sorted `ROLE:KPI` strings. */
  async function storedCells(): Promise<string[]> {
    const rows: { cell: string }[] = await db.dataSource.query(
      `SELECT role || ':' || kpi AS cell FROM kpi_responsibility ORDER BY 1`,
    );
    return rows.map((row) => row.cell);
  }

  async function auditRows(): Promise<AuditRow[]> {
    return db.dataSource.query(
      `SELECT actor_user_id, action, entity_type, entity_id, before, after, reason FROM audit_log ORDER BY audit_id`,
    );
  }

  async function validationErrorOf(work: Promise<unknown>): Promise<ValidationError> {
    const error: unknown = await work.then(
      () => undefined,
      (rejection: unknown) => rejection,
    );
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    editor = new ResponsibilityEditor(db.dataSource);
    matrix = new ResponsibilityMatrix(db.dataSource);
    access = new AccessService(new OrgDirectory(db.dataSource), db.dataSource);
    await db.dataSource.query(`
      INSERT INTO app_user (user_id, email, display_name, role) VALUES
        ('BOSS', 'boss@x.test', 'Bea Boss', 'MANAGEMENT'),
        ('ROOT', 'root@x.test', 'Rudi Root', 'ADMIN');
    `);
  });

  beforeEach(async () => {
    // Every test starts from the default matrix of the migration and an empty log.
    await db.dataSource.query('DELETE FROM audit_log; DELETE FROM kpi_responsibility');
    const defaults = ROLES.flatMap((role) => DEFAULT_RESPONSIBILITY[role].map((kpi) => [role, kpi]));
    await db.dataSource.query(
      'INSERT INTO kpi_responsibility (role, kpi) SELECT * FROM unnest($1::text[], $2::text[])',
      [defaults.map(([role]) => role), defaults.map(([, kpi]) => kpi)],
    );
  });

  afterAll(async () => {
    await db.drop();
  });

  it('reads every role × every KPI, the ADMIN row fixed, with the names and stages of the catalogue', async () => {
    const read = await matrix.matrix();
    expect(read.roles).toEqual([...ROLES]);
    expect(read.kpis.map((kpi) => kpi.code)).toEqual([...KPI_CODES]);
    expect(read.kpis[0]).toEqual({ code: 'NEW_LEADS', name: 'New leads', stage: 'SUSPECT' });
    expect(read.cells).toHaveLength(ROLES.length * KPI_CODES.length);
    for (const cell of read.cells) {
      expect(cell).toEqual({
        role: cell.role,
        kpi: cell.kpi,
        granted: (DEFAULT_RESPONSIBILITY[cell.role] as readonly string[]).includes(cell.kpi),
        fixed: cell.role === 'ADMIN',
        lastChange: null,
      });
    }
  });

  it('applies all changes with one audit entry per cell, and shows the latest change of each cell', async () => {
    await editor.update(
      BOSS,
      [
        { role: 'MARKETING', kpi: 'CSAT', granted: false },
        { role: 'SALES_REP', kpi: 'DEFAULT_RATE', granted: true },
      ],
      '  Quarterly review of who needs what  ',
    );

    const cells = await storedCells();
    expect(cells).not.toContain('MARKETING:CSAT');
    expect(cells).toContain('SALES_REP:DEFAULT_RATE');
    expect(await auditRows()).toEqual([
      {
        actor_user_id: 'BOSS',
        action: 'responsibility.revoke',
        entity_type: 'kpi_responsibility',
        entity_id: 'MARKETING:CSAT',
        before: { granted: true },
        after: { granted: false },
        reason: 'Quarterly review of who needs what',
      },
      {
        actor_user_id: 'BOSS',
        action: 'responsibility.grant',
        entity_type: 'kpi_responsibility',
        entity_id: 'SALES_REP:DEFAULT_RATE',
        before: { granted: false },
        after: { granted: true },
        reason: 'Quarterly review of who needs what',
      },
    ]);

    await editor.update(ROOT, [{ role: 'MARKETING', kpi: 'CSAT', granted: true }], 'Marketing needs CSAT after all');
    const read = await matrix.matrix();
    const csat = read.cells.find((cell) => cell.role === 'MARKETING' && cell.kpi === 'CSAT');
    expect(csat).toMatchObject({
      granted: true,
      lastChange: {
        role: 'MARKETING',
        kpi: 'CSAT',
        granted: true,
        actorUserId: 'ROOT',
        actorName: 'Rudi Root',
        reason: 'Marketing needs CSAT after all',
      },
    });
    expect(csat?.lastChange?.at).toBeInstanceOf(Date);
    expect(read.cells.find((cell) => cell.role === 'SALES_REP' && cell.kpi === 'DEFAULT_RATE')).toMatchObject({
      granted: true,
      lastChange: { granted: true, actorName: 'Bea Boss' },
    });

    const history = await matrix.history();
    expect(history.map((entry) => [entry.role, entry.kpi, entry.granted, entry.actorName])).toEqual([
      ['MARKETING', 'CSAT', true, 'Rudi Root'],
      ['SALES_REP', 'DEFAULT_RATE', true, 'Bea Boss'],
      ['MARKETING', 'CSAT', false, 'Bea Boss'],
    ]);
    expect((await matrix.history(1)).map((entry) => entry.id)).toEqual([history[0].id]);
  });

  it('takes a revoked KPI away from the role at once, and gives a granted one at once', async () => {
    expect(await access.visibleKpis(viewer('M', 'MARKETING'))).toContain('CSAT');
    await editor.update(BOSS, [{ role: 'MARKETING', kpi: 'CSAT', granted: false }], 'Moved to customer service');
    expect(await access.visibleKpis(viewer('M', 'MARKETING'))).not.toContain('CSAT');
    await expect(access.kpisFor(viewer('M', 'MARKETING'), ['CSAT'])).rejects.toThrow(ForbiddenError);

    await editor.update(BOSS, [{ role: 'SALES_REP', kpi: 'DEFAULT_RATE', granted: true }], 'Reps own defaults now');
    expect(await access.visibleKpis(viewer('R', 'SALES_REP'))).toContain('DEFAULT_RATE');
  });

  it('lets a KPI be left to ADMIN alone', async () => {
    await editor.update(
      BOSS,
      [
        { role: 'MANAGEMENT', kpi: 'DEFAULT_RATE', granted: false },
        { role: 'CONTROLLING', kpi: 'DEFAULT_RATE', granted: false },
      ],
      'Nobody reads it any more',
    );
    const holders = (await matrix.matrix()).cells.filter((cell) => cell.kpi === 'DEFAULT_RATE' && cell.granted);
    expect(holders.map((cell) => cell.role)).toEqual(['ADMIN']);
  });

  const invalid: [string, Change[], string, string, string][] = [
    ['a missing reason', [{ role: 'MARKETING', kpi: 'CSAT', granted: false }], '', 'reason', 'give a reason'],
    ['a blank reason', [{ role: 'MARKETING', kpi: 'CSAT', granted: false }], ' \t\n ', 'reason', 'give a reason'],
    [
      'a reason that is too long',
      [{ role: 'MARKETING', kpi: 'CSAT', granted: false }],
      'x'.repeat(MAX_REASON_LENGTH + 1),
      'reason',
      `at most ${MAX_REASON_LENGTH} characters`,
    ],
    ['no change at all', [], 'Nothing', 'changes', 'at least one change'],
    [
      'more changes than cells',
      Array.from({ length: MAX_CHANGES + 1 }, () => ({ role: 'MARKETING', kpi: 'CSAT', granted: false })),
      'Too many',
      'changes',
      `at most ${MAX_CHANGES} changes`,
    ],
    [
      'an unknown role',
      [{ role: 'INTERN', kpi: 'CSAT', granted: true }],
      'Interns',
      'changes[0].role',
      "unknown role 'INTERN'",
    ],
    [
      'an unknown KPI',
      [
        { role: 'MARKETING', kpi: 'NPS', granted: false },
        { role: 'MARKETING', kpi: 'HAPPINESS', granted: true },
      ],
      'Happiness',
      'changes[1].kpi',
      "unknown KPI 'HAPPINESS'",
    ],
    [
      'the same cell twice',
      [
        { role: 'MARKETING', kpi: 'CSAT', granted: false },
        { role: 'MARKETING', kpi: 'CSAT', granted: true },
      ],
      'Twice',
      'changes[1]',
      'already changed by changes[0]',
    ],
    [
      'a change to the ADMIN row',
      [{ role: 'ADMIN', kpi: 'CSAT', granted: false }],
      'Admins do not need it',
      'changes[0].role',
      'the ADMIN row is fixed',
    ],
    [
      'a grant the role already has (after a valid change)',
      [
        { role: 'MARKETING', kpi: 'NPS', granted: false },
        { role: 'MARKETING', kpi: 'CSAT', granted: true },
      ],
      'Stale view',
      'changes[1].granted',
      'MARKETING already sees CSAT, so this changes nothing',
    ],
    [
      'a revoke of a KPI the role does not have',
      [{ role: 'MARKETING', kpi: 'DEFAULT_RATE', granted: false }],
      'Stale view',
      'changes[0].granted',
      'MARKETING already does not see DEFAULT_RATE',
    ],
  ];

  it.each(invalid)(
    'refuses %s with a field-level error and changes nothing',
    async (_name, changes, reason, field, message) => {
      const before = await storedCells();
      const error = await validationErrorOf(editor.update(BOSS, changes, reason));
      expect(error.details['field']).toBe(field);
      expect(error.message).toContain(message);
      expect(await storedCells()).toEqual(before);
      expect(await auditRows()).toEqual([]);
    },
  );

  it('reports every issue of a request at once', async () => {
    const error = await validationErrorOf(
      editor.update(
        BOSS,
        [
          { role: 'INTERN', kpi: 'HAPPINESS', granted: true },
          { role: 'ADMIN', kpi: 'NPS', granted: false },
        ],
        '',
      ),
    );
    expect(error.issues.map((issue) => issue.field)).toEqual([
      'reason',
      'changes[0].role',
      'changes[0].kpi',
      'changes[1].role',
    ]);
  });

  it('rolls the audit entries back with a change that fails', async () => {
    // A change the database refuses after an earlier change and its audit entry were written.
    await db.dataSource.query(`
      CREATE FUNCTION refuse_rep_default_rate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.role = 'SALES_REP' AND NEW.kpi = 'DEFAULT_RATE' THEN RAISE EXCEPTION 'refused by test trigger'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_rep_default_rate BEFORE INSERT ON kpi_responsibility
        FOR EACH ROW EXECUTE FUNCTION refuse_rep_default_rate();
    `);
    try {
      const before = await storedCells();
      await expect(
        editor.update(
          BOSS,
          [
            { role: 'MARKETING', kpi: 'CSAT', granted: false },
            { role: 'SALES_REP', kpi: 'DEFAULT_RATE', granted: true },
          ],
          'Half of this fails',
        ),
      ).rejects.toThrow('refused by test trigger');
      expect(await storedCells()).toEqual(before);
      expect(await auditRows()).toEqual([]);
    } finally {
      await db.dataSource.query(
        'DROP TRIGGER refuse_rep_default_rate ON kpi_responsibility; DROP FUNCTION refuse_rep_default_rate()',
      );
    }
  });

  it('rolls the change back when its audit entry cannot be written', async () => {
    const before = await storedCells();
    await expect(
      editor.update(viewer('GHOST', 'ADMIN'), [{ role: 'MARKETING', kpi: 'CSAT', granted: false }], 'No such actor'),
    ).rejects.toThrow(/audit_log_actor_user_id_fkey/);
    expect(await storedCells()).toEqual(before);
  });

  it('lets exactly one of several simultaneous identical edits win; the others learn it changed nothing', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        editor.update(BOSS, [{ role: 'MARKETING', kpi: 'NPS', granted: false }], 'Everyone clicked at once'),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const refusals = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
    expect(refusals).toHaveLength(4);
    expect(refusals.every((reason) => reason instanceof ValidationError)).toBe(true);
    expect(await auditRows()).toHaveLength(1);
  });

  it.each([0, 201, 1.5])('refuses a history limit of %p', async (limit) => {
    const error = await validationErrorOf(matrix.history(limit));
    expect(error.details['field']).toBe('limit');
  });

  it.each(['responsibilityMatrix', 'responsibilityHistory', 'updateResponsibilities'] as const)(
    'lets only ADMIN and MANAGEMENT call %s',
    (operation) => {
      expect(Reflect.getMetadata(ACCESS_DECISION, ResponsibilityResolver.prototype[operation])).toEqual({
        kind: 'ROLES',
        roles: ['ADMIN', 'MANAGEMENT'],
      });
    },
  );
});
