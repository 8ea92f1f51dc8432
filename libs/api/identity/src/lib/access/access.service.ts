import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrgDirectory, type RowScope } from '@salesdash/api/org';
import { ForbiddenError } from '@salesdash/api/platform';
import { KPI_CODES, type KpiCode, type Role, type ScopeType } from '@salesdash/shared/domain';
import type { Viewer } from '../viewer';

export interface ScopeRequest {
  readonly type: ScopeType;
  readonly id?: string | null;
}

/** Roles whose rows are the whole company (administrators support everyone). */
const COMPANY_WIDE_ROLES: readonly Role[] = ['ADMIN', 'MANAGEMENT', 'CONTROLLING', 'MARKETING'];

/**
 * The one place that decides which KPIs and rows a viewer may see: KPIs by the responsibility
 * matrix of their role, rows by their place in the organisation. Everything else asks here.
 */
@Injectable()
export class AccessService {
  constructor(
    private readonly org: OrgDirectory,
    private readonly dataSource: DataSource,
  ) {}

  /** The KPIs the viewer's role is responsible for, in catalogue order. */
  async visibleKpis(viewer: Viewer): Promise<KpiCode[]> {
    const rows: { kpi: string }[] = await this.dataSource.query('SELECT kpi FROM kpi_responsibility WHERE role = $1', [
      viewer.role,
    ]);
    const visible = new Set(rows.map((row) => row.kpi));
    return KPI_CODES.filter((code) => visible.has(code));
  }

  /**
   * The KPIs a request computes: those it names, each of which the viewer must be allowed to see
   * (FORBIDDEN otherwise, never a silent omission), or all visible ones when it names none.
   */
  async kpisFor(viewer: Viewer, named: readonly KpiCode[] | null): Promise<readonly KpiCode[]> {
    const visible = await this.visibleKpis(viewer);
    if (named === null) {
      return visible;
    }
    const hidden = named.filter((kpi) => !visible.includes(kpi));
    if (hidden.length > 0) {
      throw new ForbiddenError(`The role ${viewer.role} may not see ${hidden.join(', ')}`);
    }
    return named;
  }

  /**
   * The rows of a request: a rep only their own deals; a sales manager the teams they manage and
   * those teams' reps; every other role the whole company. No scope means the widest allowed one;
   * a scope outside it is FORBIDDEN.
   */
  async rowScope(viewer: Viewer, requested: ScopeRequest | undefined | null, field: string): Promise<RowScope> {
    if (COMPANY_WIDE_ROLES.includes(viewer.role)) {
      return this.org.resolveScope(requested?.type ?? 'COMPANY', requested?.id, field);
    }
    if (viewer.role === 'SALES_REP') {
      if (requested && !(requested.type === 'REP' && requested.id === viewer.userId)) {
        throw new ForbiddenError('A sales rep sees only their own deals');
      }
      return { type: 'REP', ids: [viewer.userId], repIds: [viewer.userId] };
    }
    const managed = await this.org.managedTeams(viewer.userId);
    if (!requested) {
      if (managed.ids?.length === 0) {
        throw new ForbiddenError('You manage no team yet, so there are no rows to show');
      }
      return managed;
    }
    const allowedIds = requested.type === 'TEAM' ? managed.ids : requested.type === 'REP' ? managed.repIds : [];
    if (!requested.id || !allowedIds?.includes(requested.id)) {
      throw new ForbiddenError('A sales manager sees only the teams they manage and the reps in them');
    }
    return this.org.resolveScope(requested.type, requested.id, field);
  }
}
