/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from 'apollo-angular';
/** Which number a corridor judges (docs/corridors.md#basis): the value, the value per rep and month, or the share of the target to date. */
export type CorridorBasis =
  | 'PER_REP_MONTH'
  | 'SHARE_OF_TARGET'
  | 'VALUE';

/** A corridor as the editor holds it before publishing; no rationale needed for a preview. */
export type CorridorDraftInput = {
  readonly acceptableMax?: number | null | undefined;
  readonly acceptableMin?: number | null | undefined;
  /** Default VALUE. */
  readonly basis?: CorridorBasis | null | undefined;
  readonly businessModel: string;
  readonly kpi: string;
  /** Default 1. */
  readonly minSampleSize?: number | null | undefined;
  /** Accepted but not used: KPI values have no segment filter, so the preview judges the whole model. */
  readonly segment?: string | null | undefined;
  readonly toleratedMax?: number | null | undefined;
  readonly toleratedMin?: number | null | undefined;
};

/** Which side of a KPI is good: more, less, or a middle where both sides matter. */
export type KpiDirection =
  | 'BOTH_SIDES'
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

export type KpiFilter = {
  /** Cut-off for cohort KPIs; default now. */
  readonly asOf?: string | null | undefined;
  /** Default: all business models. */
  readonly businessModels?: ReadonlyArray<string> | null | undefined;
  /** First day of the period (inclusive, UTC). */
  readonly from: string;
  /** Default: every KPI the caller may see. */
  readonly kpis?: ReadonlyArray<string> | null | undefined;
  /** Default: the caller's widest allowed scope. */
  readonly scope?: ScopeInput | null | undefined;
  /** Day after the period (exclusive, UTC). */
  readonly to: string;
  /** Also measure each value in the period before and a year earlier (KpiValue.change); default false. */
  readonly withChange?: boolean | null | undefined;
};

/** The filter of kpiValues for several scopes of one level at once, each measured on its own. */
export type KpiScopesFilter = {
  /** Cut-off for cohort KPIs; default now. */
  readonly asOf?: string | null | undefined;
  /** Default: all business models. */
  readonly businessModels?: ReadonlyArray<string> | null | undefined;
  /** First day of the period (inclusive, UTC). */
  readonly from: string;
  /** Distinct ids of that level, each inside the caller's rows; at most 200. */
  readonly ids: ReadonlyArray<string>;
  /** Default: every KPI the caller may see. */
  readonly kpis?: ReadonlyArray<string> | null | undefined;
  /** REGION, TEAM or REP: the level of every id. */
  readonly level: ScopeType;
  /** Day after the period (exclusive, UTC). */
  readonly to: string;
  /** Also measure each value in the period before and a year earlier (KpiValue.change); default false. */
  readonly withChange?: boolean | null | undefined;
};

/** A value judged against its corridor (docs/corridors.md#statuses). */
export type KpiStatus =
  | 'ACCEPTABLE'
  | 'INSUFFICIENT_DATA'
  | 'NO_DATA'
  | 'NO_RANGE'
  | 'TOLERATED'
  | 'UNACCEPTABLE';

export type KpiTrendFilter = {
  readonly asOf?: string | null | undefined;
  readonly businessModels?: ReadonlyArray<string> | null | undefined;
  readonly kpis?: ReadonlyArray<string> | null | undefined;
  /** Whole calendar months, 1–36; default 12. */
  readonly months?: number | null | undefined;
  readonly scope?: ScopeInput | null | undefined;
  /** End of the trend (exclusive); the last month is the one holding to − 1 day. */
  readonly to: string;
};

export type KpiUnit =
  | 'COUNT'
  | 'DAYS'
  | 'EUR'
  | 'HOURS'
  | 'NPS'
  | 'RATE'
  | 'SCORE';

/** Value against the target to date (docs/kpis.md#pace): at least 100 %, 80–100 %, below 80 %, or too early to tell. */
export type Pace =
  | 'AT_RISK'
  | 'BEHIND'
  | 'ON_TRACK'
  | 'TOO_EARLY';

