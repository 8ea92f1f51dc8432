import type { CorridorFieldsFragment } from './generated/graphql';

/** One version of a corridor (docs/corridors.md#bands): bounds inclusive, a null bound is open. */
export type CorridorDto = CorridorFieldsFragment;

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
