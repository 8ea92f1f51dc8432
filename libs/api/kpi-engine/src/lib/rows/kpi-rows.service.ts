import { Injectable } from '@nestjs/common';
import { countKpiRows, type KpiRowsQuery, readKpiRows } from '@salesdash/api/facts';
import { AccessService, type Viewer } from '@salesdash/api/identity';
import type { RowScope } from '@salesdash/api/org';
import { BusinessModelCatalog } from '@salesdash/api/policies';
import { fieldIssue, type FieldIssue, type SqlRunner } from '@salesdash/api/platform';
import { isKpiCode, kpiDefinition, KPI_ROWS, type KpiCode, type KpiRowOrder } from '@salesdash/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { checkPeriod, throwIfAny } from '../kpi-selection';
import { DEFAULT_ROWS_LIMIT, type KpiRowsFilterInput, type KpiRowsType, MAX_ROWS_LIMIT } from './kpi-rows.types';

/** A checked request for the rows of one KPI value, with the viewer's rows and what they may see of them. */
export interface KpiRowsRequest {
  readonly query: KpiRowsQuery;
  readonly scope: RowScope;
  readonly amountsHidden: boolean;
  readonly orderBy: KpiRowOrder;
  readonly descending: boolean;
}

/**
 * The deals, events, interactions or feedback behind one KPI value — exactly the rows its sampleSize
 * counts — for a viewer who may see that KPI, inside their rows. Amounts are left out for a role that
 * sees no KPI in EUR (marketing, by default): the rows must not tell more than the KPIs would.
 */
@Injectable()
export class KpiRowsService {
  constructor(
    private readonly access: AccessService,
    private readonly businessModels: BusinessModelCatalog,
    private readonly dataSource: DataSource,
  ) {}

  async page(viewer: Viewer, filter: KpiRowsFilterInput): Promise<KpiRowsType> {
    const offset = filter.offset ?? 0;
    const limit = filter.limit ?? DEFAULT_ROWS_LIMIT;
    const request = await this.request(viewer, filter, (issues) => {
      if (!Number.isInteger(offset) || offset < 0) {
        issues.push(fieldIssue('filter.offset', 'NOT_NEGATIVE', {}));
      }
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ROWS_LIMIT) {
        issues.push(fieldIssue('filter.limit', 'BETWEEN_ONE_AND', { max: MAX_ROWS_LIMIT }));
      }
    });
    const { query } = request;
    const { counts, rows } = await this.snapshot(async (runner) => ({
      counts: await countKpiRows(runner, query),
      rows: await readKpiRows(runner, query, {
        offset,
        limit,
        orderBy: request.orderBy,
        descending: request.descending,
      }),
    }));
    const rowKinds = KPI_ROWS[query.kpi];
    return {
      kpi: query.kpi,
      businessModel: query.businessModel,
      from: query.period.from,
      to: query.period.to,
      asOf: query.asOf,
      scopeType: request.scope.type,
      scopeId: request.scope.ids?.length === 1 ? request.scope.ids[0] : null,
      kind: rowKinds.kind,
      measure: rowKinds.measure,
      total: counts.total,
      outcomes: [...counts.byOutcome],
      amountsHidden: request.amountsHidden,
      offset,
      limit,
      rows: rows.map((row) => ({ ...row, amount: request.amountsHidden ? null : row.amount })),
    };
  }

  /**
   * Checks a filter (every issue at once), the viewer's right to the KPI (FORBIDDEN otherwise) and
   * to the scope; `checkRest` adds the checks of what the caller reads beyond the value itself.
   */
  async request(
    viewer: Viewer,
    filter: Omit<KpiRowsFilterInput, 'offset' | 'limit'>,
    checkRest: (issues: FieldIssue[]) => void = () => undefined,
  ): Promise<KpiRowsRequest> {
    const issues: FieldIssue[] = [];
    if (!isKpiCode(filter.kpi)) {
      issues.push(fieldIssue('filter.kpi', 'UNKNOWN_KPI', { code: filter.kpi }));
    }
    if (!(await this.businessModels.codes()).includes(filter.businessModel)) {
      issues.push(fieldIssue('filter.businessModel', 'UNKNOWN_BUSINESS_MODEL', { code: filter.businessModel }));
    }
    const period = { from: filter.from, to: filter.to };
    checkPeriod(period, issues);
    const asOf = filter.asOf ?? new Date();
    if (Number.isNaN(asOf.getTime())) {
      issues.push(fieldIssue('filter.asOf', 'NOT_AN_INSTANT', {}));
    }
    checkRest(issues);
    throwIfAny(issues);
    const kpi = filter.kpi as KpiCode;
    await this.access.kpisFor(viewer, [kpi]);
    const [scope, visible] = await Promise.all([
      this.access.rowScope(viewer, filter.scope, 'filter.scope'),
      this.access.visibleKpis(viewer),
    ]);
    return {
      query: { kpi, businessModel: filter.businessModel, period, asOf, repIds: scope.repIds },
      scope,
      amountsHidden: !visible.some((code) => kpiDefinition(code).unit === 'EUR'),
      orderBy: filter.orderBy ?? 'AT',
      descending: filter.descending ?? true,
    };
  }

  /** Reads in one read-only snapshot, so the count and the rows agree even while an import commits. */
  snapshot<T>(read: (runner: SqlRunner) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager: EntityManager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      return read(manager);
    });
  }
}
