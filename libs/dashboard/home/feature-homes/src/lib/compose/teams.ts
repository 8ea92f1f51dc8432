import type { CorridorIndex, KpiDefinitionDto, KpiValueDto } from '@salesdash/dashboard/kpi/data-access';
import type { KpiMatrixCell } from '@salesdash/dashboard/kpi/ui';
import type { TeamDto } from '@salesdash/dashboard/access/data-access';
import type { KpiUnit } from '@salesdash/shared/domain';
import { cellOf, NO_CORRIDORS } from './matrix';

/** The KPIs of a team's row, vs target (those the manager may see, in this order). */
export const TEAM_KPIS = ['WON_VOLUME', 'WON_DEALS', 'QUOTA_ATTAINMENT', 'WIN_RATE', 'PIPELINE_VALUE', 'ACTIVITIES'];
/** The compact table per rep. */
export const REP_KPIS = ['WON_VOLUME', 'WON_DEALS', 'QUOTA_ATTAINMENT', 'ACTIVITIES', 'WIN_RATE'];

/** What the API answered for one team: its values and each rep's (null: refused or failed). */
export interface TeamFigures {
  readonly team: TeamDto;
  readonly values: readonly KpiValueDto[] | null;
  readonly reps: ReadonlyMap<string, readonly KpiValueDto[] | null>;
}

export interface RepColumn {
  readonly code: string;
  readonly name: string;
  readonly unit: KpiUnit;
}

export interface RepCell {
  readonly code: string;
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
  /** Quota attainment below 100 %; null without a quota attainment. */
  readonly behind: boolean | null;
}

/** The KPIs of a list that the catalogue (the caller's visible KPIs) holds, in the list's order. */
export function visibleKpis(catalogue: readonly KpiDefinitionDto[], codes: readonly string[]): KpiDefinitionDto[] {
  return codes.flatMap((code) => catalogue.filter((kpi) => kpi.code === code));
}

/** One row per rep of the team for one business model: who is behind target shows at a glance. */
export function repRows(
  catalogue: readonly KpiDefinitionDto[],
  figures: TeamFigures,
  businessModel: string,
  corridors: CorridorIndex = NO_CORRIDORS,
): RepRow[] {
  const kpis = visibleKpis(catalogue, REP_KPIS);
  return figures.team.reps.map((rep) => {
    const values = figures.reps.get(rep.id) ?? null;
    const cells = kpis.map((kpi) => {
      const value = values?.find((v) => v.kpi === kpi.code && v.businessModel === businessModel);
      return {
        code: kpi.code,
        unit: kpi.unit,
        value: value?.value ?? null,
        target: value?.target ?? null,
        figure: cellOf(value, corridors),
      };
    });
    const attainment = cells.find((cell) => cell.code === 'QUOTA_ATTAINMENT')?.value ?? null;
    return {
      id: rep.id,
      name: rep.displayName,
      available: values !== null,
      cells,
      behind: attainment === null ? null : attainment < 1,
    };
  });
}
