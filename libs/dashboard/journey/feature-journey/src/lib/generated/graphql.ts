/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from 'apollo-angular';
export type FeedbackListFilter = {
  /** Cut-off for what happened after the period (stages reached, recoveries); default now. */
  readonly asOf?: string | null | undefined;
  /** Default: all business models. */
  readonly businessModels?: ReadonlyArray<string> | null | undefined;
  /** Highest CSAT, 1–5 (inclusive), at least csatMin. */
  readonly csatMax?: number | null | undefined;
  /** Lowest CSAT, 1–5 (inclusive). */
  readonly csatMin?: number | null | undefined;
  /** First day of the period (inclusive, UTC). */
  readonly from: string;
  /** Rows to answer, 1–200; default 50. */
  readonly limit?: number | null | undefined;
  /** Rows to skip, ≥ 0; default 0. */
  readonly offset?: number | null | undefined;
  /** Only negative feedback (CSAT ≤ 2) with one of these recoveries; default any feedback. */
  readonly recovery?: ReadonlyArray<FeedbackRecovery> | null | undefined;
  /** Default: the caller's widest allowed scope. */
  readonly scope?: ScopeInput | null | undefined;
  /** Default: every stage. */
  readonly stages?: ReadonlyArray<JourneyStage> | null | undefined;
  /** Day after the period (exclusive, UTC). */
  readonly to: string;
  /** Default: every touchpoint. */
  readonly touchpoints?: ReadonlyArray<Touchpoint> | null | undefined;
  /** true: only feedback with a comment; false: only without one; default both. */
  readonly withComment?: boolean | null | undefined;
};

/** What followed a negative feedback (CSAT ≤ 2) on the same deal by asOf (docs/kpis.md#RECOVERY_RATE). */
export type FeedbackRecovery =
  /** No feedback with CSAT ≥ 4 after it by asOf. */
  | 'NOT_RECOVERED'
  /** No such feedback within 14 days, but one later (by asOf). */
  | 'RECOVERED_LATER'
  /** A feedback with CSAT ≥ 4 came after it, within 14 days (14 × 86400 s) and by asOf: RECOVERY_RATE counts it. */
  | 'RECOVERED_WITHIN_14_DAYS';

/** The period, business models and rows of a journey query; feedback and events belong to their deal. */
export type JourneyFilter = {
  /** Cut-off for what happened after the period (stages reached, recoveries); default now. */
  readonly asOf?: string | null | undefined;
  /** Default: all business models. */
  readonly businessModels?: ReadonlyArray<string> | null | undefined;
  /** First day of the period (inclusive, UTC). */
  readonly from: string;
  /** Default: the caller's widest allowed scope. */
  readonly scope?: ScopeInput | null | undefined;
  /** Day after the period (exclusive, UTC). */
  readonly to: string;
};

/** A stage of the customer journey (docs/kpis.md#journey): the main path SUSPECT … PAID_OUT, and LOST, DEFAULTED. */
export type JourneyStage =
  | 'CHAMPION'
  | 'DEFAULTED'
  | 'LOST'
  | 'ONBOARDED'
  | 'OPPORTUNITY'
  | 'PAID_OUT'
  | 'PROSPECT'
  | 'SUSPECT'
  | 'WON';

export type MomentFlagInput = {
  readonly businessModel: string;
  /** Why (trimmed, 3–500 characters); written to the audit log. */
  readonly reason: string;
  readonly stage: JourneyStage;
  readonly touchpoint: Touchpoint;
};

/** How weakestMoments ranks moments. */
export type MomentRanking =
  /** The lowest CSAT mean first. */
  | 'CSAT'
  /** The highest share of negative feedback (CSAT ≤ 2) first. */
  | 'NEGATIVE_RATE';

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

/** The channel where the customer met the company (docs/kpis.md#journey). */
export type Touchpoint =
  | 'APP'
  | 'BRANCH'
  | 'EMAIL'
  | 'MEETING'
  | 'PARTNER'
  | 'PHONE'
  | 'SOCIAL'
  | 'WEB';

