import type { DataSource } from 'typeorm';
import type { Viewer } from '@salesdash/api/platform';
import type { Role } from '@salesdash/shared/domain';
import type { PublishCorridorInput } from '../policies/corridor.inputs';

function viewer(userId: string, displayName: string, role: Role): Viewer {
  return { userId, email: `${userId.toLowerCase()}@x.test`, displayName, role, teamId: null };
}

export const CORA = viewer('U-CORA', 'Cora Controller', 'CONTROLLING');
export const MEG = viewer('U-MEG', 'Meg Marketing', 'MARKETING');

/** The same start before every test: no corridors, no audit entries, the two seeded models active. */
export async function resetCorridors(dataSource: DataSource): Promise<void> {
  await dataSource.query(`
    TRUNCATE audit_log, corridor_policy;
    UPDATE business_model SET retired_at = NULL;
    DELETE FROM business_model WHERE code NOT IN ('PREMIUM_FINANCING', 'CONSUMER_LOANS');
    INSERT INTO app_user (user_id, email, display_name, role) VALUES
      ('U-CORA', 'cora@x.test', 'Cora Controller', 'CONTROLLING'),
      ('U-MEG', 'meg@x.test', 'Meg Marketing', 'MARKETING')
    ON CONFLICT (user_id) DO NOTHING;
  `);
}

/** A valid first version of the premium default-rate corridor; override what a test varies. */
export function defaultRateDraft(overrides: Partial<PublishCorridorInput> = {}): PublishCorridorInput {
  return {
    businessModel: 'PREMIUM_FINANCING',
    kpi: 'DEFAULT_RATE',
    segment: null,
    effectiveFrom: '2026-01-01',
    acceptableMax: 0.005,
    toleratedMax: 0.01,
    minSampleSize: 5,
    rationale: 'Premium customers are vetted thoroughly; defaults must stay near zero.',
    expectedVersion: null,
    ...overrides,
  };
}

export interface AuditRow {
  readonly actor_user_id: string | null;
  readonly action: string;
  readonly entity_type: string;
  readonly entity_id: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly reason: string | null;
}

/** Every audit entry, oldest first. */
export function auditRows(dataSource: DataSource): Promise<AuditRow[]> {
  return dataSource.query(
    'SELECT actor_user_id, action, entity_type, entity_id, before, after, reason FROM audit_log ORDER BY audit_id',
  );
}

export function corridorRows(dataSource: DataSource): Promise<unknown[]> {
  return dataSource.query('SELECT * FROM corridor_policy ORDER BY policy_id');
}
