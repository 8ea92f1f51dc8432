import { AccessService } from '@salesdash/api/identity';
import { OrgDirectory } from '@salesdash/api/org';
import { recordAudit } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { CorridorPublisher } from '@salesdash/api/policies';
import { seriesEntityId } from '@salesdash/api/policies';
import { CorridorReader } from '../policies/corridor-reader.service';
import { CORA, defaultRateDraft, resetCorridors } from '@salesdash/api/policies/testing';
import { CorridorAudit } from './corridor-audit.service';

describe('CorridorAudit order on PostgreSQL', () => {
  let db: TestDatabase;
  let audit: CorridorAudit;
  let publisher: CorridorPublisher;

  beforeAll(async () => {
    db = await createTestDatabase();
    const reader = new CorridorReader(db.dataSource, new AccessService(new OrgDirectory(db.dataSource), db.dataSource));
    audit = new CorridorAudit(db.dataSource, reader);
    publisher = new CorridorPublisher(db.dataSource);
    await resetCorridors(db.dataSource);
  });

  afterAll(async () => {
    await db.drop();
  });

  it('lists an entry whose transaction began first but committed last as the newest', async () => {
    await publisher.publish(CORA, defaultRateDraft({ rationale: 'First.' }));
    // A transaction that begins now and writes its entry only after the next publish has committed,
    // as a publish does that waits for the series lock.
    const late = db.dataSource.createQueryRunner();
    await late.startTransaction();
    await late.query('SELECT now()');
    await publisher.publish(CORA, defaultRateDraft({ expectedVersion: 1, rationale: 'Second.' }));
    await recordAudit(late, {
      actorUserId: CORA.userId,
      action: 'corridor.publish',
      entityType: 'corridor',
      entityId: seriesEntityId('PREMIUM_FINANCING', 'DEFAULT_RATE', null),
      reason: 'Committed last.',
    });
    await late.commitTransaction();
    await late.release();
    const trail = await audit.trail(CORA, 'PREMIUM_FINANCING', 'DEFAULT_RATE', null);
    expect(trail.map((entry) => entry.reason)).toEqual(['Committed last.', 'Second.', 'First.']);
  });
});
