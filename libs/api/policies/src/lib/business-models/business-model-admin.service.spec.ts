import { ConflictError, ValidationError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { CorridorPublisher } from '../policies/corridor-publisher.service';
import { auditRows, CORA, defaultRateDraft, resetCorridors } from '../testing/corridor-fixtures';
import { BusinessModelAdmin } from './business-model-admin.service';

describe('BusinessModelAdmin on PostgreSQL', () => {
  let db: TestDatabase;
  let models: BusinessModelAdmin;

  beforeAll(async () => {
    // Room for 20 concurrent transactions: the race below needs them really concurrent.
    db = await createTestDatabase({ poolSize: 20 });
    models = new BusinessModelAdmin(db.dataSource);
  });

  beforeEach(() => resetCorridors(db.dataSource));

  afterAll(async () => {
    await db.drop();
  });

  const modelRows = () => db.dataSource.query('SELECT * FROM business_model ORDER BY code');

  async function expectRefused(attempt: () => Promise<unknown>, type: typeof ValidationError | typeof ConflictError) {
    const before = await modelRows();
    const error: unknown = await attempt().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(type);
    expect(await modelRows()).toEqual(before);
    expect(await auditRows(db.dataSource)).toEqual([]);
    return error as Error & { details: Record<string, unknown> };
  }

  it('creates a business model, trimmed, and audits it', async () => {
    expect(await models.create(CORA, { code: ' SME_LEASING ', name: ' SME leasing ', description: 'Leases.' })).toEqual(
      { code: 'SME_LEASING', name: 'SME leasing', description: 'Leases.', retired: false, retiredAt: null },
    );
    expect(await auditRows(db.dataSource)).toEqual([
      {
        actor_user_id: 'U-CORA',
        action: 'business_model.create',
        entity_type: 'business_model',
        entity_id: 'SME_LEASING',
        before: null,
        after: { name: 'SME leasing', description: 'Leases.' },
        reason: null,
      },
    ]);
  });

  it('refuses a taken code as CONFLICT on input.code', async () => {
    const error = await expectRefused(
      () => models.create(CORA, { code: 'CONSUMER_LOANS', name: 'Again', description: '' }),
      ConflictError,
    );
    expect(error.message).toBe('input.code: business model CONSUMER_LOANS already exists');
    expect(error.details['field']).toBe('input.code');
  });

  it.each([
    [{ code: 'lower' }, ['input.code']],
    [{ code: 'A' }, ['input.code']],
    [{ code: `A${'B'.repeat(64)}` }, ['input.code']],
    [{ name: '  ' }, ['input.name']],
    [{ name: 'x'.repeat(121) }, ['input.name']],
    [{ name: 'two\nlines' }, ['input.name']],
    [{ description: 'x'.repeat(1001) }, ['input.description']],
    [{ code: '1X', name: '' }, ['input.code', 'input.name']],
  ] as const)('refuses %j on %j', async (change, fields) => {
    const input = { code: 'NEW_MODEL', name: 'New', description: '', ...change };
    const error = await expectRefused(() => models.create(CORA, input), ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.field)).toEqual(fields);
  });

  it('renames a model and audits before and after; an unchanged one writes nothing', async () => {
    await expectRefused(() => models.update(CORA, { code: 'NO_SUCH', name: 'X', description: '' }), ValidationError);
    expect(
      await models.update(CORA, { code: 'CONSUMER_LOANS', name: 'Consumer credit', description: 'Small loans.' }),
    ).toMatchObject({ name: 'Consumer credit', description: 'Small loans.' });
    await models.update(CORA, { code: 'CONSUMER_LOANS', name: 'Consumer credit', description: 'Small loans.' });
    expect(await auditRows(db.dataSource)).toMatchObject([
      { action: 'business_model.update', after: { name: 'Consumer credit', description: 'Small loans.' } },
    ]);
  });

  it('retires and reinstates (idempotently), never deleting, and blocks new corridors while retired', async () => {
    const retired = await models.retire(CORA, 'PREMIUM_FINANCING');
    expect(retired).toMatchObject({ code: 'PREMIUM_FINANCING', retired: true });
    expect(retired.retiredAt).toBeInstanceOf(Date);
    expect(await models.retire(CORA, 'PREMIUM_FINANCING')).toEqual(retired);
    const publisher = new CorridorPublisher(db.dataSource);
    await expect(publisher.publish(CORA, defaultRateDraft())).rejects.toBeInstanceOf(ConflictError);
    expect(await models.reinstate(CORA, 'PREMIUM_FINANCING')).toMatchObject({ retired: false, retiredAt: null });
    await expect(publisher.publish(CORA, defaultRateDraft())).resolves.toMatchObject({ version: 1 });
    expect((await auditRows(db.dataSource)).map((row) => [row.action, row.before, row.after])).toEqual([
      ['business_model.retire', { retired: false }, { retired: true }],
      ['business_model.reinstate', { retired: true }, { retired: false }],
      ['corridor.publish', null, expect.objectContaining({ version: 1 })],
    ]);
  });

  it('refuses retiring an unknown model on code', async () => {
    const error = await expectRefused(() => models.retire(CORA, 'NO_SUCH_MODEL'), ValidationError);
    expect(error.details['field']).toBe('code');
  });

  it('refuses a name another model has, ignoring case, as CONFLICT on input.name, on create and rename', async () => {
    await db.dataSource.query(`INSERT INTO business_model (code, name) VALUES ('SME_LEASING', 'SME leasing')`);
    const created = await expectRefused(
      () => models.create(CORA, { code: 'SME_LOANS', name: 'sme LEASING', description: '' }),
      ConflictError,
    );
    expect(created.message).toBe("input.name: business model SME_LEASING is already called 'sme LEASING'");
    expect(created.details['field']).toBe('input.name');
    const renamed = await expectRefused(
      () => models.update(CORA, { code: 'PREMIUM_FINANCING', name: 'SME Leasing', description: '' }),
      ConflictError,
    );
    expect(renamed.message).toBe("input.name: business model SME_LEASING is already called 'SME Leasing'");
  });

  it('lets exactly one of 20 concurrent creations of one name win', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        models.create(CORA, { code: `LEASING_${i}`, name: 'Leasing', description: '' }),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refusals = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(refusals.map((refusal) => [refusal.constructor, refusal.details['field']])).toEqual(
      Array.from({ length: 19 }, () => [expect.any(Function), 'input.name']),
    );
    expect(refusals.every((refusal) => refusal instanceof ConflictError)).toBe(true);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM business_model WHERE name = 'Leasing'`)).toEqual([
      { n: 1 },
    ]);
  });
});
