import type { KpiCode } from '@salesdash/shared/domain';
import { isoDateOfMonth, monthNumber } from '../instants';
import type { BusinessModel, Rep, Team } from '../model';
import type { Rng } from '../random';

/** The KPIs reps get monthly targets for. */
const TARGET_KPIS = ['WON_VOLUME', 'WON_DEALS', 'NEW_LEADS', 'ACTIVITIES'] as const satisfies readonly KpiCode[];
export type TargetKpi = (typeof TARGET_KPIS)[number];

export interface TargetRow {
  readonly scopeType: 'REP' | 'TEAM';
  readonly scopeId: string;
  readonly model: BusinessModel;
  readonly kpi: TargetKpi;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly value: number;
}

/** Months planned beyond the current one. */
const MONTHS_AHEAD = 3;
/** The team's own plan is a stretch above the sum of its reps' quotas. */
const TEAM_STRETCH = 1.08;

interface Seat {
  readonly rep: Rep;
  readonly model: BusinessModel;
  readonly capacity: number;
  readonly actual: Record<TargetKpi, Float64Array>;
}

/**
 * Collects what each rep achieved per month while the deals are generated, then sets quotas the
 * way a sales planner would: the company's average per full-time seat, smoothed over three months,
 * times the rep's capacity. Quota attainment then mirrors each rep's and team's performance
 * (roughly 70–130 %), including the ramp-up of the first months.
 */
export class TargetLedger {
  private readonly seats = new Map<string, Seat>();
  private readonly monthCount: number;

  constructor(
    reps: readonly Rep[],
    private readonly firstMonth: number,
    private readonly currentMonth: number,
  ) {
    this.monthCount = currentMonth - firstMonth + 1;
    for (const rep of reps) {
      for (const [model, capacity] of rep.capacity) {
        const actual = Object.fromEntries(TARGET_KPIS.map((kpi) => [kpi, new Float64Array(this.monthCount)])) as Record<
          TargetKpi,
          Float64Array
        >;
        this.seats.set(seatKey(rep.id, model), { rep, model, capacity, actual });
      }
    }
  }

  record(repId: string, model: BusinessModel, kpi: TargetKpi, at: number, amount = 1): void {
    const index = monthNumber(at) - this.firstMonth;
    const seat = this.seats.get(seatKey(repId, model));
    if (seat && index >= 0 && index < this.monthCount) {
      seat.actual[kpi][index] += amount;
    }
  }

  /** REP rows for every seat, KPI and month, then TEAM WON_VOLUME rows for one team. */
  rows(rng: Rng, teamTargetTeam: Team): TargetRow[] {
    const rows: TargetRow[] = [];
    const lastMonth = this.currentMonth + MONTHS_AHEAD;
    const baselines = new Map<string, number[]>();
    for (const seat of this.seats.values()) {
      for (const kpi of TARGET_KPIS) {
        const key = `${seat.model}|${kpi}`;
        const baseline = baselines.get(key) ?? this.baseline(seat.model, kpi);
        baselines.set(key, baseline);
        for (let month = this.firstMonth; month <= lastMonth; month++) {
          const planned = baseline[month - this.firstMonth] * seat.capacity * rng.float(0.96, 1.04);
          rows.push(monthRow('REP', seat.rep.id, seat.model, kpi, month, roundTarget(kpi, planned)));
        }
      }
    }
    return [...rows, ...this.teamRows(rows, teamTargetTeam)];
  }

  /** Average per full-time seat and month: 3-month centred mean, later months carry the last one. */
  private baseline(model: BusinessModel, kpi: TargetKpi): number[] {
    const seats = [...this.seats.values()].filter((seat) => seat.model === model);
    const fullTimeSeats = seats.reduce((sum, seat) => sum + seat.capacity, 0);
    // The current month is still running, so only complete months inform the plan.
    const complete = this.monthCount - 1;
    const perSeat = Array.from(
      { length: complete },
      (_, index) => seats.reduce((sum, seat) => sum + seat.actual[kpi][index], 0) / fullTimeSeats,
    );
    const smoothed = perSeat.map((_, index) => mean(perSeat.slice(Math.max(0, index - 1), index + 2)));
    const recent = mean(perSeat.slice(-3));
    return Array.from({ length: complete + 1 + MONTHS_AHEAD }, (_, index) =>
      index < complete ? smoothed[index] : recent,
    );
  }

  /**
   * Every month, not only some: a TEAM row overlapping a period replaces the reps' targets for the
   * whole period (docs/kpis.md#targets), so partial coverage would silently drop the reps' quotas of the
   * uncovered months from any longer view (a year's attainment of ~250 % for this team).
   */
  private teamRows(repRows: readonly TargetRow[], team: Team): TargetRow[] {
    const model = team.models[0];
    const rows: TargetRow[] = [];
    for (let month = this.firstMonth; month <= this.currentMonth + MONTHS_AHEAD; month++) {
      const start = isoDateOfMonth(month);
      const repSum = repRows
        .filter(
          (row) =>
            row.kpi === 'WON_VOLUME' &&
            row.model === model &&
            row.periodStart === start &&
            this.seats.get(seatKey(row.scopeId, model))?.rep.team.id === team.id,
        )
        .reduce((sum, row) => sum + row.value, 0);
      rows.push(monthRow('TEAM', team.id, model, 'WON_VOLUME', month, roundTo(repSum * TEAM_STRETCH, 10_000)));
    }
    return rows;
  }
}

function seatKey(repId: string, model: BusinessModel): string {
  return `${repId}|${model}`;
}

function monthRow(
  scopeType: 'REP' | 'TEAM',
  scopeId: string,
  model: BusinessModel,
  kpi: TargetKpi,
  month: number,
  value: number,
): TargetRow {
  return {
    scopeType,
    scopeId,
    model,
    kpi,
    periodStart: isoDateOfMonth(month),
    periodEnd: isoDateOfMonth(month + 1),
    value,
  };
}

/** Quotas are round, positive numbers: volumes to 1,000 EUR, counts to whole items. */
function roundTarget(kpi: TargetKpi, value: number): number {
  return kpi === 'WON_VOLUME' ? Math.max(1_000, roundTo(value, 1_000)) : Math.max(1, Math.round(value));
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
