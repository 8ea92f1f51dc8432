import { AccessService } from '@salesdash/api/identity';
import { OrgDirectory } from '@salesdash/api/org';
import { ForbiddenError, ValidationError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { toIsoDate } from '@salesdash/shared/domain';
import { CorridorAudit } from '../audit/corridor-audit.service';
import { CORA, defaultRateDraft, MEG, resetCorridors } from '@salesdash/api/policies/testing';
import { CorridorPublisher } from '@salesdash/api/policies';
import { CorridorReader } from './corridor-reader.service';

describe('CorridorReader and CorridorAudit on PostgreSQL', () => {
  let db: TestDatabase;
  let reader: CorridorReader;
  let audit: CorridorAudit;

  beforeAll(async () => {
    db = await createTestDatabase();
    reader = new CorridorReader(db.dataSource, new AccessService(new OrgDirectory(db.dataSource), db.dataSource));
    audit = new CorridorAudit(db.dataSource, reader);
    await resetCorridors(db.dataSource);
    const publisher = new CorridorPublisher(db.dataSource);
    await publisher.publish(CORA, defaultRateDraft({ effectiveFrom: '2025-01-01', rationale: 'First.' }));
    await publisher.publish(
      CORA,
      defaultRateDraft({ effectiveFrom: '2026-01-01', expectedVersion: 1, rationale: 'Second.' }),
    );
    await publisher.publish(
      CORA,
      defaultRateDraft({ effectiveFrom: '2099-01-01', expectedVersion: 2, rationale: 'Future.' }),
    );
    await publisher.publish(
      CORA,
      defaultRateDraft({ segment: 'SME', effectiveFrom: '2025-06-01', acceptableMax: 0.01 }),
    );
    await publisher.publish(CORA, {
      ...defaultRateDraft({ kpi: 'CSAT', acceptableMin: 4.2, toleratedMin: 3.8, effectiveFrom: '2025-01-01' }),
      acceptableMax: null,
      toleratedMax: null,
    });
  });

  afterAll(async () => {
    await db.drop();
  });

  const versionsOf = (corridors: { kpi: string; segment: string | null; version: number }[]) =>
    corridors.map(({ kpi, segment, version }) => `${kpi}:${segment ?? '-'}:v${version}`);

  it('lists per series the version in force on the day, a future version not yet', async () => {
    expect(versionsOf(await reader.inForce(CORA, { onDate: '2025-12-31' }))).toEqual([
      'CSAT:-:v1',
      'DEFAULT_RATE:-:v1',
      'DEFAULT_RATE:SME:v1',
    ]);
    expect(versionsOf(await reader.inForce(CORA, { kpi: 'DEFAULT_RATE', onDate: '2026-01-01' }))).toEqual([
      'DEFAULT_RATE:-:v2',
      'DEFAULT_RATE:SME:v1',
    ]);
    expect(versionsOf(await reader.inForce(CORA, { kpi: 'DEFAULT_RATE', onDate: '2099-01-01' }))).toEqual([
      'DEFAULT_RATE:-:v3',
      'DEFAULT_RATE:SME:v1',
    ]);
    expect(await reader.inForce(CORA, { onDate: '2024-12-31' })).toEqual([]);
  });

  it('defaults to today (UTC) and filters by business model', async () => {
    expect(await reader.inForce(CORA, {})).toEqual(await reader.inForce(CORA, { onDate: toIsoDate(new Date()) }));
    expect(await reader.inForce(CORA, { businessModel: 'CONSUMER_LOANS' })).toEqual([]);
  });

  it('shows a role only the KPIs it may see, and refuses naming another', async () => {
    expect(versionsOf(await reader.inForce(MEG, { onDate: '2026-01-01' }))).toEqual(['CSAT:-:v1']);
    await expect(reader.inForce(MEG, { kpi: 'DEFAULT_RATE' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reader.history(MEG, 'PREMIUM_FINANCING', 'DEFAULT_RATE', null)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuses an unknown model or KPI as a field error', async () => {
    await expect(reader.inForce(CORA, { businessModel: 'NOPE_MODEL' })).rejects.toThrow(
      "businessModel: unknown business model 'NOPE_MODEL'",
    );
    await expect(reader.history(CORA, 'PREMIUM_FINANCING', 'NOPE', null)).rejects.toBeInstanceOf(ValidationError);
  });

  it('answers every version of a series newest first, with rationale and publisher', async () => {
    const history = await reader.history(CORA, 'PREMIUM_FINANCING', 'DEFAULT_RATE', null);
    expect(history.map(({ version, rationale, publishedBy }) => [version, rationale, publishedBy])).toEqual([
      [3, 'Future.', 'Cora Controller'],
      [2, 'Second.', 'Cora Controller'],
      [1, 'First.', 'Cora Controller'],
    ]);
    expect(versionsOf(await reader.history(CORA, 'PREMIUM_FINANCING', 'DEFAULT_RATE', 'SME'))).toEqual([
      'DEFAULT_RATE:SME:v1',
    ]);
  });

  it('answers the audit trail of a series newest first with the versions before and after', async () => {
    const trail = await audit.trail(CORA, 'PREMIUM_FINANCING', 'DEFAULT_RATE', null);
    expect(trail.map((entry) => [entry.before?.version ?? null, entry.after?.version, entry.reason])).toEqual([
      [2, 3, 'Future.'],
      [1, 2, 'Second.'],
      [null, 1, 'First.'],
    ]);
    expect(trail[0]).toMatchObject({
      action: 'corridor.publish',
      actorId: 'U-CORA',
      actorName: 'Cora Controller',
      after: { effectiveFrom: '2099-01-01', acceptableMax: 0.005, toleratedMax: 0.01, minSampleSize: 5 },
    });
    expect(await audit.trail(CORA, 'PREMIUM_FINANCING', 'DEFAULT_RATE', 'SME')).toHaveLength(1);
  });
});
