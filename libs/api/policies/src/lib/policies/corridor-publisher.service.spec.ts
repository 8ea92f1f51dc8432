import { ConflictError, ValidationError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { auditRows, CORA, corridorRows, defaultRateDraft, resetCorridors } from '../testing/corridor-fixtures';
import { CorridorPublisher } from './corridor-publisher.service';
import type { PublishCorridorInput } from './corridor.inputs';

describe('CorridorPublisher on PostgreSQL', () => {
  let db: TestDatabase;
  let publisher: CorridorPublisher;

  beforeAll(async () => {
    // Room for 20 publishes on 20 connections at once.
    db = await createTestDatabase({ poolSize: 25 });
    publisher = new CorridorPublisher(db.dataSource);
  });

  beforeEach(() => resetCorridors(db.dataSource));

  afterAll(async () => {
    await db.drop();
  });

  async function refusal(input: PublishCorridorInput): Promise<Error & { details: Record<string, unknown> }> {
    const error: unknown = await publisher.publish(CORA, input).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(Error);
    return error as Error & { details: Record<string, unknown> };
  }

  /** Runs a publish that must be refused and checks it left corridors and audit log as they were. */
  async function expectRefused(input: PublishCorridorInput, type: typeof ValidationError | typeof ConflictError) {
    const [corridorsBefore, auditBefore] = [await corridorRows(db.dataSource), await auditRows(db.dataSource)];
    const error = await refusal(input);
    expect(error).toBeInstanceOf(type);
    expect(await corridorRows(db.dataSource)).toEqual(corridorsBefore);
    expect(await auditRows(db.dataSource)).toEqual(auditBefore);
    return error;
  }

  it('publishes version 1 of a new series, described in words, and audits it in the same transaction', async () => {
    const published = await publisher.publish(CORA, defaultRateDraft());
    expect(published).toMatchObject({
      businessModel: 'PREMIUM_FINANCING',
      kpi: 'DEFAULT_RATE',
      segment: null,
      version: 1,
      effectiveFrom: '2026-01-01',
      acceptableMin: null,
      acceptableMax: 0.005,
      toleratedMin: null,
      toleratedMax: 0.01,
      minSampleSize: 5,
      publishedBy: 'Cora Controller',
      description: 'acceptable ≤ 0.5 %, tolerated ≤ 1 %',
    });
    expect(published.publishedAt).toBeInstanceOf(Date);
    const snapshot = {
      version: 1,
      effectiveFrom: '2026-01-01',
      acceptableMin: null,
      acceptableMax: 0.005,
      toleratedMin: null,
      toleratedMax: 0.01,
      minSampleSize: 5,
      rationale: 'Premium customers are vetted thoroughly; defaults must stay near zero.',
      basis: 'VALUE',
    };
    expect(await auditRows(db.dataSource)).toEqual([
      {
        actor_user_id: 'U-CORA',
        action: 'corridor.publish',
        entity_type: 'corridor',
        entity_id: 'PREMIUM_FINANCING:DEFAULT_RATE',
        before: null,
        after: snapshot,
        reason: snapshot.rationale,
      },
    ]);
  });

  it('always publishes a new version, keeping the old one, and audits before and after', async () => {
    await publisher.publish(CORA, defaultRateDraft());
    const second = await publisher.publish(
      CORA,
      defaultRateDraft({ expectedVersion: 1, effectiveFrom: '2026-04-01', toleratedMax: 0.02, rationale: ' Looser. ' }),
    );
    expect(second).toMatchObject({ version: 2, toleratedMax: 0.02, rationale: 'Looser.' });
    expect(await corridorRows(db.dataSource)).toHaveLength(2);
    const [, entry] = await auditRows(db.dataSource);
    expect(entry).toMatchObject({
      before: { version: 1, toleratedMax: 0.01 },
      after: { version: 2, toleratedMax: 0.02, effectiveFrom: '2026-04-01' },
      reason: 'Looser.',
    });
  });

  it('numbers a segment series on its own and audits it as MODEL:KPI:SEGMENT', async () => {
    await publisher.publish(CORA, defaultRateDraft());
    const segment = await publisher.publish(CORA, defaultRateDraft({ segment: ' SME ' }));
    expect(segment).toMatchObject({ segment: 'SME', version: 1 });
    expect((await auditRows(db.dataSource))[1].entity_id).toBe('PREMIUM_FINANCING:DEFAULT_RATE:SME');
  });

  it('publishes a corridor on a basis, says it in words and audits it', async () => {
    const published = await publisher.publish(CORA, {
      businessModel: 'PREMIUM_FINANCING',
      kpi: 'WON_VOLUME',
      effectiveFrom: '2026-01-01',
      acceptableMin: 1,
      toleratedMin: 0.8,
      rationale: 'The plan is the plan.',
      basis: 'SHARE_OF_TARGET',
      expectedVersion: null,
    });
    expect(published).toMatchObject({
      basis: 'SHARE_OF_TARGET',
      description: 'acceptable ≥ 100 % of target to date, tolerated ≥ 80 %',
    });
    expect((await auditRows(db.dataSource))[0].after).toMatchObject({ basis: 'SHARE_OF_TARGET' });
  });

  it('refuses a basis the KPI does not allow, on input.basis, and the table refuses it too', async () => {
    const refusal = publisher.publish(CORA, defaultRateDraft({ basis: 'PER_REP_MONTH' }));
    await expect(refusal).rejects.toThrow('input.basis: per rep and month is not a basis for DEFAULT_RATE: use VALUE');
    await expect(
      db.dataSource
        .query(`INSERT INTO corridor_policy (business_model, kpi, version, effective_from, acceptable_max, rationale, basis)
                           VALUES ('PREMIUM_FINANCING', 'DEFAULT_RATE', 1, '2026-01-01', 0.01, 'x', 'SHARE_OF_TARGET')`),
    ).rejects.toThrow(/corridor_policy_basis_allowed/);
    expect(await corridorRows(db.dataSource)).toHaveLength(0);
  });

  it('publishes for the system (no actor) as the demo seed does', async () => {
    expect(await publisher.publish(null, defaultRateDraft())).toMatchObject({ publishedBy: null, version: 1 });
    expect((await auditRows(db.dataSource))[0].actor_user_id).toBeNull();
  });

  it.each([
    [{ businessModel: 'premium' }, 'input.businessModel'],
    [{ kpi: 'NOPE' }, 'input.kpi'],
    [{ effectiveFrom: '2026-02-30' }, 'input.effectiveFrom'],
    [{ expectedVersion: 0 }, 'input.expectedVersion'],
    [{ acceptableMax: 1.5 }, 'input.acceptableMax'],
    [{ acceptableMax: null, toleratedMax: null }, 'input.acceptableMin'],
    [{ acceptableMin: 0.004, acceptableMax: 0.003 }, 'input.acceptableMax'],
    [{ toleratedMax: 0.004 }, 'input.toleratedMax'],
    [{ acceptableMax: Number.NaN }, 'input.acceptableMax'],
    [{ minSampleSize: 0 }, 'input.minSampleSize'],
    [{ rationale: '  ' }, 'input.rationale'],
    [{ segment: 'x'.repeat(65) }, 'input.segment'],
  ] as const)('refuses %j on %s and changes nothing', async (change, field) => {
    const error = await expectRefused(defaultRateDraft(change), ValidationError);
    expect(error.details['field']).toBe(field);
  });

  it('refuses an unknown business model on input.businessModel', async () => {
    const error = await expectRefused(defaultRateDraft({ businessModel: 'NO_SUCH_MODEL' }), ValidationError);
    expect(error.message).toBe("input.businessModel: unknown business model 'NO_SUCH_MODEL'");
  });

  it('refuses a retired business model with a clear message', async () => {
    await db.dataSource.query(`UPDATE business_model SET retired_at = now() WHERE code = 'PREMIUM_FINANCING'`);
    const error = await expectRefused(defaultRateDraft(), ConflictError);
    expect(error.message).toBe(
      'input.businessModel: business model PREMIUM_FINANCING is retired: reinstate it before publishing corridors for it',
    );
  });

  it('refuses a stale expectedVersion as CONFLICT carrying the current version, publisher and time', async () => {
    const first = await publisher.publish(CORA, defaultRateDraft());
    await publisher.publish(CORA, defaultRateDraft({ expectedVersion: 1 }));
    const [{ published_at }] = await db.dataSource.query('SELECT published_at FROM corridor_policy WHERE version = 2');
    const error = await expectRefused(defaultRateDraft({ expectedVersion: 1 }), ConflictError);
    expect(error.details['current']).toEqual({
      version: 2,
      publishedBy: 'Cora Controller',
      publishedAt: (published_at as Date).toISOString(),
    });
    expect(error.message).toMatch(
      /^corridor PREMIUM_FINANCING:DEFAULT_RATE was changed by Cora Controller at .+ \(now version 2\): review it and retry$/,
    );
    expect(first.version).toBe(1);
  });

  it('refuses starting a series that exists, and continuing one that does not', async () => {
    await publisher.publish(CORA, defaultRateDraft());
    const existing = await expectRefused(defaultRateDraft({ expectedVersion: null }), ConflictError);
    expect(existing.details['current']).toMatchObject({ version: 1 });
    const missing = await expectRefused(
      defaultRateDraft({ kpi: 'ONBOARDING_DAYS', acceptableMax: 35, toleratedMax: 45, expectedVersion: 3 }),
      ConflictError,
    );
    expect(missing.details['current']).toBeNull();
  });

  it('lets exactly 1 of 20 concurrent publishes from the same expectedVersion win; 19 get CONFLICT', async () => {
    await publisher.publish(CORA, defaultRateDraft());
    const attempts = Array.from({ length: 20 }, (_, index) =>
      publisher.publish(CORA, defaultRateDraft({ expectedVersion: 1, rationale: `Attempt ${index}.` })).then(
        () => 'published',
        (error: unknown) => (error instanceof ConflictError ? 'CONFLICT' : error),
      ),
    );
    const outcomes = await Promise.all(attempts);
    expect(outcomes.filter((outcome) => outcome === 'published')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'CONFLICT')).toHaveLength(19);
    expect(await db.dataSource.query('SELECT version FROM corridor_policy ORDER BY version')).toEqual([
      { version: 1 },
      { version: 2 },
    ]);
    expect(await auditRows(db.dataSource)).toHaveLength(2);
  });

  it('rolls the version back when its audit entry cannot be written', async () => {
    await db.dataSource.query(`
      CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log refused by the test'; END; $$;
      CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit();`);
    try {
      await expect(publisher.publish(CORA, defaultRateDraft())).rejects.toThrow('audit_log refused by the test');
    } finally {
      await db.dataSource.query('DROP TRIGGER refuse_audit ON audit_log; DROP FUNCTION refuse_audit();');
    }
    expect(await corridorRows(db.dataSource)).toEqual([]);
  });

  it('rolls the audit entry back when the publish fails after it was written (at commit)', async () => {
    await db.dataSource.query(`
      CREATE FUNCTION refuse_corridor() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused at commit by the test'; END; $$;
      CREATE CONSTRAINT TRIGGER refuse_corridor AFTER INSERT ON corridor_policy
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_corridor();`);
    try {
      await expect(publisher.publish(CORA, defaultRateDraft())).rejects.toThrow('refused at commit by the test');
    } finally {
      await db.dataSource.query('DROP TRIGGER refuse_corridor ON corridor_policy; DROP FUNCTION refuse_corridor();');
    }
    expect(await corridorRows(db.dataSource)).toEqual([]);
    expect(await auditRows(db.dataSource)).toEqual([]);
  });

  it('keeps every stored version unchangeable', async () => {
    await publisher.publish(CORA, defaultRateDraft());
    await expect(db.dataSource.query('UPDATE corridor_policy SET acceptable_max = 0.5')).rejects.toThrow(/append-only/);
    await expect(db.dataSource.query('DELETE FROM corridor_policy')).rejects.toThrow(/append-only/);
  });
});