/** A new version of a corridor: every field of Corridor but id and version, plus the version it replaces. */
export type PublishCorridorInput = {
  readonly acceptableMax?: number | null | undefined;
  readonly acceptableMin?: number | null | undefined;
  /** Which number the bands judge (docs/corridors.md#basis); default VALUE. Only the bases the KPI allows. */
  readonly basis?: CorridorBasis | null | undefined;
  readonly businessModel: string;
  /** First day the version is in force (a future date is allowed). */
  readonly effectiveFrom: string;
  /** The latest version the editor started from; null for a new series. A stale one is a CONFLICT. */
  readonly expectedVersion?: number | null | undefined;
  readonly kpi: string;
  /** Default 1. */
  readonly minSampleSize?: number | null | undefined;
  /** Why this corridor fits the business model; required. */
  readonly rationale: string;
  /** A customer segment; null for the model-wide corridor. */
  readonly segment?: string | null | undefined;
  readonly toleratedMax?: number | null | undefined;
  readonly toleratedMin?: number | null | undefined;
};

export type Role =
  | 'ADMIN'
  | 'CONTROLLING'
  | 'MANAGEMENT'
  | 'MARKETING'
  | 'SALES_MANAGER'
  | 'SALES_REP';

export type ScopeInput = {
  readonly id?: string | null | undefined;
  readonly type: ScopeType;
};

/** Whose rows a KPI covers. */
export type ScopeType =
  | 'COMPANY'
  | 'REGION'
  | 'REP'
  | 'TEAM';

/** A KpiFilter without scope: the team is always the caller’s own. */
export type TeamMedianFilter = {
  /** Cut-off for cohort KPIs; default now. */
  readonly asOf?: string | null | undefined;
  /** Default: all business models. */
  readonly businessModels?: ReadonlyArray<string> | null | undefined;
  /** First day of the period (inclusive, UTC). */
  readonly from: string;
  /** Default: every KPI the caller may see. */
  readonly kpis?: ReadonlyArray<string> | null | undefined;
  /** Day after the period (exclusive, UTC). */
  readonly to: string;
};

/** A KpiTrendFilter without scope: the team is always the caller’s own. */
export type TeamMedianTrendFilter = {
  readonly asOf?: string | null | undefined;
  readonly businessModels?: ReadonlyArray<string> | null | undefined;
  readonly kpis?: ReadonlyArray<string> | null | undefined;
  /** Whole calendar months, 1–36; default 12. */
  readonly months?: number | null | undefined;
  /** End of the trend (exclusive); the last month is the one holding to − 1 day. */
  readonly to: string;
};

/** Why a team median is withheld (null): it would reveal a colleague's own value. */
export type TeamMedianUnavailable =
  /** All colleagues have the same value, so the median would be each one's value. */
  | 'ALL_EQUAL'
  /** The caller belongs to no team. */
  | 'NO_TEAM'
  /** Fewer than 3 colleagues (the caller not counted) have a value in the period: the median of one is their value, of two their mean. */
  | 'TOO_FEW_COLLEAGUES';

export type CorridorSnapshotFieldsFragment = { readonly version: number, readonly effectiveFrom: string, readonly acceptableMin: number | null, readonly acceptableMax: number | null, readonly toleratedMin: number | null, readonly toleratedMax: number | null, readonly minSampleSize: number, readonly rationale: string, readonly basis: CorridorBasis };

export type StatusCountsFieldsFragment = { readonly NO_DATA: number, readonly NO_RANGE: number, readonly INSUFFICIENT_DATA: number, readonly ACCEPTABLE: number, readonly TOLERATED: number, readonly UNACCEPTABLE: number };

export type CorridorImpactCountsFieldsFragment = { readonly changed: number, readonly total: number, readonly before: { readonly NO_DATA: number, readonly NO_RANGE: number, readonly INSUFFICIENT_DATA: number, readonly ACCEPTABLE: number, readonly TOLERATED: number, readonly UNACCEPTABLE: number }, readonly after: { readonly NO_DATA: number, readonly NO_RANGE: number, readonly INSUFFICIENT_DATA: number, readonly ACCEPTABLE: number, readonly TOLERATED: number, readonly UNACCEPTABLE: number } };

export type CorridorAuditQueryVariables = Exact<{
  businessModel: string;
  kpi: string;
}>;


export type CorridorAuditQuery = { readonly corridorAudit: ReadonlyArray<{ readonly id: string, readonly occurredAt: string, readonly action: string, readonly actorName: string | null, readonly reason: string | null, readonly before: { readonly version: number, readonly effectiveFrom: string, readonly acceptableMin: number | null, readonly acceptableMax: number | null, readonly toleratedMin: number | null, readonly toleratedMax: number | null, readonly minSampleSize: number, readonly rationale: string, readonly basis: CorridorBasis } | null, readonly after: { readonly version: number, readonly effectiveFrom: string, readonly acceptableMin: number | null, readonly acceptableMax: number | null, readonly toleratedMin: number | null, readonly toleratedMax: number | null, readonly minSampleSize: number, readonly rationale: string, readonly basis: CorridorBasis } | null }> };

