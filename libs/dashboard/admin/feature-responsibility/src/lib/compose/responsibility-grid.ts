import { KPI_UI_TEXTS, kpiName } from '@salesdash/dashboard/kpi/ui';
import { ROLE_NAMES } from '@salesdash/dashboard/shared/util-i18n';
import { KPI_STAGE_ORDER, type Role } from '@salesdash/shared/domain';
import type {
  FieldIssue,
  ResponsibilityChangeDto,
  ResponsibilityMatrixDto,
} from '../data-access/responsibility.models';
import type { ResponsibilityChangeInput } from '../generated/graphql';

/** Cells the editor has changed but not saved: `ROLE:KPI` → the wanted state. */
export type PendingChanges = ReadonlyMap<string, boolean>;

export function cellKey(role: string, kpi: string): string {
  return `${role}:${kpi}`;
}

export interface GridColumn {
  readonly role: Role;
  readonly name: string;
  readonly fixed: boolean;
}

export interface GridCell {
  readonly key: string;
  readonly role: Role;
  readonly roleName: string;
  readonly kpi: string;
  readonly kpiName: string;
  /** As stored. */
  readonly saved: boolean;
  /** As shown: the pending change when there is one. */
  readonly granted: boolean;
  readonly pending: boolean;
  readonly fixed: boolean;
  readonly lastChange: ResponsibilityChangeDto | null;
}

export interface GridRow {
  readonly code: string;
  readonly name: string;
  readonly cells: readonly GridCell[];
}

/** The KPIs of one journey stage, under its heading. */
export interface GridGroup {
  readonly stage: string;
  readonly title: string;
  readonly rows: readonly GridRow[];
}

export interface ResponsibilityGrid {
  readonly columns: readonly GridColumn[];
  readonly groups: readonly GridGroup[];
}

/**
 * The matrix as the page shows it: KPIs (rows, in the API's journey order) grouped by stage in
 * KPI_STAGE_ORDER, roles as columns, each cell with its pending change applied.
 */
export function buildGrid(matrix: ResponsibilityMatrixDto, pending: PendingChanges): ResponsibilityGrid {
  const cells = new Map(matrix.cells.map((cell) => [cellKey(cell.role, cell.kpi), cell]));
  const fixedRoles = new Set(matrix.cells.filter((cell) => cell.fixed).map((cell) => cell.role));
  const rows = matrix.kpis.map((kpi) => ({
    code: kpi.code,
    name: kpiName(kpi.code),
    stage: kpi.stage,
    cells: matrix.roles.map((role): GridCell => {
      const key = cellKey(role, kpi.code);
      const stored = cells.get(key);
      const saved = stored?.granted ?? false;
      const wanted = pending.get(key);
      return {
        key,
        role,
        roleName: ROLE_NAMES[role],
        kpi: kpi.code,
        kpiName: kpiName(kpi.code),
        saved,
        granted: wanted ?? saved,
        pending: wanted !== undefined,
        fixed: stored?.fixed ?? false,
        lastChange: stored?.lastChange ?? null,
      };
    }),
  }));
  // Stages the domain does not order yet come last rather than vanish.
  const stages = [...new Set<string>([...KPI_STAGE_ORDER, ...rows.map((row) => row.stage)])];
  return {
    columns: matrix.roles.map((role) => ({ role, name: ROLE_NAMES[role], fixed: fixedRoles.has(role) })),
    groups: stages
      .map((stage) => ({
        stage,
        title: KPI_UI_TEXTS.stages[stage] ?? stage,
        rows: rows.filter((row) => row.stage === stage).map(({ code, name, cells }) => ({ code, name, cells })),
      }))
      .filter((group) => group.rows.length > 0),
  };
}

/** Flips a cell; flipping it back to its stored state leaves nothing pending. A fixed cell stays. */
export function togglePending(pending: PendingChanges, cell: GridCell): PendingChanges {
  if (cell.fixed) {
    return pending;
  }
  const next = new Map(pending);
  const wanted = !cell.granted;
  if (wanted === cell.saved) {
    next.delete(cell.key);
  } else {
    next.set(cell.key, wanted);
  }
  return next;
}

/** The pending changes as the API takes them, in the grid's order (KPI, then role). */
export function pendingChanges(grid: ResponsibilityGrid): ResponsibilityChangeInput[] {
  return grid.groups.flatMap((group) =>
    group.rows.flatMap((row) =>
      row.cells
        .filter((cell) => cell.pending)
        .map((cell) => ({ role: cell.role, kpi: cell.kpi, granted: cell.granted })),
    ),
  );
}

export interface PlacedIssues {
  /** `ROLE:KPI` → the API's message about that cell. */
  readonly byCell: ReadonlyMap<string, string>;
  readonly reason: string | null;
  /** Issues of the request as a whole. */
  readonly general: readonly string[];
}

const CHANGE_FIELD = /^changes\[(\d+)\]/;

/** Puts each field issue of a refused save where it belongs: at a cell (by its index in `sent`), the reason, or the form. */
export function placeIssues(issues: readonly FieldIssue[], sent: readonly ResponsibilityChangeInput[]): PlacedIssues {
  const byCell = new Map<string, string>();
  const general: string[] = [];
  let reason: string | null = null;
  for (const issue of issues) {
    const index = CHANGE_FIELD.exec(issue.field)?.[1];
    const change = index === undefined ? undefined : sent[Number(index)];
    if (change) {
      const key = cellKey(change.role, change.kpi);
      byCell.set(key, byCell.has(key) ? `${byCell.get(key)}; ${issue.message}` : issue.message);
    } else if (issue.field === 'reason') {
      reason = issue.message;
    } else {
      general.push(issue.message);
    }
  }
  return { byCell, reason, general };
}
