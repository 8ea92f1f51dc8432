import { registerEnumType } from '@nestjs/graphql';
import { KPI_STATUSES, KPI_UNITS, ROLES, SCOPE_TYPES } from '@salesdash/shared/domain';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

/** GraphQL enums generated from the domain's constants, so the two cannot drift apart. */
export const RoleEnum = enumObject(ROLES);
export const ScopeTypeEnum = enumObject(SCOPE_TYPES);
export const KpiStatusEnum = enumObject(KPI_STATUSES);
export const KpiUnitEnum = enumObject(KPI_UNITS);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(ScopeTypeEnum, { name: 'ScopeType', description: 'Whose rows a KPI covers.' });
registerEnumType(KpiStatusEnum, {
  name: 'KpiStatus',
  description: 'A value judged against its corridor (KPI-SPEC §5).',
});
registerEnumType(KpiUnitEnum, { name: 'KpiUnit' });
