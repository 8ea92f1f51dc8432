import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAudit, ValidationError, type Viewer } from '@salesdash/api/platform';
import type { AdminRegionInput } from '../admin.inputs';
import { selectRow, selectRows } from '../sql-rows';
import { FieldConflictError, withUniqueConflicts } from '../validation/field-conflict';
import { clipped, InputCheck } from '../validation/org-input-rules';

export interface AdminRegionRecord {
  readonly id: string;
  readonly name: string;
  readonly teamCount: number;
}

const REGIONS_SQL = `
SELECT r.region_id AS id, r.name, (SELECT count(*)::int FROM team t WHERE t.region_id = r.region_id) AS "teamCount"
FROM region r`;

const ORDER = 'ORDER BY lower(r.name), r.region_id';

/** Regions (regions.csv): list, create, rename, and delete while no team is in them. */
@Injectable()
export class RegionAdminService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<AdminRegionRecord[]> {
    return selectRows(this.dataSource, `${REGIONS_SQL} ${ORDER}`);
  }

  async create(actor: Viewer, input: AdminRegionInput): Promise<AdminRegionRecord> {
    const region = checkedRegion(input);
    const duplicate = () => new FieldConflictError('input.id', 'REGION_EXISTS', { id: clipped(region.id) });
    return withUniqueConflicts(
      () =>
        this.dataSource.transaction(async (manager) => {
          if (await selectRow(manager, 'SELECT 1 FROM region WHERE region_id = $1', [region.id])) {
            throw duplicate();
          }
          await manager.query('INSERT INTO region (region_id, name) VALUES ($1, $2)', [region.id, region.name]);
          await recordAudit(manager, {
            actorUserId: actor.userId,
            action: 'region.create',
            entityType: 'region',
            entityId: region.id,
            after: { name: region.name },
          });
          return readRegion(manager, region.id);
        }),
      { region_pkey: duplicate, region_name_key: () => this.nameTaken(region) },
    );
  }

  async rename(actor: Viewer, input: AdminRegionInput): Promise<AdminRegionRecord> {
    const region = checkedRegion(input);
    return withUniqueConflicts(
      () =>
        this.dataSource.transaction(async (manager) => {
          const current = await lockRegion(manager, region.id, 'input.id', 'NO KEY UPDATE');
          if (current.name === region.name) {
            return readRegion(manager, region.id);
          }
          await manager.query('UPDATE region SET name = $2 WHERE region_id = $1', [region.id, region.name]);
          await recordAudit(manager, {
            actorUserId: actor.userId,
            action: 'region.rename',
            entityType: 'region',
            entityId: region.id,
            before: { name: current.name },
            after: { name: region.name },
          });
          return readRegion(manager, region.id);
        }),
      { region_name_key: () => this.nameTaken(region) },
    );
  }

  /** Deletes a region no team belongs to; answers its id. */
  async delete(actor: Viewer, regionId: string): Promise<string> {
    const check = new InputCheck();
    const id = check.id(regionId, 'id');
    check.done();
    return this.dataSource.transaction(async (manager) => {
      const current = await lockRegion(manager, id, 'id', 'UPDATE');
      const teams = await selectRows<{ team_id: string }>(
        manager,
        'SELECT team_id FROM team WHERE region_id = $1 ORDER BY team_id',
        [id],
      );
      if (teams.length > 0) {
        throw new FieldConflictError('id', 'REGION_HAS_TEAMS', {
          name: clipped(current.name),
          count: teams.length,
          teams: teams.map((team) => team.team_id).join(', '),
        });
      }
      await manager.query('DELETE FROM region WHERE region_id = $1', [id]);
      await recordAudit(manager, {
        actorUserId: actor.userId,
        action: 'region.delete',
        entityType: 'region',
        entityId: id,
        before: { name: current.name },
      });
      return id;
    });
  }

  /**
   * Two regions with one name (ignoring case) could not be told apart in any list or filter, so the
   * unique index region_name_key refused the name; this says which region holds it.
   */
  private async nameTaken(region: { id: string; name: string }): Promise<FieldConflictError> {
    const holder = await selectRow<{ region_id: string }>(
      this.dataSource,
      'SELECT region_id FROM region WHERE lower(name) = lower($1) AND region_id <> $2',
      [region.name, region.id],
    );
    const name = clipped(region.name);
    return holder
      ? new FieldConflictError('input.name', 'REGION_NAME_TAKEN', { holder: holder.region_id, name })
      : new FieldConflictError('input.name', 'REGION_NAME_TAKEN_BY_ANOTHER', { name });
  }
}

function checkedRegion(input: AdminRegionInput): { id: string; name: string } {
  const check = new InputCheck();
  const region = { id: check.id(input.id, 'input.id'), name: check.name(input.name, 'input.name') };
  check.done();
  return region;
}

/** Locks a region: UPDATE to delete it, NO KEY UPDATE to rename it (teams may still refer to it meanwhile). */
async function lockRegion(
  manager: EntityManager,
  id: string,
  field: string,
  mode: 'UPDATE' | 'NO KEY UPDATE',
): Promise<{ name: string }> {
  const region = await selectRow<{ name: string }>(
    manager,
    `SELECT name FROM region WHERE region_id = $1 FOR ${mode}`,
    [id],
  );
  if (!region) {
    throw ValidationError.of(field, 'UNKNOWN_REGION', { id: clipped(id) });
  }
  return region;
}

async function readRegion(manager: EntityManager, id: string): Promise<AdminRegionRecord> {
  const region = await selectRow<AdminRegionRecord>(manager, `${REGIONS_SQL} WHERE r.region_id = $1`, [id]);
  if (!region) {
    throw new Error(`region ${id} vanished inside its own transaction`);
  }
  return region;
}
