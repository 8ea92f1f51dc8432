import { registerEnumType } from '@nestjs/graphql';
import {
  CORRIDOR_BASES,
  JOURNEY_STAGES,
  KPI_DIRECTIONS,
  KPI_ROW_KINDS,
  KPI_ROW_MEASURES,
  KPI_ROW_ORDERS,
  KPI_ROW_OUTCOMES,
  KPI_STATUSES,
  KPI_UNITS,
  LANGUAGES,
  PACES,
  ROLES,
  SCOPE_TYPES,
  TOUCHPOINTS,
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
export const KpiRowKindEnum = enumObject(KPI_ROW_KINDS);
export const KpiRowMeasureEnum = enumObject(KPI_ROW_MEASURES);
export const KpiRowOutcomeEnum = enumObject(KPI_ROW_OUTCOMES);
export const KpiRowOrderEnum = enumObject(KPI_ROW_ORDERS);
export const LanguageEnum = enumObject(LANGUAGES);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(LanguageEnum, { name: 'Language', description: 'A language of the dashboard (ISO 639-1).' });
registerEnumType(ScopeTypeEnum, { name: 'ScopeType', description: 'Whose rows a KPI covers.' });
registerEnumType(KpiStatusEnum, {
  name: 'KpiStatus',
  description: 'A value judged against its corridor (docs/corridors.md#statuses).',
});
registerEnumType(KpiUnitEnum, { name: 'KpiUnit' });
registerEnumType(CorridorBasisEnum, {
  name: 'CorridorBasis',
  description:
    'Which number a corridor judges (docs/corridors.md#basis): the value, the value per rep and month, or the share of the target to date.',
});
registerEnumType(PaceEnum, {
  name: 'Pace',
  description:
    'Value against the target to date (docs/kpis.md#pace): at least 100 %, 80–100 %, below 80 %, or too early to tell.',
});
registerEnumType(KpiDirectionEnum, {
  name: 'KpiDirection',
  description: 'Which side of a KPI is good: more, less, or a middle where both sides matter.',
});
registerEnumType(KpiRowKindEnum, {
  name: 'KpiRowKind',
  description: 'What a KPI counts: deals, stage events, interactions or feedback.',
});
registerEnumType(KpiRowMeasureEnum, {
  name: 'KpiRowMeasure',
  description: 'The unit of what a row brings into a mean or median: days, hours, a CSAT score or an NPS answer.',
});
registerEnumType(KpiRowOutcomeEnum, {
  name: 'KpiRowOutcome',
  description: 'Where a row of a rate or score KPI falls.',
});
registerEnumType(KpiRowOrderEnum, {
  name: 'KpiRowOrder',
  description: 'By the instant, the deal amount or the measure.',
});

/** Journey stages (main path, then the terminal LOST and DEFAULTED) and touchpoints, in the domain's order. */
export const JourneyStageEnum = enumObject(JOURNEY_STAGES);
export const TouchpointEnum = enumObject(TOUCHPOINTS);

registerEnumType(JourneyStageEnum, {
  name: 'JourneyStage',
  description:
    'A stage of the customer journey (docs/kpis.md#journey): the main path SUSPECT … PAID_OUT, and LOST, DEFAULTED.',
});
registerEnumType(TouchpointEnum, {
  name: 'Touchpoint',
  description: 'The channel where the customer met the company (docs/kpis.md#journey).',
});
