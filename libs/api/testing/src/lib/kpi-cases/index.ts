import { BUSINESS_MODEL_CASES } from './business-models.cases';
import { CSV_FORMAT_CASES } from './csv-format.cases';
import { EMPTY_SET_CASES } from './empty-sets.cases';
import { FEEDBACK_CASES } from './feedback.cases';
import { INTERACTION_CASES } from './interactions.cases';
import type { KpiCase } from './kpi-case';
import { LEAD_CONVERSION_CASES } from './lead-conversion.cases';
import { NEW_LEADS_CASES } from './new-leads.cases';
import { ONBOARDING_PAYOUT_CASES } from './onboarding-payout.cases';
import { PIPELINE_CASES } from './pipeline.cases';
import { RECOVERY_CASES } from './recovery.cases';
import { SCOPE_CASES } from './scopes.cases';
import { TARGET_CASES } from './targets.cases';
import { WON_DEALS_CASES } from './won-deals.cases';

export type { KpiCase, KpiCaseExpectation, KpiCaseFilter, KpiCaseRequest } from './kpi-case';

/**
 * KPI values computed by hand from docs/kpis.md over small CSV bundles (docs/import.md), to check the SQL engine
 * and the reference implementation against. Each bundle is self-contained: import it into an empty
 * database (the organisation is the same in every case, the facts' ids are unique across cases).
 */
export const KPI_CASES: readonly KpiCase[] = [
  ...NEW_LEADS_CASES,
  ...LEAD_CONVERSION_CASES,
  ...WON_DEALS_CASES,
  ...PIPELINE_CASES,
  ...ONBOARDING_PAYOUT_CASES,
  ...FEEDBACK_CASES,
  ...RECOVERY_CASES,
  ...INTERACTION_CASES,
  ...SCOPE_CASES,
  ...BUSINESS_MODEL_CASES,
  ...TARGET_CASES,
  ...EMPTY_SET_CASES,
  ...CSV_FORMAT_CASES,
];
