import { Injectable } from '@nestjs/common';
import { AccessService, type ScopeRequest } from '@salesdash/api/identity';
import { isSupportedDate, type Viewer } from '@salesdash/api/platform';
import { clipped, InputCheck, quotedList, selectRows } from '@salesdash/api/policies';
import { exceedsMaxPeriod, type KpiCode, MAX_PERIOD_YEARS, type Period } from '@salesdash/shared/domain';
import { DataSource } from 'typeorm';

/** What every journey operation filters by (docs/kpis.md#filters): a period, an asOf, business models and a scope. */
export interface JourneyFilterFields {
  readonly from: string;
  readonly to: string;
  readonly asOf?: Date | null;
  readonly businessModels?: readonly string[] | null;
  readonly scope?: ScopeRequest | null;
}

/** A filter checked and decided: the period, asOf, the models in catalogue order and the reps of the rows. */
export interface JourneyRequest {
  readonly period: Period;
  readonly asOf: Date;
  readonly businessModels: readonly string[];
  /** The reps whose deals the viewer may see here; null: every deal of the company. */
  readonly repIds: readonly string[] | null;
}

export interface JourneyRequestOptions {
  /** The KPIs the answer reveals: the viewer must be allowed to see each (FORBIDDEN otherwise). */
  readonly kpis: readonly KpiCode[];
  /** The path of the filter in error messages: `filter` for GraphQL, `input` for the exports. */
  readonly field: string;
  /** Checks of the operation's own fields, reported together with the filter's. */
  readonly check?: (check: InputCheck) => void;
}

/**
 * Turns a journey filter into a request, the same way for every query and export: every input problem
 * at once (BAD_USER_INPUT with field paths), then the KPI visibility of the viewer's role, then the row
 * scope (both FORBIDDEN when refused) — never a silent narrowing.
 */
@Injectable()
export class JourneyRequests {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async resolve(viewer: Viewer, filter: JourneyFilterFields, options: JourneyRequestOptions): Promise<JourneyRequest> {
    const { field } = options;
    const check = new InputCheck();
    const period = checkPeriod(check, filter, field);
    const asOf = filter.asOf ?? new Date();
    if (!(asOf instanceof Date) || Number.isNaN(asOf.getTime())) {
      check.add(`${field}.asOf`, 'NOT_AN_INSTANT', {});
    }
    const businessModels = selectModels(check, filter.businessModels, await this.knownModels(), field);
    options.check?.(check);
    check.done();
    await this.access.kpisFor(viewer, options.kpis);
    const scope = await this.access.rowScope(viewer, filter.scope, `${field}.scope`);
    return { period, asOf, businessModels, repIds: scope.repIds };
  }

  /** Every business model, retired ones included (their data stays), in catalogue order. */
  async knownModels(): Promise<string[]> {
    const rows = await selectRows<{ code: string }>(this.dataSource, 'SELECT code FROM business_model ORDER BY code');
    return rows.map((row) => row.code);
  }
}

function checkPeriod(check: InputCheck, filter: JourneyFilterFields, field: string): Period {
  const period = { from: filter.from, to: filter.to };
  const fromOk = isSupportedDate(period.from);
  const toOk = isSupportedDate(period.to);
  if (!fromOk) {
    check.add(`${field}.from`, 'DATE_FORMAT', { value: clipped(String(period.from)) });
  }
  if (!toOk) {
    check.add(`${field}.to`, 'DATE_FORMAT', { value: clipped(String(period.to)) });
  }
  if (fromOk && toOk) {
    if (period.from >= period.to) {
      check.add(`${field}.to`, 'PERIOD_END_NOT_AFTER_START', { to: period.to, from: period.from });
    } else if (exceedsMaxPeriod(period)) {
      check.add(`${field}.to`, 'PERIOD_TOO_LONG', { years: MAX_PERIOD_YEARS });
    }
  }
  return period;
}

/** The models a filter names, in catalogue order; none named means all. */
function selectModels(
  check: InputCheck,
  requested: readonly string[] | null | undefined,
  known: readonly string[],
  field: string,
): string[] {
  if (requested === null || requested === undefined) {
    return [...known];
  }
  if (requested.length === 0) {
    check.add(`${field}.businessModels`, 'NAME_AT_LEAST_ONE_BUSINESS_MODEL', {});
    return [];
  }
  const unknown = [...new Set(requested.filter((code) => !known.includes(code)))];
  if (unknown.length > 0) {
    check.add(`${field}.businessModels`, 'UNKNOWN_BUSINESS_MODELS', { codes: quotedList(unknown) });
  }
  return known.filter((code) => requested.includes(code));
}
