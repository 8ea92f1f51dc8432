import type { ResponsibilityChangeFieldsFragment, ResponsibilityMatrixFieldsFragment } from '../generated/graphql';

/** One audited change of one cell (the API's `ResponsibilityChange`); `at` is an ISO 8601 instant (UTC). */
export type ResponsibilityChangeDto = ResponsibilityChangeFieldsFragment;

/** Every role × every KPI (the API's `ResponsibilityMatrix`), KPIs in journey order; the ADMIN row is fixed. */
export type ResponsibilityMatrixDto = ResponsibilityMatrixFieldsFragment;

export type ResponsibilityCellDto = ResponsibilityMatrixDto['cells'][number];

export type ResponsibilityKpiDto = ResponsibilityMatrixDto['kpis'][number];

/** One problem with the input, at its path (`reason`, `changes[2].granted`, …). */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}
