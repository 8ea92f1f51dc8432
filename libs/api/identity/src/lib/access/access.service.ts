import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { COMPANY_SCOPE, OrgDirectory, type RowScope } from '@salesdash/api/org';
import { AnswerCache, type DataVersions, ForbiddenError, ValidationError } from '@salesdash/api/platform';
import { KPI_CODES, type KpiCode, type Role, ROLES, type ScopeType } from '@salesdash/shared/domain';
import type { Viewer } from '@salesdash/api/platform';

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
  /** Each role's visible KPIs by the configuration's version (the matrix changes rarely; roles are few). */
  private readonly visibleByRole = new AnswerCache<readonly KpiCode[]>(64);
  /** Resolved scopes and managers' teams by the organisation's version (a few thousand at most). */
  private readonly scopes = new AnswerCache<RowScope[]>(2_000);

  constructor(
    private readonly org: OrgDirectory,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The KPIs the viewer's role is responsible for, in catalogue order; kept under the configuration's
   * version when the caller has read the versions (before anything it derives from this).
   */
  async visibleKpis(viewer: Viewer, versions?: DataVersions): Promise<readonly KpiCode[]> {
    const read = async () => {
      const rows: { kpi: string }[] = await this.dataSource.query(
        'SELECT kpi FROM kpi_responsibility WHERE role = $1',
        [viewer.role],
      );
      const visible = new Set(rows.map((row) => row.kpi));
      return KPI_CODES.filter((code) => visible.has(code));
    };
    return versions ? this.visibleByRole.answer(JSON.stringify([versions.configuration, viewer.role]), read) : read();
  }

  /**
   * Per KPI, the roles responsible for it as the matrix stands now (administrators left out: they
   * see every KPI to support everyone, without owning any), in the order of ROLES.
   */
  async responsibleRoles(): Promise<ReadonlyMap<KpiCode, Role[]>> {
    const rows: { role: Role; kpi: KpiCode }[] = await this.dataSource.query(
      `SELECT role, kpi FROM kpi_responsibility WHERE role <> 'ADMIN'`,
    );
    const owners = new Map<KpiCode, Role[]>(KPI_CODES.map((code) => [code, []]));
    for (const role of ROLES) {
      for (const row of rows) {
        if (row.role === role) {
          owners.get(row.kpi)?.push(role);
        }
      }
    }
    return owners;
  }

  /**
   * The KPIs a request computes: those it names, each of which the viewer must be allowed to see
   * (FORBIDDEN otherwise, never a silent omission), or all visible ones when it names none.
   */
  async kpisFor(
    viewer: Viewer,
    named: readonly KpiCode[] | null,
    versions?: DataVersions,
  ): Promise<readonly KpiCode[]> {
    const visible = await this.visibleKpis(viewer, versions);
    if (named === null) {
      return visible;
    }
    const hidden = named.filter((kpi) => !visible.includes(kpi));
    if (hidden.length > 0) {
      throw new ForbiddenError('ROLE_MAY_NOT_SEE_KPIS', { role: viewer.role, kpis: hidden.join(', ') });
    }
    return named;
  }

  /**
   * The widest rows the viewer may see: their own deals for a rep, the teams they manage for a sales
   * manager (none yet: an empty TEAM scope), the whole company for every other role.
   */
  async defaultScope(viewer: Viewer, versions?: DataVersions): Promise<RowScope> {
    if (COMPANY_WIDE_ROLES.includes(viewer.role)) {
      return COMPANY_SCOPE;
    }
    if (viewer.role === 'SALES_REP') {
      return { type: 'REP', ids: [viewer.userId], repIds: [viewer.userId] };
    }
    const [teams] = await this.keptScopes(versions, ['MANAGED', viewer.userId], async () => [
      await this.org.managedTeams(viewer.userId),
    ]);
    return teams;
  }

  /**
   * The rows of a request: a scope inside the viewer's default scope, or that default when none is
   * asked for; a scope outside it is FORBIDDEN.
   */
  async rowScope(
    viewer: Viewer,
    requested: ScopeRequest | undefined | null,
    field: string,
    versions?: DataVersions,
  ): Promise<RowScope> {
    const widest = await this.defaultScope(viewer, versions);
    const resolve = async (type: ScopeType, id: string | null | undefined) => {
      const [scope] = await this.keptScopes(versions, [type, id ?? null, field], async () => [
        await this.org.resolveScope(type, id, field),
      ]);
      return scope;
    };
    if (widest.type === 'COMPANY') {
      return resolve(requested?.type ?? 'COMPANY', requested?.id);
    }
    if (!requested) {
      if (widest.ids?.length === 0) {
        throw new ForbiddenError('NO_MANAGED_TEAM', {});
      }
      return widest;
    }
    refuseOutside(viewer, widest, requested.type, requested.id ? [requested.id] : []);
    return resolve(requested.type, requested.id);
  }

  /**
   * Several scopes of one level (REGION, TEAM or REP), each inside the viewer's default scope (any
   * outside it makes the whole request FORBIDDEN), resolved in one statement in the order given.
   */
  async rowScopes(
    viewer: Viewer,
    type: ScopeType,
    ids: readonly string[],
    field: string,
    versions?: DataVersions,
  ): Promise<RowScope[]> {
    if (type === 'COMPANY') {
      throw ValidationError.of(field, 'COMPANY_NOT_ONE_OF_SEVERAL_SCOPES', {});
    }
    const widest = await this.defaultScope(viewer, versions);
    if (widest.type !== 'COMPANY') {
      refuseOutside(viewer, widest, type, ids);
    }
    return this.keptScopes(versions, [type, ids, field], () => this.org.resolveScopes(type, ids, field));
  }

  /**
   * The reps of the viewer's team other than the viewer: whose figures an anonymous team median is
   * taken over (never shown one by one, so a rep has it beyond their own rows). None without a team.
   */
  async colleagues(viewer: Viewer, versions?: DataVersions): Promise<readonly string[]> {
    const { teamId } = viewer;
    if (!teamId) {
      return [];
    }
    const [team] = await this.keptScopes(versions, ['TEAM', teamId, 'viewer.teamId'], async () => [
      await this.org.resolveScope('TEAM', teamId, 'viewer.teamId'),
    ]);
    return (team.repIds ?? []).filter((repId) => repId !== viewer.userId);
  }

  /**
   * Scopes kept under the organisation's version when the caller has read the versions (before
   * anything it derives from them): regions, teams and users change only with it. A refusal (an
   * unknown id) is never kept.
   */
  private keptScopes(
    versions: DataVersions | undefined,
    key: readonly unknown[],
    resolve: () => Promise<RowScope[]>,
  ): Promise<RowScope[]> {
    return versions ? this.scopes.answer(JSON.stringify([versions.organisation, ...key]), resolve) : resolve();
  }
}

/** FORBIDDEN unless every id of `type` lies in `widest`, a rep's or a sales manager's default scope. */
function refuseOutside(viewer: Viewer, widest: RowScope, type: ScopeType, ids: readonly string[]): void {
  // A rep's widest scope lists the rep; a manager's lists teams, and the reps in them.
  const allowedIds = type === widest.type ? widest.ids : type === 'REP' ? widest.repIds : [];
  if (ids.length === 0 || ids.some((id) => !allowedIds?.includes(id))) {
    throw new ForbiddenError(
      viewer.role === 'SALES_REP' ? 'SALES_REP_SEES_OWN_DEALS' : 'SALES_MANAGER_SEES_OWN_TEAMS',
      {},
    );
  }
}