export type PublishCorridorMutationVariables = Exact<{
  input: PublishCorridorInput;
}>;


export type PublishCorridorMutation = { readonly publishCorridor: { readonly id: string, readonly businessModel: string, readonly kpi: string, readonly segment: string | null, readonly version: number, readonly effectiveFrom: string, readonly acceptableMin: number | null, readonly acceptableMax: number | null, readonly toleratedMin: number | null, readonly toleratedMax: number | null, readonly minSampleSize: number, readonly rationale: string, readonly basis: CorridorBasis, readonly publishedAt: string, readonly publishedBy: string | null, readonly description: string } };

export type CorridorImpactQueryVariables = Exact<{
  draft: CorridorDraftInput;
}>;


export type CorridorImpactQuery = { readonly corridorImpact: { readonly months: ReadonlyArray<string>, readonly changedScopesTruncated: number, readonly teams: { readonly changed: number, readonly total: number, readonly before: { readonly NO_DATA: number, readonly NO_RANGE: number, readonly INSUFFICIENT_DATA: number, readonly ACCEPTABLE: number, readonly TOLERATED: number, readonly UNACCEPTABLE: number }, readonly after: { readonly NO_DATA: number, readonly NO_RANGE: number, readonly INSUFFICIENT_DATA: number, readonly ACCEPTABLE: number, readonly TOLERATED: number, readonly UNACCEPTABLE: number } }, readonly reps: { readonly changed: number, readonly total: number, readonly before: { readonly NO_DATA: number, readonly NO_RANGE: number, readonly INSUFFICIENT_DATA: number, readonly ACCEPTABLE: number, readonly TOLERATED: number, readonly UNACCEPTABLE: number }, readonly after: { readonly NO_DATA: number, readonly NO_RANGE: number, readonly INSUFFICIENT_DATA: number, readonly ACCEPTABLE: number, readonly TOLERATED: number, readonly UNACCEPTABLE: number } }, readonly changedScopes: ReadonlyArray<{ readonly scopeType: ScopeType, readonly scopeId: string, readonly name: string, readonly month: string, readonly value: number | null, readonly sampleSize: number, readonly judgedAfter: number | null, readonly before: KpiStatus, readonly after: KpiStatus }> } };

export type CorridorSuggestionQueryVariables = Exact<{
  businessModel: string;
  kpi: string;
  basis?: CorridorBasis | null | undefined;
}>;


export type CorridorSuggestionQuery = { readonly corridorSuggestion: { readonly businessModel: string, readonly kpi: string, readonly basis: CorridorBasis, readonly direction: KpiDirection, readonly basedOn: number, readonly acceptableMin: number | null, readonly acceptableMax: number | null, readonly toleratedMin: number | null, readonly toleratedMax: number | null, readonly reason: string | null, readonly percentiles: { readonly p10: number, readonly p25: number, readonly p75: number, readonly p90: number } | null } };

export type CorridorTrendQueryVariables = Exact<{
  filter: KpiTrendFilter;
}>;


export type CorridorTrendQuery = { readonly kpiTrend: ReadonlyArray<{ readonly points: ReadonlyArray<{ readonly from: string, readonly to: string, readonly value: number | null, readonly sampleSize: number, readonly targetToDate: number | null, readonly reps: number, readonly months: number }> }> };

export type CorridorFieldsFragment = { readonly id: string, readonly businessModel: string, readonly kpi: string, readonly segment: string | null, readonly version: number, readonly effectiveFrom: string, readonly acceptableMin: number | null, readonly acceptableMax: number | null, readonly toleratedMin: number | null, readonly toleratedMax: number | null, readonly minSampleSize: number, readonly rationale: string, readonly basis: CorridorBasis, readonly publishedAt: string, readonly publishedBy: string | null, readonly description: string };

export type CorridorsQueryVariables = Exact<{
  businessModel?: string | null | undefined;
  kpi?: string | null | undefined;
  onDate?: string | null | undefined;
}>;


export type CorridorsQuery = { readonly corridors: ReadonlyArray<{ readonly id: string, readonly businessModel: string, readonly kpi: string, readonly segment: string | null, readonly version: number, readonly effectiveFrom: string, readonly acceptableMin: number | null, readonly acceptableMax: number | null, readonly toleratedMin: number | null, readonly toleratedMax: number | null, readonly minSampleSize: number, readonly rationale: string, readonly basis: CorridorBasis, readonly publishedAt: string, readonly publishedBy: string | null, readonly description: string }> };

