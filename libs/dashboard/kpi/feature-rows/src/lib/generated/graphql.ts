/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from 'apollo-angular';
/** What a KPI counts: deals, stage events, interactions or feedback. */
export type KpiRowKind =
  | 'DEAL'
  | 'FEEDBACK'
  | 'INTERACTION'
  | 'STAGE_EVENT';

/** The unit of what a row brings into a mean or median: days, hours, a CSAT score or an NPS answer. */
export type KpiRowMeasure =
  | 'CSAT'
  | 'DAYS'
  | 'HOURS'
  | 'NPS';

/** By the instant, the deal amount or the measure. */
export type KpiRowOrder =
  | 'AMOUNT'
  | 'AT'
  | 'MEASURE';

/** Where a row of a rate or score KPI falls. */
export type KpiRowOutcome =
  | 'COMPLETE'
  | 'CONVERTED'
  | 'DEFAULTED'
  | 'DETRACTOR'
  | 'INCOMPLETE'
  | 'LOST'
  | 'NEGATIVE'
  | 'NOT_CONVERTED'
  | 'NOT_DEFAULTED'
  | 'NOT_NEGATIVE'
  | 'NOT_RECOVERED'
  | 'NOT_STATED'
  | 'PASSIVE'
  | 'PROMOTER'
  | 'RECOVERED'
  | 'WON';

/** One KPI value (KPI, business model, period, scope, asOf) whose rows to list. */
export type KpiRowsFilter = {
  /** Cut-off for cohort KPIs; default now. */
  readonly asOf?: string | null | undefined;
  readonly businessModel: string;
  /** Default true: newest, largest first. */
  readonly descending?: boolean | null | undefined;
  /** First day of the period (inclusive, UTC). */
  readonly from: string;
  readonly kpi: string;
  /** Rows of the page, 1–200; default 50. */
  readonly limit?: number | null | undefined;
  /** Rows to skip; default 0. */
  readonly offset?: number | null | undefined;
  /** Default AT (the instant that puts a row in the period). */
  readonly orderBy?: KpiRowOrder | null | undefined;
  /** Default: the caller's widest allowed scope. */
  readonly scope?: ScopeInput | null | undefined;
  /** Day after the period (exclusive, UTC). */
  readonly to: string;
};

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

export type KpiRowsQueryVariables = Exact<{
  filter: KpiRowsFilter;
}>;


export type KpiRowsQuery = { readonly kpiRows: { readonly kpi: string, readonly businessModel: string, readonly from: string, readonly to: string, readonly asOf: string, readonly scopeType: ScopeType, readonly scopeId: string | null, readonly kind: KpiRowKind, readonly measure: KpiRowMeasure | null, readonly total: number, readonly amountsHidden: boolean, readonly offset: number, readonly limit: number, readonly outcomes: ReadonlyArray<{ readonly outcome: KpiRowOutcome, readonly rows: number }>, readonly rows: ReadonlyArray<{ readonly rowId: string, readonly dealId: string, readonly customerId: string, readonly repId: string, readonly repName: string, readonly teamName: string | null, readonly at: string, readonly stage: string | null, readonly touchpoint: string | null, readonly amount: number | null, readonly measure: number | null, readonly startedAt: string | null, readonly outcome: KpiRowOutcome | null, readonly outcomeAt: string | null, readonly comment: string | null }> } };

export type ScopeNavigationQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
}>;


export type ScopeNavigationQuery = { readonly scopeNavigation: { readonly path: ReadonlyArray<{ readonly type: ScopeType, readonly id: string | null, readonly name: string | null }>, readonly children: ReadonlyArray<{ readonly type: ScopeType, readonly id: string | null, readonly name: string | null }> } };

export type DealHistoryQueryVariables = Exact<{
  dealId: string;
}>;


export type DealHistoryQuery = { readonly dealHistory: { readonly dealId: string, readonly customerId: string, readonly businessModel: string, readonly segment: string | null, readonly sourceTouchpoint: string | null, readonly createdAt: string, readonly amount: number | null, readonly repId: string, readonly repName: string, readonly teamName: string | null, readonly events: ReadonlyArray<{ readonly eventId: string, readonly stage: string, readonly occurredAt: string, readonly infoComplete: boolean | null }>, readonly interactions: ReadonlyArray<{ readonly interactionId: string, readonly occurredAt: string, readonly touchpoint: string, readonly direction: string, readonly responseMinutes: number | null, readonly repName: string }>, readonly feedback: ReadonlyArray<{ readonly feedbackId: string, readonly occurredAt: string, readonly stage: string, readonly touchpoint: string, readonly csat: number, readonly nps: number | null, readonly comment: string | null }> } };


export const KpiRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiRowsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiRows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"dealId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"repId"}},{"kind":"Field","name":{"kind":"Name","value":"repName"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]} as unknown as DocumentNode<KpiRowsQuery, KpiRowsQueryVariables>;
export const ScopeNavigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeNavigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeNavigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ScopeNavigationQuery, ScopeNavigationQueryVariables>;
export const DealHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dealId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dealId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dealId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTouchpoint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"repId"}},{"kind":"Field","name":{"kind":"Name","value":"repName"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"infoComplete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"responseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"repName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"}},{"kind":"Field","name":{"kind":"Name","value":"csat"}},{"kind":"Field","name":{"kind":"Name","value":"nps"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]} as unknown as DocumentNode<DealHistoryQuery, DealHistoryQueryVariables>;