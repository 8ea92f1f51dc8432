import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ConflictError,
  lockCorridorSeriesUntilCommit,
  recordAudit,
  ValidationError,
  type Viewer,
} from '@salesdash/api/platform';
import { type CorridorBasis, isKpiCode, messageArgs, validateCorridor } from '@salesdash/shared/domain';
import { selectRow } from '../sql-rows';
import { FieldConflictError } from '../validation/field-conflict';
import { clipped, InputCheck } from '../validation/input-check';
import { CORRIDOR_SELECT, type CorridorRecord, selectCorridors, seriesEntityId, snapshotOf } from './corridor-records';
import type { PublishCorridorInput } from './corridor.inputs';

type CheckedInput = Required<Omit<PublishCorridorInput, 'segment' | 'expectedVersion' | 'basis'>> & {
  readonly segment: string | null;
  readonly expectedVersion: number | null;
  readonly minSampleSize: number;
  readonly basis: CorridorBasis;
};

const LATEST_SQL = `${CORRIDOR_SELECT}
WHERE p.business_model = $1 AND p.kpi = $2 AND p.segment IS NOT DISTINCT FROM $3
ORDER BY p.version DESC
LIMIT 1`;

const INSERT_SQL = `
INSERT INTO corridor_policy (business_model, kpi, segment, version, effective_from, acceptable_min, acceptable_max,
                             tolerated_min, tolerated_max, min_sample_size, rationale, published_by, basis)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
RETURNING policy_id::text AS id`;

/**
 * Publishes corridor versions (docs/corridors.md#versions): always a new version, checked against the version the
 * editor started from under a lock on the series, audited in the same transaction.
 */
@Injectable()
export class CorridorPublisher {
  constructor(private readonly dataSource: DataSource) {}

  /** `actor` null: the system itself (the demo seed). */
  async publish(actor: Viewer | null, input: PublishCorridorInput): Promise<CorridorRecord> {
    const corridor = checkedInput(input);
    return this.dataSource.transaction(async (manager) => {
      await lockSeries(manager, corridor);
      await assertModelOpen(manager, corridor.businessModel);
      const latest = (await selectCorridors(manager, LATEST_SQL, seriesParameters(corridor)))[0];
      assertExpectedVersion(corridor, latest);
      const inserted = await selectRow<{ id: string }>(manager, INSERT_SQL, [
        corridor.businessModel,
        corridor.kpi,
        corridor.segment,
        (latest?.version ?? 0) + 1,
        corridor.effectiveFrom,
        corridor.acceptableMin,
        corridor.acceptableMax,
        corridor.toleratedMin,
        corridor.toleratedMax,
        corridor.minSampleSize,
        corridor.rationale,
        actor?.userId ?? null,
        corridor.basis,
      ]);
      const [published] = await selectCorridors(manager, `${CORRIDOR_SELECT} WHERE p.policy_id = $1`, [inserted?.id]);
      await recordAudit(manager, {
        actorUserId: actor?.userId ?? null,
        action: 'corridor.publish',
        entityType: 'corridor',
        entityId: seriesEntityId(corridor.businessModel, corridor.kpi, corridor.segment),
        before: latest ? snapshotOf(latest) : null,
        after: snapshotOf(published),
        reason: corridor.rationale,
      });
      return published;
    });
  }
}

function checkedInput(input: PublishCorridorInput): CheckedInput {
  const check = new InputCheck();
  const businessModel = check.businessModelCode(input.businessModel, 'input.businessModel');
  const kpi = check.kpi(input.kpi, 'input.kpi');
  const segment = check.segment(input.segment, 'input.segment');
  const effectiveFrom = check.date(input.effectiveFrom, 'input.effectiveFrom');
  const expectedVersion = input.expectedVersion ?? null;
  if (expectedVersion !== null && (!Number.isInteger(expectedVersion) || expectedVersion < 1)) {
    check.add('input.expectedVersion', 'EXPECTED_VERSION_INVALID', { value: expectedVersion });
  }
  const bounds = {
    acceptableMin: input.acceptableMin ?? null,
    acceptableMax: input.acceptableMax ?? null,
    toleratedMin: input.toleratedMin ?? null,
    toleratedMax: input.toleratedMax ?? null,
  };
  if (isKpiCode(kpi)) {
    for (const issue of validateCorridor({ ...input, ...bounds }, kpi)) {
      check.add(`input.${issue.field}`, ...messageArgs(issue));
    }
  }
  check.done();
  return {
    businessModel,
    kpi,
    segment,
    effectiveFrom,
    ...bounds,
    minSampleSize: input.minSampleSize ?? 1,
    rationale: input.rationale.trim(),
    basis: input.basis ?? 'VALUE',
    expectedVersion,
  };
}

function seriesParameters(corridor: CheckedInput): unknown[] {
  return [corridor.businessModel, corridor.kpi, corridor.segment];
}

/**
 * Publishes of one series queue here until the first commits, so the second sees its version and
 * is refused as stale instead of both becoming the same version.
 */
async function lockSeries(manager: EntityManager, corridor: CheckedInput): Promise<void> {
  await lockCorridorSeriesUntilCommit(manager, seriesEntityId(corridor.businessModel, corridor.kpi, corridor.segment));
}

async function assertModelOpen(manager: EntityManager, code: string): Promise<void> {
  // FOR SHARE: the model cannot be retired while one of its corridors is being published.
  const model = await selectRow<{ retired: boolean }>(
    manager,
    'SELECT retired_at IS NOT NULL AS retired FROM business_model WHERE code = $1 FOR SHARE',
    [code],
  );
  if (!model) {
    throw ValidationError.of('input.businessModel', 'UNKNOWN_BUSINESS_MODEL', { code: clipped(code) });
  }
  if (model.retired) {
    throw new FieldConflictError('input.businessModel', 'BUSINESS_MODEL_RETIRED_FOR_CORRIDORS', { code });
  }
}

function assertExpectedVersion(corridor: CheckedInput, latest: CorridorRecord | undefined): void {
  const current = latest?.version ?? null;
  if (current === corridor.expectedVersion) {
    return;
  }
  const series = seriesEntityId(corridor.businessModel, corridor.kpi, corridor.segment);
  if (!latest) {
    throw new ConflictError('CORRIDOR_HAS_NO_VERSION', { series }, null);
  }
  const at = latest.publishedAt.toISOString();
  const stored = { version: latest.version, publishedBy: latest.publishedBy, publishedAt: at };
  throw latest.publishedBy === null
    ? new ConflictError('CORRIDOR_CHANGED_BY_SYSTEM', { series, at, version: latest.version }, stored)
    : new ConflictError('CORRIDOR_CHANGED', { series, by: latest.publishedBy, at, version: latest.version }, stored);
}