export type WeakestMomentsFilter = {
  /** Cut-off for what happened after the period (stages reached, recoveries); default now. */
  readonly asOf?: string | null | undefined;
  /** Default: all business models. */
  readonly businessModels?: ReadonlyArray<string> | null | undefined;
  /** First day of the period (inclusive, UTC). */
  readonly from: string;
  /** How many moments; 1–100, default 10. */
  readonly limit?: number | null | undefined;
  /** Only moments with at least this many responses in the period are ranked; 1–10000, default 10. */
  readonly minResponses?: number | null | undefined;
  /** Default CSAT. */
  readonly rankBy?: MomentRanking | null | undefined;
  /** Default: the caller's widest allowed scope. */
  readonly scope?: ScopeInput | null | undefined;
  /** Day after the period (exclusive, UTC). */
  readonly to: string;
};

export type JourneyFunnelQueryVariables = Exact<{
  filter: JourneyFilter;
}>;


export type JourneyFunnelQuery = { readonly journeyFunnel: ReadonlyArray<{ readonly businessModel: string, readonly cohortSize: number, readonly lostCount: number, readonly defaultedCount: number, readonly stages: ReadonlyArray<{ readonly stage: JourneyStage, readonly reached: number, readonly conversionToNext: number | null, readonly medianDaysToNext: number | null, readonly daysToNextCount: number, readonly lostHere: number, readonly stillOpenHere: number }> }> };

export type MomentFlagFieldsFragment = { readonly businessModel: string, readonly stage: JourneyStage, readonly touchpoint: Touchpoint, readonly reason: string, readonly flaggedBy: string, readonly flaggedByName: string, readonly flaggedAt: string };

export type MomentHeatmapQueryVariables = Exact<{
  filter: JourneyFilter;
}>;


export type MomentHeatmapQuery = { readonly momentHeatmap: { readonly from: string, readonly to: string, readonly previousFrom: string, readonly previousTo: string, readonly cells: ReadonlyArray<{ readonly businessModel: string, readonly stage: JourneyStage, readonly touchpoint: Touchpoint, readonly responses: number, readonly csatMean: number, readonly negativeCount: number, readonly negativeRate: number, readonly previous: { readonly responses: number, readonly csatMean: number, readonly negativeCount: number, readonly negativeRate: number } | null, readonly flag: { readonly businessModel: string, readonly stage: JourneyStage, readonly touchpoint: Touchpoint, readonly reason: string, readonly flaggedBy: string, readonly flaggedByName: string, readonly flaggedAt: string } | null }> } };

export type WeakestMomentsQueryVariables = Exact<{
  filter: WeakestMomentsFilter;
}>;


export type WeakestMomentsQuery = { readonly weakestMoments: ReadonlyArray<{ readonly rank: number, readonly businessModel: string, readonly stage: JourneyStage, readonly touchpoint: Touchpoint, readonly responses: number, readonly csatMean: number, readonly negativeCount: number, readonly negativeRate: number, readonly csatChange: number | null, readonly negativeRateChange: number | null, readonly previous: { readonly responses: number, readonly csatMean: number, readonly negativeCount: number, readonly negativeRate: number } | null, readonly flag: { readonly businessModel: string, readonly stage: JourneyStage, readonly touchpoint: Touchpoint, readonly reason: string, readonly flaggedBy: string, readonly flaggedByName: string, readonly flaggedAt: string } | null }> };

export type MomentsThatMatterQueryVariables = Exact<{
  businessModels?: ReadonlyArray<string> | string | null | undefined;
}>;


export type MomentsThatMatterQuery = { readonly momentsThatMatter: ReadonlyArray<{ readonly businessModel: string, readonly stage: JourneyStage, readonly touchpoint: Touchpoint, readonly reason: string, readonly flaggedBy: string, readonly flaggedByName: string, readonly flaggedAt: string }> };

export type FlagMomentMutationVariables = Exact<{
  input: MomentFlagInput;
}>;


export type FlagMomentMutation = { readonly flagMoment: { readonly businessModel: string, readonly stage: JourneyStage, readonly touchpoint: Touchpoint, readonly reason: string, readonly flaggedBy: string, readonly flaggedByName: string, readonly flaggedAt: string } };

export type UnflagMomentMutationVariables = Exact<{
  input: MomentFlagInput;
}>;


export type UnflagMomentMutation = { readonly unflagMoment: { readonly businessModel: string, readonly stage: JourneyStage, readonly touchpoint: Touchpoint, readonly reason: string, readonly flaggedBy: string, readonly flaggedByName: string, readonly flaggedAt: string } };

