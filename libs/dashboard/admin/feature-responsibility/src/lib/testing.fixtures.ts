import { KPI_CATALOGUE, ROLES, type Role } from '@salesdash/shared/domain';
import type { ResponsibilityChangeDto, ResponsibilityMatrixDto } from './data-access/responsibility.models';

/** A matrix of the API: every role × every KPI, `granted` decides each cell, ADMIN fixed and granted. */
export function matrixOf(
  granted: (role: Role, kpi: string) => boolean,
  lastChanges: readonly ResponsibilityChangeDto[] = [],
): ResponsibilityMatrixDto {
  const kpis = [...KPI_CATALOGUE.values()].map(({ code, name, stage }) => ({ code, name, stage }));
  return {
    roles: [...ROLES],
    kpis,
    cells: kpis.flatMap((kpi) =>
      ROLES.map((role) => ({
        role,
        kpi: kpi.code,
        granted: role === 'ADMIN' || granted(role, kpi.code),
        fixed: role === 'ADMIN',
        lastChange: lastChanges.find((change) => change.role === role && change.kpi === kpi.code) ?? null,
      })),
    ),
  };
}

export function change(overrides: Partial<ResponsibilityChangeDto> = {}): ResponsibilityChangeDto {
  return {
    id: '1',
    at: '2026-03-05T14:30:00Z',
    role: 'MARKETING',
    kpi: 'CSAT',
    granted: false,
    actorUserId: 'U-0002',
    actorName: 'Claire Dubois',
    reason: 'Customer service owns CSAT now',
    ...overrides,
  };
}
