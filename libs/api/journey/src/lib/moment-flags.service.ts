import { Injectable } from '@nestjs/common';
import { fieldIssue, recordAudit, ValidationError, type Viewer } from '@salesdash/api/platform';
import { InputCheck, selectRow, selectRows } from '@salesdash/api/policies';
import { isJourneyStage, isTouchpoint, type Role } from '@salesdash/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { JourneyRequests } from './journey-request';
import { checkReason } from './journey-rules';
import { momentKey, momentOrder } from './journey-stages';
import type { MomentFlagInput, MomentFlagType } from './journey.types';
import { MOMENT_FLAGS_SQL } from './moments.sql';

/** Who may set and remove the flags of moments that matter. */
export const MOMENT_FLAG_EDITORS: readonly Role[] = ['MARKETING', 'CONTROLLING'];

const FLAG_COLUMNS = `business_model AS "businessModel", stage, touchpoint, reason, flagged_by AS "flaggedBy",
  flagged_at AS "flaggedAt"`;
const KEY = 'business_model = $1 AND stage = $2 AND touchpoint = $3';

// A plain UPDATE or DELETE answers TypeORM's [rows, count]; wrapped in a CTE it answers rows like a SELECT.
const UPDATE_SQL = `
WITH changed AS (
  UPDATE moment_flag SET reason = $4, flagged_by = $5, flagged_at = clock_timestamp() WHERE ${KEY}
  RETURNING *)
SELECT ${FLAG_COLUMNS} FROM changed`;
const DELETE_SQL = `
WITH removed AS (DELETE FROM moment_flag WHERE ${KEY} RETURNING *)
SELECT f.business_model AS "businessModel", f.stage, f.touchpoint, f.reason, f.flagged_by AS "flaggedBy",
       u.display_name AS "flaggedByName", f.flagged_at AS "flaggedAt"
FROM removed f
JOIN app_user u ON u.user_id = f.flagged_by`;

type StoredFlag = Omit<MomentFlagType, 'flaggedByName'>;

/**
 * The moments that matter: flags on (business model, stage, touchpoint) with a reason. Each change
 * locks the flag's row (or creates it), then writes its audit entry in the same transaction; a refused
 * change writes nothing.
 */
