/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from 'apollo-angular';
/** Why a deal needs the rep’s action. */
export type DealActionReason =
  /** Open without an outbound activity for more than 14 days. */
  | 'NO_RECENT_ACTIVITY'
  /** Won, not onboarded for longer than the model’s acceptable onboarding days. */
  | 'ONBOARDING_OVERDUE'
  /** Paid out in the last 90 days with information missing (not first time right). */
  | 'PAYOUT_INFO_MISSING';

export type RepDealsRequest = {
  /** The deals as they stood then; default now. */
  readonly asOf?: string | null | undefined;
  /** One business model; default all. */
  readonly businessModel?: string | null | undefined;
  readonly repId: string;
};

export type RepDealsQueryVariables = Exact<{
  input: RepDealsRequest;
}>;


export type RepDealsQuery = { readonly repDeals: { readonly asOf: string, readonly openDealCount: number, readonly openAmount: number, readonly modelsWithoutOnboardingLimit: ReadonlyArray<string>, readonly rep: { readonly id: string, readonly displayName: string, readonly teamId: string | null, readonly teamName: string | null }, readonly openDeals: ReadonlyArray<{ readonly dealId: string, readonly customerId: string, readonly businessModel: string, readonly stage: string | null, readonly stageSince: string | null, readonly createdAt: string, readonly ageDays: number, readonly amount: number, readonly lastActivityAt: string | null }>, readonly actions: ReadonlyArray<{ readonly dealId: string, readonly customerId: string, readonly businessModel: string, readonly amount: number, readonly reason: DealActionReason, readonly since: string, readonly days: number, readonly limitDays: number | null }> } };


export const RepDealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepDeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RepDealsRequest"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repDeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"openDealCount"}},{"kind":"Field","name":{"kind":"Name","value":"openAmount"}},{"kind":"Field","name":{"kind":"Name","value":"openDeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"limitDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelsWithoutOnboardingLimit"}}]}}]}}]} as unknown as DocumentNode<RepDealsQuery, RepDealsQueryVariables>;