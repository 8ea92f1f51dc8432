import type { CorridorBasis, IsoDate } from '@salesdash/shared/domain';

/** One version of a corridor (KPI-SPEC §5): bounds inclusive, a null bound is open. */
export interface CorridorDto {
  readonly id: string;
  readonly businessModel: string;
  readonly kpi: string;
  /** Null for the business model's own corridor; values per model are judged by that one. */
  readonly segment: string | null;
  readonly version: number;
  readonly effectiveFrom: IsoDate;
  readonly acceptableMin: number | null;
  readonly acceptableMax: number | null;
  readonly toleratedMin: number | null;
  readonly toleratedMax: number | null;
  readonly minSampleSize: number;
  readonly rationale: string;
  /**
   * Which number the bands judge (KPI-SPEC §5.1); the API always sends it. Optional only so that
   * corridors built elsewhere without one read as VALUE, as the API reads a version without one.
   */
  readonly basis?: CorridorBasis;
  readonly publishedAt: string;
  readonly publishedBy: string | null;
  /** The bands in words with their basis: "acceptable 10–35 days, tolerated 5–45 days". */
  readonly description: string;
}

/** Finds the corridor version that judged a value: (business model, KPI, version), model-wide. */
export class CorridorIndex {
  private readonly byKey = new Map<string, CorridorDto[]>();

  constructor(corridors: readonly CorridorDto[]) {
    for (const corridor of corridors.filter((c) => c.segment === null)) {
      const key = CorridorIndex.key(corridor.businessModel, corridor.kpi);
      const versions = this.byKey.get(key) ?? [];
      if (!versions.some((known) => known.version === corridor.version)) {
        versions.push(corridor);
      }
      this.byKey.set(key, versions);
    }
  }

  private static key(businessModel: string, kpi: string): string {
    return `${businessModel}\u0000${kpi}`;
  }

  /** Every known version of (business model, KPI), oldest first. */
  versions(businessModel: string, kpi: string): CorridorDto[] {
    return [...(this.byKey.get(CorridorIndex.key(businessModel, kpi)) ?? [])].sort((a, b) => a.version - b.version);
  }

  find(businessModel: string, kpi: string, version: number | null | undefined): CorridorDto | null {
    if (version === null || version === undefined) {
      return null;
    }
    return this.versions(businessModel, kpi).find((corridor) => corridor.version === version) ?? null;
  }
}
