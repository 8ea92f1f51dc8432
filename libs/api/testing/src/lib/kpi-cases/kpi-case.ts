/** A request to `kpiValues` (KpiFilter, docs/kpis.md#filters); `from`/`to` are dates, `to` exclusive. */
export interface KpiCaseFilter {
  from: string;
  to: string;
  asOf?: string;
  businessModels?: string[];
  kpis?: string[];
  scope?: { type: 'COMPANY' | 'REGION' | 'TEAM' | 'REP'; id?: string };
}

/** One expected `KpiValue` row; `target` is checked only when the property is present. */
export interface KpiCaseExpectation {
  kpi: string;
  businessModel: string;
  value: number | null;
  sampleSize: number;
  target?: number | null;
}

export interface KpiCaseRequest {
  filter: KpiCaseFilter;
  /** Only the rows listed here are checked; `kpiValues` returns one per (KPI, business model). */
  expected: KpiCaseExpectation[];
}

/** A small CSV bundle (docs/import.md) with KPI values computed by hand from docs/kpis.md. */
export interface KpiCase {
  /** What the case proves. */
  name: string;
  /** File name → CSV text (regions.csv, teams.csv, users.csv, deals.csv, stage_events.csv, …). */
  bundle: Record<string, string>;
  requests: KpiCaseRequest[];
}
