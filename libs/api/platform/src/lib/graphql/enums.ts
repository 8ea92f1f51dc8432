import { registerEnumType } from '@nestjs/graphql';
import {
  CORRIDOR_BASES,
  KPI_DIRECTIONS,
  KPI_STATUSES,
  KPI_UNITS,
  PACES,
  ROLES,
  SCOPE_TYPES,
} from '@salesdash/shared/domain';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

/** GraphQL enums generated from the domain's constants, so the two cannot drift apart. */
export const RoleEnum = enumObject(ROLES);
export const ScopeTypeEnum = enumObject(SCOPE_TYPES);
export const KpiStatusEnum = enumObject(KPI_STATUSES);
export const KpiUnitEnum = enumObject(KPI_UNITS);
export const CorridorBasisEnum = enumObject(CORRIDOR_BASES);
export const PaceEnum = enumObject(PACES);
export const KpiDirectionEnum = enumObject(KPI_DIRECTIONS);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(ScopeTypeEnum, { name: 'ScopeType', description: 'Whose rows a KPI covers.' });
registerEnumType(KpiStatusEnum, {
  name: 'KpiStatus',
  description: 'A value judged against its corridor (KPI-SPEC §5).',
});
registerEnumType(KpiUnitEnum, { name: 'KpiUnit' });
registerEnumType(CorridorBasisEnum, {
  name: 'CorridorBasis',
  description:
    'Which number a corridor judges (KPI-SPEC §5.1): the value, the value per rep and month, or the share of the target to date.',
});
registerEnumType(PaceEnum, {
  name: 'Pace',
  description:
    'Value against the target to date (KPI-SPEC §4.2): at least 100 %, 80–100 %, below 80 %, or too early to tell.',
});
registerEnumType(KpiDirectionEnum, {
  name: 'KpiDirection',
  description: 'Which side of a KPI is good: more, less, or a middle where both sides matter.',
});
