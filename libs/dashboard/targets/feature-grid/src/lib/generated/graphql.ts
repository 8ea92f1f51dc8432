/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from 'apollo-angular';
/** The changed cells of a grid, with every cell as the editor loaded it: when any of those differs from what is stored now, the save is a CONFLICT and nothing changes. */
export type SaveTargetGridInput = {
  /** Every cell of the grid as loaded (reps, then the team). */
  readonly base: ReadonlyArray<TargetCellInput>;
  readonly businessModel: string;
  /** The cells to set. */
  readonly changes: ReadonlyArray<TargetCellInput>;
  /** The first month, YYYY-MM. */
  readonly firstMonth: string;
  /** NEW_LEADS, WON_DEALS, WON_VOLUME or ACTIVITIES. */
  readonly kpi: string;
  /** How many months, 1–24. */
  readonly months: number;
  /** Why, for the audit trail (optional). */
  readonly reason?: string | null | undefined;
  readonly teamId: string;
};

export type TargetCellInput = {
  /** YYYY-MM */
  readonly month: string;
  readonly scopeId: string;
  readonly scopeType: TargetScopeType;
  /** Null: no target for that month. */
  readonly value?: number | null | undefined;
};

export type TargetGridRequest = {
  readonly businessModel: string;
  /** The first month, YYYY-MM. */
  readonly firstMonth: string;
  /** NEW_LEADS, WON_DEALS, WON_VOLUME or ACTIVITIES. */
  readonly kpi: string;
  /** How many months, 1–24. */
  readonly months: number;
  readonly teamId: string;
};

/** Whose target a row holds: a rep, or the team (a TEAM target replaces the sum of its reps’). */
export type TargetScopeType =
  | 'REP'
  | 'TEAM';

export type TargetGridRowFieldsFragment = { readonly scopeType: TargetScopeType, readonly scopeId: string, readonly name: string, readonly active: boolean, readonly values: ReadonlyArray<number | null> };

export type TargetGridFieldsFragment = { readonly teamId: string, readonly teamName: string, readonly businessModel: string, readonly kpi: string, readonly unit: string, readonly months: ReadonlyArray<string>, readonly usesTeamTargets: boolean, readonly editable: boolean, readonly reps: ReadonlyArray<{ readonly scopeType: TargetScopeType, readonly scopeId: string, readonly name: string, readonly active: boolean, readonly values: ReadonlyArray<number | null> }>, readonly team: { readonly scopeType: TargetScopeType, readonly scopeId: string, readonly name: string, readonly active: boolean, readonly values: ReadonlyArray<number | null> } };

export type TargetTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type TargetTeamsQuery = { readonly targetTeams: ReadonlyArray<{ readonly id: string, readonly name: string, readonly regionName: string }> };

export type TargetGridQueryVariables = Exact<{
  input: TargetGridRequest;
}>;


export type TargetGridQuery = { readonly targetGrid: { readonly teamId: string, readonly teamName: string, readonly businessModel: string, readonly kpi: string, readonly unit: string, readonly months: ReadonlyArray<string>, readonly usesTeamTargets: boolean, readonly editable: boolean, readonly reps: ReadonlyArray<{ readonly scopeType: TargetScopeType, readonly scopeId: string, readonly name: string, readonly active: boolean, readonly values: ReadonlyArray<number | null> }>, readonly team: { readonly scopeType: TargetScopeType, readonly scopeId: string, readonly name: string, readonly active: boolean, readonly values: ReadonlyArray<number | null> } } };

export type SaveTargetGridMutationVariables = Exact<{
  input: SaveTargetGridInput;
}>;


export type SaveTargetGridMutation = { readonly saveTargetGrid: { readonly changedCells: number, readonly grid: { readonly teamId: string, readonly teamName: string, readonly businessModel: string, readonly kpi: string, readonly unit: string, readonly months: ReadonlyArray<string>, readonly usesTeamTargets: boolean, readonly editable: boolean, readonly reps: ReadonlyArray<{ readonly scopeType: TargetScopeType, readonly scopeId: string, readonly name: string, readonly active: boolean, readonly values: ReadonlyArray<number | null> }>, readonly team: { readonly scopeType: TargetScopeType, readonly scopeId: string, readonly name: string, readonly active: boolean, readonly values: ReadonlyArray<number | null> } } } };

export const TargetGridRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGridRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGridRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]} as unknown as DocumentNode<TargetGridRowFieldsFragment, unknown>;
export const TargetGridFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGridFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGrid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"reps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetGridRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetGridRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usesTeamTargets"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGridRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGridRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]} as unknown as DocumentNode<TargetGridFieldsFragment, unknown>;
export const TargetTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}}]}}]}}]} as unknown as DocumentNode<TargetTeamsQuery, TargetTeamsQueryVariables>;
export const TargetGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGridRequest"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGrid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetGridFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGridRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGridRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGridFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGrid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"reps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetGridRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetGridRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usesTeamTargets"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]} as unknown as DocumentNode<TargetGridQuery, TargetGridQueryVariables>;
export const SaveTargetGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveTargetGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveTargetGridInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveTargetGrid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedCells"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetGridFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGridRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGridRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetGridFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGrid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"teamName"}},{"kind":"Field","name":{"kind":"Name","value":"businessModel"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"reps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetGridRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetGridRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usesTeamTargets"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]} as unknown as DocumentNode<SaveTargetGridMutation, SaveTargetGridMutationVariables>;