@Injectable()
export class MomentFlags {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: JourneyRequests,
  ) {}

  /** The flags of the named models (default all), by model, stage and touchpoint. */
  async list(businessModels: readonly string[] | null | undefined): Promise<MomentFlagType[]> {
    const known = await this.requests.knownModels();
    let models = known;
    if (businessModels !== null && businessModels !== undefined) {
      const unknown = businessModels.filter((code) => !known.includes(code));
      if (businessModels.length === 0 || unknown.length > 0) {
        throw unknown.length > 0
          ? ValidationError.of('businessModels', 'UNKNOWN_BUSINESS_MODELS', {
              codes: unknown.map((code) => `'${code.slice(0, 40)}'`).join(', '),
            })
          : ValidationError.of('businessModels', 'NAME_AT_LEAST_ONE_BUSINESS_MODEL', {});
      }
      models = known.filter((code) => businessModels.includes(code));
    }
    const flags = await selectRows<MomentFlagType>(this.dataSource, MOMENT_FLAGS_SQL, [models]);
    return flags.sort(momentOrder(models));
  }

  /** Flags a moment, or changes the reason of its flag (who and when become the changer's). */
  async flag(viewer: Viewer, input: MomentFlagInput): Promise<MomentFlagType> {
    const flag = checkFlagInput(input);
    return this.dataSource.transaction(async (manager) => {
      await assertModelExists(manager, flag.businessModel);
      const key = [flag.businessModel, flag.stage, flag.touchpoint];
      let before = await selectRow<StoredFlag>(
        manager,
        `SELECT ${FLAG_COLUMNS} FROM moment_flag WHERE ${KEY} FOR UPDATE`,
        key,
      );
      let after: StoredFlag | undefined;
      if (before) {
        after = await selectRow<StoredFlag>(manager, UPDATE_SQL, [...key, flag.reason, viewer.userId]);
      } else {
        after = await selectRow<StoredFlag>(
          manager,
          `INSERT INTO moment_flag (business_model, stage, touchpoint, reason, flagged_by) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT DO NOTHING RETURNING ${FLAG_COLUMNS}`,
          [...key, flag.reason, viewer.userId],
        );
        if (!after) {
          // Created by a concurrent transaction since our look: it has committed, so lock and change it.
          before = await selectRow<StoredFlag>(
            manager,
            `SELECT ${FLAG_COLUMNS} FROM moment_flag WHERE ${KEY} FOR UPDATE`,
            key,
          );
          after = await selectRow<StoredFlag>(manager, UPDATE_SQL, [...key, flag.reason, viewer.userId]);
        }
      }
      if (!after) {
        throw new Error(`the flag of ${momentKey(flag)} could be neither created nor changed`);
      }
      await recordAudit(manager, {
        actorUserId: viewer.userId,
        action: 'moment.flag',
        entityType: 'moment',
        entityId: momentKey(flag),
        before: before ? auditState(before) : undefined,
        after: auditState(after),
        reason: flag.reason,
      });
      return { ...after, flaggedByName: viewer.displayName };
    });
  }

  /** Removes a moment's flag; a moment without one is BAD_USER_INPUT on its stage and touchpoint. */
  async unflag(viewer: Viewer, input: MomentFlagInput): Promise<MomentFlagType> {
    const flag = checkFlagInput(input);
    return this.dataSource.transaction(async (manager) => {
      await assertModelExists(manager, flag.businessModel);
      const removed = await selectRow<MomentFlagType>(manager, DELETE_SQL, [
        flag.businessModel,
        flag.stage,
        flag.touchpoint,
      ]);
      if (!removed) {
        const moment = { businessModel: flag.businessModel, stage: flag.stage, touchpoint: flag.touchpoint };
        throw new ValidationError([
          fieldIssue('input.stage', 'MOMENT_HAS_NO_FLAG', moment),
          fieldIssue('input.touchpoint', 'MOMENT_HAS_NO_FLAG', moment),
        ]);
      }
      await recordAudit(manager, {
        actorUserId: viewer.userId,
        action: 'moment.unflag',
        entityType: 'moment',
        entityId: momentKey(flag),
        before: auditState(removed),
        reason: flag.reason,
      });
      return removed;
    });
  }
}

function checkFlagInput(input: MomentFlagInput): MomentFlagInput {
  const check = new InputCheck();
  const businessModel = check.businessModelCode(input.businessModel ?? '', 'input.businessModel');
  if (!isJourneyStage(input.stage)) {
    check.add('input.stage', 'JOURNEY_STAGE_FORMAT', { value: String(input.stage).slice(0, 40) });
  }
  if (!isTouchpoint(input.touchpoint)) {
    check.add('input.touchpoint', 'TOUCHPOINT_FORMAT', { value: String(input.touchpoint).slice(0, 40) });
  }
  const reason = checkReason(check, input.reason ?? '', 'input.reason');
  check.done();
  return { businessModel, stage: input.stage, touchpoint: input.touchpoint, reason };
}

async function assertModelExists(manager: EntityManager, code: string): Promise<void> {
  if (!(await selectRow(manager, 'SELECT 1 FROM business_model WHERE code = $1', [code]))) {
    throw ValidationError.of('input.businessModel', 'UNKNOWN_BUSINESS_MODEL', { code });
  }
}

/** A flag as the audit log keeps it (the moment itself is the entry's entity id). */
function auditState(flag: StoredFlag): Record<string, unknown> {
  return { reason: flag.reason, flaggedBy: flag.flaggedBy, flaggedAt: flag.flaggedAt.toISOString() };
}