export type CorridorHistoryQueryVariables = Exact<{
  businessModel: string;
  kpi: string;
  segment?: string | null | undefined;
}>;


export type CorridorHistoryQuery = { readonly corridorHistory: ReadonlyArray<{ readonly id: string, readonly businessModel: string, readonly kpi: string, readonly segment: string | null, readonly version: number, readonly effectiveFrom: string, readonly acceptableMin: number | null, readonly acceptableMax: number | null, readonly toleratedMin: number | null, readonly toleratedMax: number | null, readonly minSampleSize: number, readonly rationale: string, readonly basis: CorridorBasis, readonly publishedAt: string, readonly publishedBy: string | null, readonly description: string }> };

export type KpiCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type KpiCatalogueQuery = { readonly kpiCatalogue: ReadonlyArray<{ readonly code: string, readonly name: string, readonly unit: KpiUnit, readonly stage: string, readonly ownerRoles: ReadonlyArray<Role>, readonly description: string, readonly sampleSizeOf: string, readonly direction: KpiDirection, readonly directionReason: string | null, readonly allowedBases: ReadonlyArray<CorridorBasis> }> };

export type BusinessModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type BusinessModelsQuery = { readonly businessModels: ReadonlyArray<{ readonly code: string, readonly name: string, readonly description: string }> };

export type KpiValueFieldsFragment = { readonly kpi: string, readonly businessModel: string, readonly value: number | null, readonly sampleSize: number, readonly status: KpiStatus, readonly target: number | null, readonly policyVersion: number | null, readonly basis: CorridorBasis | null, readonly judgedValue: number | null, readonly targetToDate: number | null, readonly forecast: number | null, readonly pace: Pace | null, readonly reps: number, readonly months: number, readonly change: { readonly previous: { readonly from: string, readonly to: string, readonly value: number | null, readonly sampleSize: number }, readonly lastYear: { readonly from: string, readonly to: string, readonly value: number | null, readonly sampleSize: number } } | null };

export type KpiValuesQueryVariables = Exact<{
  filter: KpiFilter;
}>;


export type KpiValuesQuery = { readonly kpiValues: ReadonlyArray<{ readonly kpi: string, readonly businessModel: string, readonly value: number | null, readonly sampleSize: number, readonly status: KpiStatus, readonly target: number | null, readonly policyVersion: number | null, readonly basis: CorridorBasis | null, readonly judgedValue: number | null, readonly targetToDate: number | null, readonly forecast: number | null, readonly pace: Pace | null, readonly reps: number, readonly months: number, readonly change: { readonly previous: { readonly from: string, readonly to: string, readonly value: number | null, readonly sampleSize: number }, readonly lastYear: { readonly from: string, readonly to: string, readonly value: number | null, readonly sampleSize: number } } | null }> };

export type KpiValuesByScopeQueryVariables = Exact<{
  filter: KpiScopesFilter;
}>;


export type KpiValuesByScopeQuery = { readonly kpiValuesByScope: ReadonlyArray<{ readonly scopeId: string, readonly values: ReadonlyArray<{ readonly kpi: string, readonly businessModel: string, readonly value: number | null, readonly sampleSize: number, readonly status: KpiStatus, readonly target: number | null, readonly policyVersion: number | null, readonly basis: CorridorBasis | null, readonly judgedValue: number | null, readonly targetToDate: number | null, readonly forecast: number | null, readonly pace: Pace | null, readonly reps: number, readonly months: number, readonly change: { readonly previous: { readonly from: string, readonly to: string, readonly value: number | null, readonly sampleSize: number }, readonly lastYear: { readonly from: string, readonly to: string, readonly value: number | null, readonly sampleSize: number } } | null }> }> };

export type KpiTrendQueryVariables = Exact<{
  filter: KpiTrendFilter;
}>;


export type KpiTrendQuery = { readonly kpiTrend: ReadonlyArray<{ readonly kpi: string, readonly businessModel: string, readonly points: ReadonlyArray<{ readonly from: string, readonly to: string, readonly value: number | null, readonly sampleSize: number, readonly status: KpiStatus, readonly target: number | null, readonly policyVersion: number | null, readonly basis: CorridorBasis | null, readonly judgedValue: number | null, readonly targetToDate: number | null, readonly forecast: number | null, readonly pace: Pace | null, readonly reps: number, readonly months: number }> }> };

