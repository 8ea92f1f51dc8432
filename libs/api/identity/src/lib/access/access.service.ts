import { Injectable } from '@nestjs/common';
import { OrgDirectory, type RowScope } from '@salesdash/api/org';
import { ForbiddenError } from '@salesdash/api/platform';
import { KPI_CODES, type KpiCode, type ScopeType } from '@salesdash/shared/domain';
import type { Viewer } from '../viewer';

export interface ScopeRequest {
  readonly type: ScopeType;
  readonly id?: string | null;
}

/**
 * The one place that decides which KPIs and rows a viewer may see. Until role-based visibility
 * arrives every signed-in user sees every KPI of the whole company; callers already go through
 * here so that the rules change in one place.
 */
@Injectable()
export class AccessService {
  constructor(private readonly org: OrgDirectory) {}

  visibleKpis(_viewer: Viewer): readonly KpiCode[] {
    return KPI_CODES;
  }

  /**
   * The KPIs a request computes: those it names, each of which the viewer must be allowed to see
   * (FORBIDDEN otherwise, never a silent omission), or all visible ones when it names none.
   */
  kpisFor(viewer: Viewer, named: readonly KpiCode[] | null): readonly KpiCode[] {
    const visible = this.visibleKpis(viewer);
    if (named === null) {
      return visible;
    }
    const hidden = named.filter((kpi) => !visible.includes(kpi));
    if (hidden.length > 0) {
      throw new ForbiddenError(`The role ${viewer.role} may not see ${hidden.join(', ')}`);
    }
    return named;
  }

  /** The row scope of a request; no scope means the viewer's widest one (the company). */
  rowScope(_viewer: Viewer, requested: ScopeRequest | undefined | null, field: string): Promise<RowScope> {
    return this.org.resolveScope(requested?.type ?? 'COMPANY', requested?.id, field);
  }
}