export type FeedbackListQueryVariables = Exact<{
  filter: FeedbackListFilter;
}>;


export type FeedbackListQuery = { readonly feedbackList: { readonly total: number, readonly offset: number, readonly limit: number, readonly rows: ReadonlyArray<{ readonly feedbackId: string, readonly dealId: string, readonly businessModel: string, readonly customerId: string, readonly repId: string, readonly repName: string, readonly teamName: string | null, readonly stage: JourneyStage, readonly touchpoint: Touchpoint, readonly occurredAt: string, readonly csat: number, readonly nps: number | null, readonly comment: string | null, readonly recovery: FeedbackRecovery | null, readonly recoveredAt: string | null }> } };

export const MomentFlagFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MomentFlagFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MomentFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedBy"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedByName"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedAt"}}]}}]} as unknown as DocumentNode<MomentFlagFieldsFragment, unknown>;
export const JourneyFunnelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JourneyFunnel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JourneyFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journeyFunnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"cohortSize"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"defaultedCount"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"conversionToNext"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToNext"}},{"kind":"Field","name":{"kind":"Name","value":"daysToNextCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostHere"}},{"kind":"Field","name":{"kind":"Name","value":"stillOpenHere"}}]}}]}}]}}]} as unknown as DocumentNode<JourneyFunnelQuery, JourneyFunnelQueryVariables>;
export const MomentHeatmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MomentHeatmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JourneyFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"momentHeatmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"previousFrom"}},{"kind":"Field","name":{"kind":"Name","value":"previousTo"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"csatMean"}},{"kind":"Field","name":{"kind":"Name","value":"negativeCount"}},{"kind":"Field","name":{"kind":"Name","value":"negativeRate"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"csatMean"}},{"kind":"Field","name":{"kind":"Name","value":"negativeCount"}},{"kind":"Field","name":{"kind":"Name","value":"negativeRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MomentFlagFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MomentFlagFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MomentFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedBy"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedByName"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedAt"}}]}}]} as unknown as DocumentNode<MomentHeatmapQuery, MomentHeatmapQueryVariables>;
export const WeakestMomentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeakestMoments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WeakestMomentsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weakestMoments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"csatMean"}},{"kind":"Field","name":{"kind":"Name","value":"negativeCount"}},{"kind":"Field","name":{"kind":"Name","value":"negativeRate"}},{"kind":"Field","name":{"kind":"Name","value":"csatChange"}},{"kind":"Field","name":{"kind":"Name","value":"negativeRateChange"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"csatMean"}},{"kind":"Field","name":{"kind":"Name","value":"negativeCount"}},{"kind":"Field","name":{"kind":"Name","value":"negativeRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MomentFlagFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MomentFlagFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MomentFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedBy"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedByName"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedAt"}}]}}]} as unknown as DocumentNode<WeakestMomentsQuery, WeakestMomentsQueryVariables>;
export const MomentsThatMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MomentsThatMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessModels"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"momentsThatMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"businessModels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessModels"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MomentFlagFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MomentFlagFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MomentFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedBy"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedByName"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedAt"}}]}}]} as unknown as DocumentNode<MomentsThatMatterQuery, MomentsThatMatterQueryVariables>;
export const FlagMomentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlagMoment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MomentFlagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagMoment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MomentFlagFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MomentFlagFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MomentFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedBy"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedByName"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedAt"}}]}}]} as unknown as DocumentNode<FlagMomentMutation, FlagMomentMutationVariables>;
export const UnflagMomentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnflagMoment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MomentFlagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unflagMoment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MomentFlagFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MomentFlagFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MomentFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedBy"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedByName"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedAt"}}]}}]} as unknown as DocumentNode<UnflagMomentMutation, UnflagMomentMutationVariables>;
export const FeedbackListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackListFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackId"}},{"kind":"Field","name":{"kind":"Name","value":"dealId"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"repId"}},{"kind":"Field","name":{"kind":"Name","value":"repName"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"csat"}},{"kind":"Field","name":{"kind":"Name","value":"nps"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"recovery"}},{"kind":"Field","name":{"kind":"Name","value":"recoveredAt"}}]}}]}}]}}]} as unknown as DocumentNode<FeedbackListQuery, FeedbackListQueryVariables>;