export type TeamMediansQueryVariables = Exact<{
  filter: TeamMedianFilter;
}>;


export type TeamMediansQuery = { readonly teamMedians: ReadonlyArray<{ readonly kpi: string, readonly businessModel: string, readonly median: number | null, readonly colleagueCount: number, readonly unavailableReason: TeamMedianUnavailable | null }> };

export type TeamMedianTrendQueryVariables = Exact<{
  filter: TeamMedianTrendFilter;
}>;


export type TeamMedianTrendQuery = { readonly teamMedianTrend: ReadonlyArray<{ readonly kpi: string, readonly businessModel: string, readonly points: ReadonlyArray<{ readonly from: string, readonly to: string, readonly median: number | null, readonly colleagueCount: number, readonly unavailableReason: TeamMedianUnavailable | null }> }> };

export const CorridorSnapshotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorridorSnapshotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorridorSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"acceptableMin"}},{"kind":"Field","name":{"kind":"Name","value":"acceptableMax"}},{"kind":"Field","name":{"kind":"Name","value":"toleratedMin"}},{"kind":"Field","name":{"kind":"Name","value":"toleratedMax"}},{"kind":"Field","name":{"kind":"Name","value":"minSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]} as unknown as DocumentNode<CorridorSnapshotFieldsFragment, unknown>;
export const StatusCountsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"NO_DATA"}},{"kind":"Field","name":{"kind":"Name","value":"NO_RANGE"}},{"kind":"Field","name":{"kind":"Name","value":"INSUFFICIENT_DATA"}},{"kind":"Field","name":{"kind":"Name","value":"ACCEPTABLE"}},{"kind":"Field","name":{"kind":"Name","value":"TOLERATED"}},{"kind":"Field","name":{"kind":"Name","value":"UNACCEPTABLE"}}]}}]} as unknown as DocumentNode<StatusCountsFieldsFragment, unknown>;
export const CorridorImpactCountsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorridorImpactCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorridorImpactCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusCountsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusCountsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"NO_DATA"}},{"kind":"Field","name":{"kind":"Name","value":"NO_RANGE"}},{"kind":"Field","name":{"kind":"Name","value":"INSUFFICIENT_DATA"}},{"kind":"Field","name":{"kind":"Name","value":"ACCEPTABLE"}},{"kind":"Field","name":{"kind":"Name","value":"TOLERATED"}},{"kind":"Field","name":{"kind":"Name","value":"UNACCEPTABLE"}}]}}]} as unknown as DocumentNode<CorridorImpactCountsFieldsFragment, unknown>;
export const CorridorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorridorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Corridor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"acceptableMin"}},{"kind":"Field","name":{"kind":"Name","value":"acceptableMax"}},{"kind":"Field","name":{"kind":"Name","value":"toleratedMin"}},{"kind":"Field","name":{"kind":"Name","value":"toleratedMax"}},{"kind":"Field","name":{"kind":"Name","value":"minSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<CorridorFieldsFragment, unknown>;
export const KpiValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"judgedValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetToDate"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"pace"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}}]}}]}}]}}]} as unknown as DocumentNode<KpiValueFieldsFragment, unknown>;
export const CorridorAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorridorAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessModel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kpi"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"corridorAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"businessModel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessModel"}}},{"kind":"Argument","name":{"kind":"Name","value":"kpi"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kpi"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorridorSnapshotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorridorSnapshotFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorridorSnapshotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorridorSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"acceptableMin"}},{"kind":"Field","name":{"kind":"Name","value":"acceptableMax"}},{"kind":"Field","name":{"kind":"Name","value":"toleratedMin"}},{"kind":"Field","name":{"kind":"Name","value":"toleratedMax"}},{"kind":"Field","name":{"kind":"Name","value":"minSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]} as unknown as DocumentNode<CorridorAuditQuery, CorridorAuditQueryVariables>;
export const PublishCorridorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCorridor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishCorridorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCorridor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorridorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorridorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Corridor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"acceptableMin"}},{"kind":"Field","name":{"kind":"Name","value":"acceptableMax"}},{"kind":"Field","name":{"kind":"Name","value":"toleratedMin"}},{"kind":"Field","name":{"kind":"Name","value":"toleratedMax"}},{"kind":"Field","name":{"kind":"Name","value":"minSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<PublishCorridorMutation, PublishCorridorMutationVariables>;
export const CorridorImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorridorImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draft"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorridorDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"corridorImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"draft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draft"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorridorImpactCountsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorridorImpactCountsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedScopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"judgedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedScopesTruncated"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"NO_DATA"}},{"kind":"Field","name":{"kind":"Name","value":"NO_RANGE"}},{"kind":"Field","name":{"kind":"Name","value":"INSUFFICIENT_DATA"}},{"kind":"Field","name":{"kind":"Name","value":"ACCEPTABLE"}},{"kind":"Field","name":{"kind":"Name","value":"TOLERATED"}},{"kind":"Field","name":{"kind":"Name","value":"UNACCEPTABLE"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorridorImpactCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorridorImpactCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusCountsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusCountsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<CorridorImpactQuery, CorridorImpactQueryVariables>;
export const CorridorSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorridorSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessModel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kpi"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CorridorBasis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"corridorSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"businessModel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessModel"}}},{"kind":"Argument","name":{"kind":"Name","value":"kpi"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kpi"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptableMin"}},{"kind":"Field","name":{"kind":"Name","value":"acceptableMax"}},{"kind":"Field","name":{"kind":"Name","value":"toleratedMin"}},{"kind":"Field","name":{"kind":"Name","value":"toleratedMax"}},{"kind":"Field","name":{"kind":"Name","value":"percentiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p10"}},{"kind":"Field","name":{"kind":"Name","value":"p25"}},{"kind":"Field","name":{"kind":"Name","value":"p75"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CorridorSuggestionQuery, CorridorSuggestionQueryVariables>;
export const CorridorTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorridorTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiTrendFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"targetToDate"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}}]}}]}}]} as unknown as DocumentNode<CorridorTrendQuery, CorridorTrendQueryVariables>;
export const CorridorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Corridors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessModel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kpi"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"corridors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"businessModel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessModel"}}},{"kind":"Argument","name":{"kind":"Name","value":"kpi"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kpi"}}},{"kind":"Argument","name":{"kind":"Name","value":"onDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorridorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorridorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Corridor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"acceptableMin"}},{"kind":"Field","name":{"kind":"Name","value":"acceptableMax"}},{"kind":"Field","name":{"kind":"Name","value":"toleratedMin"}},{"kind":"Field","name":{"kind":"Name","value":"toleratedMax"}},{"kind":"Field","name":{"kind":"Name","value":"minSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<CorridorsQuery, CorridorsQueryVariables>;
export const CorridorHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorridorHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessModel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kpi"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"segment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"corridorHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"businessModel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessModel"}}},{"kind":"Argument","name":{"kind":"Name","value":"kpi"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kpi"}}},{"kind":"Argument","name":{"kind":"Name","value":"segment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"segment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorridorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorridorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Corridor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"acceptableMin"}},{"kind":"Field","name":{"kind":"Name","value":"acceptableMax"}},{"kind":"Field","name":{"kind":"Name","value":"toleratedMin"}},{"kind":"Field","name":{"kind":"Name","value":"toleratedMax"}},{"kind":"Field","name":{"kind":"Name","value":"minSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<CorridorHistoryQuery, CorridorHistoryQueryVariables>;
export const KpiCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRoles"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSizeOf"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"directionReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowedBases"}}]}}]}}]} as unknown as DocumentNode<KpiCatalogueQuery, KpiCatalogueQueryVariables>;
export const BusinessModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<BusinessModelsQuery, BusinessModelsQueryVariables>;
export const KpiValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiValueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"judgedValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetToDate"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"pace"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}}]}}]}}]}}]} as unknown as DocumentNode<KpiValuesQuery, KpiValuesQueryVariables>;
export const KpiValuesByScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiValuesByScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiScopesFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiValuesByScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiValueFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"judgedValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetToDate"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"pace"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}}]}}]}}]}}]} as unknown as DocumentNode<KpiValuesByScopeQuery, KpiValuesByScopeQueryVariables>;
export const KpiTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiTrendFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"judgedValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetToDate"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"pace"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}}]}}]}}]} as unknown as DocumentNode<KpiTrendQuery, KpiTrendQueryVariables>;
export const TeamMediansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamMedians"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMedianFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamMedians"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"colleagueCount"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableReason"}}]}}]}}]} as unknown as DocumentNode<TeamMediansQuery, TeamMediansQueryVariables>;
export const TeamMedianTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamMedianTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMedianTrendFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamMedianTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"colleagueCount"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableReason"}}]}}]}}]}}]} as unknown as DocumentNode<TeamMedianTrendQuery, TeamMedianTrendQueryVariables>;