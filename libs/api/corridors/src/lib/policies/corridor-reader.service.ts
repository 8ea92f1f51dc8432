import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '@salesdash/api/identity';
import { ValidationError, type Viewer } from '@salesdash/api/platform';
import { type IsoDate, type KpiCode, policyInForce, toIsoDate } from '@salesdash/shared/domain';
import { selectRow } from '@salesdash/api/policies';
import { clipped, InputCheck } from '@salesdash/api/policies';
import { CORRIDOR_SELECT, type CorridorRecord, selectCorridors } from '@salesdash/api/policies';

export interface CorridorFilter {
  readonly businessModel?: string | null;
  readonly kpi?: string | null;
  /** Default: today (UTC). */
  readonly onDate?: IsoDate | null;
}

const IN_FORCE_CANDIDATES_SQL = `${CORRIDOR_SELECT}
WHERE p.kpi = ANY($1) AND ($2::text IS NULL OR p.business_model = $2) AND p.effective_from <= $3::date
ORDER BY p.business_model, p.kpi, p.segment NULLS FIRST`;

const HISTORY_SQL = `${CORRIDOR_SELECT}
WHERE p.business_model = $1 AND p.kpi = $2 AND p.segment IS NOT DISTINCT FROM $3
ORDER BY p.version DESC`;

/** Reads corridors for a viewer: those in force on a day, and every version of one series. */
@Injectable()
export class CorridorReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Per series (model, KPI, segment) the version in force on the day, for the KPIs the viewer may see. */
  async inForce(viewer: Viewer, filter: CorridorFilter): Promise<CorridorRecord[]> {
    const check = new InputCheck();
    const businessModel = filter.businessModel ? check.businessModelCode(filter.businessModel, 'businessModel') : null;
    const kpi = filter.kpi ? check.kpi(filter.kpi, 'kpi') : null;
    check.done();
    if (businessModel) {
      await this.assertModelExists(businessModel, 'businessModel');
    }
    const kpis = await this.access.kpisFor(viewer, kpi ? [kpi] : null);
    const onDate = filter.onDate ?? toIsoDate(new Date());
    const candidates = await selectCorridors(this.dataSource, IN_FORCE_CANDIDATES_SQL, [kpis, businessModel, onDate]);
    const series = new Map<string, CorridorRecord[]>();
    for (const candidate of candidates) {
      const key = `${candidate.businessModel}|${candidate.kpi}|${candidate.segment ?? ''}`;
      series.set(key, [...(series.get(key) ?? []), candidate]);
    }
    return [...series.values()].flatMap((versions) => {
      const inForce = policyInForce(versions, versions[0], onDate);
      return inForce ? [inForce] : [];
    });
  }

  /** Every version of one series, newest first. */
  async history(
    viewer: Viewer,
    businessModel: string,
    kpi: string,
    segment: string | null | undefined,
  ): Promise<CorridorRecord[]> {
    const series = await this.checkedSeries(viewer, businessModel, kpi, segment);
    return selectCorridors(this.dataSource, HISTORY_SQL, [series.businessModel, series.kpi, series.segment]);
  }

  /** A series the viewer may read: a known model, a KPI they may see, an optional segment. */
  async checkedSeries(
    viewer: Viewer,
    businessModel: string,
    kpi: string,
    segment: string | null | undefined,
  ): Promise<{ businessModel: string; kpi: KpiCode; segment: string | null }> {
    const check = new InputCheck();
    const series = {
      businessModel: check.businessModelCode(businessModel, 'businessModel'),
      kpi: check.kpi(kpi, 'kpi'),
      segment: check.segment(segment, 'segment'),
    };
    check.done();
    await this.assertModelExists(series.businessModel, 'businessModel');
    await this.access.kpisFor(viewer, [series.kpi]);
    return series;
  }

  private async assertModelExists(code: string, field: string): Promise<void> {
    if (!(await selectRow(this.dataSource, 'SELECT 1 FROM business_model WHERE code = $1', [code]))) {
      throw ValidationError.of(field, 'UNKNOWN_BUSINESS_MODEL', { code: clipped(code) });
    }
  }
}
