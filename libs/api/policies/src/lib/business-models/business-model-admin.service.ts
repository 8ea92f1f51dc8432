import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_NAME_LENGTH,
  recordAudit,
  ValidationError,
  type Viewer,
} from '@salesdash/api/platform';
import { selectRow } from '../sql-rows';
import { FieldConflictError, isUniqueViolation } from '../validation/field-conflict';
import { clipped, InputCheck } from '../validation/input-check';
import type { BusinessModelInput, BusinessModelType } from './business-model.types';

type BusinessModelFields = Pick<BusinessModelType, 'code' | 'name' | 'description'>;

const MODEL_SQL = `
SELECT code, name, description, retired_at IS NOT NULL AS retired, retired_at AS "retiredAt"
FROM business_model WHERE code = $1`;

/** Business models as controlling manages them: create, rename, retire and reinstate; never delete. */
@Injectable()
export class BusinessModelAdmin {
  constructor(private readonly dataSource: DataSource) {}

  async create(actor: Viewer, input: BusinessModelInput): Promise<BusinessModelType> {
    const model = checkedModel(input);
    const duplicate = () => new FieldConflictError('input.code', 'BUSINESS_MODEL_EXISTS', { code: model.code });
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await selectRow(manager, 'SELECT 1 FROM business_model WHERE code = $1', [model.code])) {
          throw duplicate();
        }
        await manager.query('INSERT INTO business_model (code, name, description) VALUES ($1, $2, $3)', [
          model.code,
          model.name,
          model.description,
        ]);
        await audit(manager, actor, 'create', model.code, null, { name: model.name, description: model.description });
        return readModel(manager, model.code);
      });
    } catch (error) {
      // Two concurrent creations: the check above saw neither, the primary key catches the second.
      throw isUniqueViolation(error, 'business_model_pkey') ? duplicate() : await this.nameConflictOr(error, model);
    }
  }

  async update(actor: Viewer, input: BusinessModelInput): Promise<BusinessModelType> {
    const model = checkedModel(input);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const current = await lockModel(manager, model.code, 'input.code');
        if (current.name === model.name && current.description === model.description) {
          return current;
        }
        await manager.query('UPDATE business_model SET name = $2, description = $3 WHERE code = $1', [
          model.code,
          model.name,
          model.description,
        ]);
        await audit(
          manager,
          actor,
          'update',
          model.code,
          { name: current.name, description: current.description },
          { name: model.name, description: model.description },
        );
        return readModel(manager, model.code);
      });
    } catch (error) {
      throw await this.nameConflictOr(error, model);
    }
  }

  /** Retires a model (idempotent): its data and corridors stay, it takes no new corridors. */
  retire(actor: Viewer, code: string): Promise<BusinessModelType> {
    return this.setRetired(actor, code, true);
  }

  reinstate(actor: Viewer, code: string): Promise<BusinessModelType> {
    return this.setRetired(actor, code, false);
  }

  /**
   * Two models with one name (ignoring case) could not be told apart in any picker, so the unique
   * index business_model_name_key decides (concurrent writers all pass a check before the write);
   * its violation becomes a CONFLICT naming the model that holds the name. Any other error stays.
   */
  private async nameConflictOr(error: unknown, model: BusinessModelFields): Promise<unknown> {
    if (!isUniqueViolation(error, 'business_model_name_key')) {
      return error;
    }
    const holder = await selectRow<{ code: string }>(
      this.dataSource,
      'SELECT code FROM business_model WHERE lower(name) = lower($1) AND code <> $2',
      [model.name, model.code],
    );
    const name = clipped(model.name);
    return holder
      ? new FieldConflictError('input.name', 'BUSINESS_MODEL_NAME_TAKEN', { holder: holder.code, name })
      : new FieldConflictError('input.name', 'BUSINESS_MODEL_NAME_TAKEN_BY_ANOTHER', { name });
  }

  private setRetired(actor: Viewer, code: string, retired: boolean): Promise<BusinessModelType> {
    const check = new InputCheck();
    const checkedCode = check.businessModelCode(code, 'code');
    check.done();
    return this.dataSource.transaction(async (manager) => {
      const current = await lockModel(manager, checkedCode, 'code');
      if (current.retired === retired) {
        return current;
      }
      await manager.query(`UPDATE business_model SET retired_at = CASE WHEN $2 THEN now() END WHERE code = $1`, [
        checkedCode,
        retired,
      ]);
      await audit(manager, actor, retired ? 'retire' : 'reinstate', checkedCode, { retired: !retired }, { retired });
      return readModel(manager, checkedCode);
    });
  }
}

function checkedModel(input: BusinessModelInput): BusinessModelFields {
  const check = new InputCheck();
  const model = {
    code: check.businessModelCode(input.code, 'input.code'),
    name: check.line(input.name, 'input.name', MAX_NAME_LENGTH, true),
    description: check.text(input.description, 'input.description', MAX_DESCRIPTION_LENGTH),
  };
  check.done();
  return model;
}

/** NO KEY UPDATE: deals, targets and corridors may keep referring to the model meanwhile. */
async function lockModel(manager: EntityManager, code: string, field: string): Promise<BusinessModelType> {
  const model = await selectRow<BusinessModelType>(manager, `${MODEL_SQL} FOR NO KEY UPDATE`, [code]);
  if (!model) {
    throw ValidationError.of(field, 'UNKNOWN_BUSINESS_MODEL', { code: clipped(code) });
  }
  return model;
}

async function readModel(manager: EntityManager, code: string): Promise<BusinessModelType> {
  const model = await selectRow<BusinessModelType>(manager, MODEL_SQL, [code]);
  if (!model) {
    throw new Error(`business model ${code} vanished inside its own transaction`);
  }
  return model;
}

function audit(
  manager: EntityManager,
  actor: Viewer,
  action: string,
  code: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): Promise<void> {
  return recordAudit(manager, {
    actorUserId: actor.userId,
    action: `business_model.${action}`,
    entityType: 'business_model',
    entityId: code,
    before,
    after,
  });
}
