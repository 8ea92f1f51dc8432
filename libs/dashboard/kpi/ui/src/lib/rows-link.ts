import {
  exceedsMaxPeriod,
  isIsoDate,
  KPI_ROW_ORDERS,
  type KpiRowOrder,
  type Period,
  SCOPE_TYPES,
  type ScopeType,
} from '@salesdash/shared/domain';

/** A scope as the API takes it; no scope is the viewer's widest. */
export interface RowsScope {
  readonly type: ScopeType;
  readonly id?: string | null;
}

/** One KPI value whose rows to list: the figure a tile, a cell or a trend point shows. */
export interface RowsOfValue {
  readonly kpi: string;
  readonly businessModel: string;
  readonly period: Period;
  readonly scope: RowsScope | null;
  /** Only for a past cut-off; the page's "now" otherwise. */
  readonly asOf?: string | null;
}

/** How the rows page lists them. */
export interface RowsListing {
  readonly orderBy: KpiRowOrder;
  readonly descending: boolean;
  /** 1-based. */
  readonly page: number;
}

/** A router link (`[routerLink]` and `[queryParams]`) to the rows behind a value. */
export interface RowsLink {
  readonly path: readonly string[];
  readonly queryParams: Readonly<Record<string, string>>;
}

export const ROWS_PATH = 'rows';
const SCOPE_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const CODE = /^[A-Z0-9_]{1,64}$/;

/** `REGION:R1`, `COMPANY`; no parameter for the viewer's widest scope. */
function scopeParam(scope: RowsScope | null): Record<string, string> {
  if (!scope) {
    return {};
  }
  return { scope: scope.id ? `${scope.type}:${scope.id}` : scope.type };
}

/** The link to the rows behind a value, first page, newest first. */
export function rowsLink(value: RowsOfValue, listing?: RowsListing): RowsLink {
  return {
    path: ['/', ROWS_PATH, value.kpi],
    queryParams: {
      model: value.businessModel,
      from: value.period.from,
      to: value.period.to,
      ...scopeParam(value.scope),
      ...(value.asOf ? { asOf: value.asOf } : {}),
      ...(listing && (listing.orderBy !== 'AT' || !listing.descending)
        ? { order: listing.orderBy, desc: String(listing.descending) }
        : {}),
      ...(listing && listing.page > 1 ? { page: String(listing.page) } : {}),
    },
  };
}

interface ParamReader {
  get(name: string): string | null;
}

/** The value and listing a rows page's URL names; null when the URL does not name a valid value. */
export function parseRowsParams(
  kpi: string,
  params: ParamReader,
): { readonly value: RowsOfValue; readonly listing: RowsListing } | null {
  const businessModel = params.get('model') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (!CODE.test(kpi) || !CODE.test(businessModel) || !isIsoDate(from) || !isIsoDate(to) || from >= to) {
    return null;
  }
  if (exceedsMaxPeriod({ from, to })) {
    return null;
  }
  const asOf = params.get('asOf');
  const order = params.get('order') as KpiRowOrder | null;
  const page = Number(params.get('page') ?? '1');
  return {
    value: {
      kpi,
      businessModel,
      period: { from, to },
      scope: parseScope(params.get('scope')),
      asOf: asOf && !Number.isNaN(new Date(asOf).getTime()) ? asOf : null,
    },
    listing: {
      orderBy: order && KPI_ROW_ORDERS.includes(order) ? order : 'AT',
      descending: params.get('desc') !== 'false',
      page: Number.isInteger(page) && page >= 1 ? page : 1,
    },
  };
}

function parseScope(param: string | null): RowsScope | null {
  if (!param) {
    return null;
  }
  const [type, id] = param.split(/:(.*)/s, 2) as [string, string | undefined];
  if (!(SCOPE_TYPES as readonly string[]).includes(type)) {
    return null;
  }
  if (type === 'COMPANY') {
    return { type: 'COMPANY', id: null };
  }
  return id && SCOPE_ID.test(id) ? { type: type as ScopeType, id } : null;
}
