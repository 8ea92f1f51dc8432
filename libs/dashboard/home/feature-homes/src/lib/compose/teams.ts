import type { CorridorIndex, KpiDefinitionDto, KpiValueDto } from '@salesdash/dashboard/kpi/data-access';
import { type KpiMatrixCell, kpiName } from '@salesdash/dashboard/kpi/ui';
import type { TeamDto } from '@salesdash/dashboard/access/data-access';
import type { KpiStatus, KpiUnit, Pace } from '@salesdash/shared/domain';
import { cellOf, NO_CORRIDORS } from './matrix';

/** The KPIs of a team's row, vs target (those the manager may see, in this order). */
export const TEAM_KPIS = ['WON_VOLUME', 'WON_DEALS', 'QUOTA_ATTAINMENT', 'WIN_RATE', 'PIPELINE_VALUE', 'ACTIVITIES'];
/** The compact table per rep, until the manager chooses other KPIs. */
export const REP_KPIS = ['WON_VOLUME', 'WON_DEALS', 'QUOTA_ATTAINMENT', 'ACTIVITIES', 'WIN_RATE'];
/** The KPI whose pace a rep's row shows: won volume against the target to date (docs/kpis.md#pace). */
export const PACE_KPI = 'WON_VOLUME';

/** What the API answered for one team: its values and each rep's (null: refused or failed). */
export interface TeamFigures {
  readonly team: TeamDto;
  readonly values: readonly KpiValueDto[] | null;
  readonly reps: ReadonlyMap<string, readonly KpiValueDto[] | null>;
}

export interface RepCell {
  readonly code: string;
  /** The KPI's name: the cell's label where a phone shows a row as a card. */
  readonly name: string;
  readonly unit: KpiUnit;
  readonly value: number | null;
  readonly target: number | null;
  /** The value with its status; null when the API gave no value. */
  readonly figure: KpiMatrixCell | null;
}

export interface RepRow {
  readonly id: string;
  readonly name: string;
  /** False when the API refused or failed this rep's figures. */
  readonly available: boolean;
  readonly cells: readonly RepCell[];
  /**
   * The API's pace of the won volume against the target to date (quota attainment's is the same);
   * null without a target.
   */
  readonly pace: Pace | null;
}

/** The KPIs of a list that the catalogue (the caller's visible KPIs) holds, in the list's order. */
export function visibleKpis(catalogue: readonly KpiDefinitionDto[], codes: readonly string[]): KpiDefinitionDto[] {
  return codes.flatMap((code) => catalogue.filter((kpi) => kpi.code === code));
}

/**
 * One row per rep of the team for one business model: who is behind the target to date shows at a
 * glance, by the API's pace (never by comparing with the whole period's quota, which a running period
 * has not had the time to reach).
 */
export function repRows(
  catalogue: readonly KpiDefinitionDto[],
  figures: TeamFigures,
  businessModel: string,
  corridors: CorridorIndex = NO_CORRIDORS,
  chosen: readonly string[] = REP_KPIS,
): RepRow[] {
  const kpis = visibleKpis(catalogue, chosen);
  return figures.team.reps.map((rep) => {
    const values = figures.reps.get(rep.id) ?? null;
    const cells = kpis.map((kpi) => {
      const value = values?.find((v) => v.kpi === kpi.code && v.businessModel === businessModel);
      return {
        code: kpi.code,
        name: kpiName(kpi.code),
        unit: kpi.unit,
        value: value?.value ?? null,
        target: value?.target ?? null,
        figure: cellOf(value, corridors),
      };
    });
    const paceOf = (code: string) =>
      values?.find((v) => v.kpi === code && v.businessModel === businessModel)?.pace ?? null;
    return {
      id: rep.id,
      name: rep.displayName,
      available: values !== null,
      cells,
      pace: paceOf(PACE_KPI) ?? paceOf('QUOTA_ATTAINMENT'),
    };
  });
}

/** How a rep table is sorted: by name, or by one KPI's value. */
export interface RepSort {
  /** 'name' or a KPI code. */
  readonly key: string;
  readonly direction: 'ascending' | 'descending';
}

export const BY_NAME: RepSort = { key: 'name', direction: 'ascending' };

/**
 * The rows in the chosen order; reps without a value (or without figures) last whatever the direction,
 * ties by name.
 */
export function sortRepRows<T extends RepRow>(rows: readonly T[], sort: RepSort): T[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: T, b: T) => a.name.localeCompare(b.name);
  if (sort.key === 'name') {
    return [...rows].sort((a, b) => sign * byName(a, b));
  }
  const valueOf = (row: T) => row.cells.find((cell) => cell.code === sort.key)?.value ?? null;
  return [...rows].sort((a, b) => {
    const [x, y] = [valueOf(a), valueOf(b)];
    if (x === null || y === null) {
      return x === y ? byName(a, b) : x === null ? 1 : -1;
    }
    return x === y ? byName(a, b) : sign * (x - y);
  });
}

/** A status as the table shows it: a judgement is "too early" while its pace is (see KpiStatusBadge). */
export type ShownStatus = KpiStatus | 'TOO_EARLY';

const SHOWN_ORDER: readonly ShownStatus[] = [
  'ACCEPTABLE',
  'TOLERATED',
  'UNACCEPTABLE',
  'TOO_EARLY',
  'INSUFFICIENT_DATA',
  'NO_RANGE',
  'NO_DATA',
];
const UNJUDGED: readonly KpiStatus[] = ['NO_DATA', 'NO_RANGE', 'INSUFFICIENT_DATA'];

export function shownStatus(status: KpiStatus, pace: Pace | null): ShownStatus {
  return pace === 'TOO_EARLY' && !UNJUDGED.includes(status) ? 'TOO_EARLY' : status;
}

/** How many of the team's rep figures show each status, in the order of the status scale; none left out but zeros. */
export function statusDistribution(rows: readonly RepRow[]): { status: ShownStatus; count: number }[] {
  const counts = new Map<ShownStatus, number>();
  for (const cell of rows.flatMap((row) => row.cells)) {
    if (cell.figure) {
      const shown = shownStatus(cell.figure.status, cell.figure.pace);
      counts.set(shown, (counts.get(shown) ?? 0) + 1);
    }
  }
  return SHOWN_ORDER.flatMap((status) => (counts.get(status) ? [{ status, count: counts.get(status) ?? 0 }] : []));
}

/**
 * The attainment bar of a value against its whole-period target: the filled share (capped at 100 %) and
 * where the target to date lies while the period runs; null without a target above 0.
 */
export function attainmentBar(
  value: number | null,
  target: number | null,
  targetToDate: number | null,
): { fill: number; mark: number | null } | null {
  if (target === null || target <= 0) {
    return null;
  }
  const share = (x: number) => Math.max(0, Math.min(1, x / target)) * 100;
  return {
    fill: share(value ?? 0),
    mark: targetToDate !== null && targetToDate < target ? share(targetToDate) : null,
  };
}
