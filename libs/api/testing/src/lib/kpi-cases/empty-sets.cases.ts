import {
  CL,
  csv,
  DEALS_HEADER,
  EVENTS_HEADER,
  FEEDBACK_HEADER,
  INTERACTIONS_HEADER,
  MARCH_2026,
  ORG_FILES,
  PF,
} from './fixtures';
import type { KpiCase, KpiCaseExpectation } from './kpi-case';

/** §4.1.1 over an empty period: counts and sums 0, rates, means and medians null; no targets. */
function nothingIn(businessModel: string): KpiCaseExpectation[] {
  return [
    { kpi: 'NEW_LEADS', businessModel, value: 0, sampleSize: 0, target: null },
    { kpi: 'LEAD_CONVERSION_RATE', businessModel, value: null, sampleSize: 0, target: null },
    { kpi: 'WIN_RATE', businessModel, value: null, sampleSize: 0, target: null },
    { kpi: 'WON_DEALS', businessModel, value: 0, sampleSize: 0, target: null },
    { kpi: 'WON_VOLUME', businessModel, value: 0, sampleSize: 0, target: null },
    { kpi: 'AVG_DEAL_SIZE', businessModel, value: null, sampleSize: 0, target: null },
    { kpi: 'SALES_CYCLE_DAYS', businessModel, value: null, sampleSize: 0, target: null },
    { kpi: 'PIPELINE_VALUE', businessModel, value: 0, sampleSize: 0, target: null },
    { kpi: 'QUOTA_ATTAINMENT', businessModel, value: null, sampleSize: 0, target: null },
    { kpi: 'ONBOARDING_DAYS', businessModel, value: null, sampleSize: 0, target: null },
    { kpi: 'PAYOUT_FIRST_TIME_RIGHT', businessModel, value: null, sampleSize: 0, target: null },
    { kpi: 'DEFAULT_RATE', businessModel, value: null, sampleSize: 0, target: null },
    { kpi: 'CSAT', businessModel, value: null, sampleSize: 0, target: null },
    { kpi: 'NPS', businessModel, value: null, sampleSize: 0, target: null },
    { kpi: 'NEGATIVE_MOMENT_RATE', businessModel, value: null, sampleSize: 0, target: null },
    { kpi: 'RECOVERY_RATE', businessModel, value: null, sampleSize: 0, target: null },
    { kpi: 'FIRST_RESPONSE_HOURS', businessModel, value: null, sampleSize: 0, target: null },
    { kpi: 'ACTIVITIES', businessModel, value: 0, sampleSize: 0, target: null },
  ];
}

export const EMPTY_SET_CASES: KpiCase[] = [
  {
    name: 'Empty sets (§4.1.1): all 18 KPIs for both models (one without any deal) — counts and sums 0, the rest null, sampleSize 0',
    bundle: {
      ...ORG_FILES,
      // Created after `to`: not a new lead and not in the pipeline at `to`.
      'deals.csv': csv(DEALS_HEADER, 'EM-1,PREMIUM_FINANCING,U-ANNA,C-1,2026-05-10T00:00:00Z,100.00'),
    },
    requests: [{ filter: { ...MARCH_2026 }, expected: [...nothingIn(PF), ...nothingIn(CL)] }],
  },
  {
    name: 'Empty denominators although facts exist: NPS without answers, inbound without response time, ONBOARDED without WON; rates of 0 are not null',
    bundle: {
      ...ORG_FILES,
      'deals.csv': csv(
        DEALS_HEADER,
        'EE-1,PREMIUM_FINANCING,U-ANNA,C-1,2026-02-01T00:00:00Z,100.00',
        'EE-2,PREMIUM_FINANCING,U-ANNA,C-2,2026-02-01T00:00:00Z,200.00',
      ),
      'stage_events.csv': csv(
        EVENTS_HEADER,
        'EE-1-B,EE-1,ONBOARDED,2026-03-10T00:00:00Z,', // no WON event
        'EE-1-P,EE-1,PAID_OUT,2026-03-12T00:00:00Z,', // empty info_complete
        'EE-2-L,EE-2,LOST,2026-03-03T00:00:00Z,',
      ),
      'feedback.csv': csv(FEEDBACK_HEADER, 'EE-F1,EE-1,ONBOARDED,APP,2026-03-05T00:00:00Z,3,,'),
      'interactions.csv': csv(INTERACTIONS_HEADER, 'EE-I1,EE-1,U-ANNA,EMAIL,INBOUND,2026-03-06T00:00:00Z,'),
    },
    requests: [
      {
        filter: { ...MARCH_2026, asOf: '2026-06-01T00:00:00Z', businessModels: [PF] },
        expected: [
          { kpi: 'WIN_RATE', businessModel: PF, value: 0, sampleSize: 1 }, // 0 / (0 + 1)
          { kpi: 'WON_DEALS', businessModel: PF, value: 0, sampleSize: 0 },
          { kpi: 'WON_VOLUME', businessModel: PF, value: 0, sampleSize: 0 },
          { kpi: 'AVG_DEAL_SIZE', businessModel: PF, value: null, sampleSize: 0 },
          { kpi: 'SALES_CYCLE_DAYS', businessModel: PF, value: null, sampleSize: 0 },
          { kpi: 'PIPELINE_VALUE', businessModel: PF, value: 100, sampleSize: 1 }, // EE-1 never won or lost
          { kpi: 'ONBOARDING_DAYS', businessModel: PF, value: null, sampleSize: 0 }, // §4.1.7
          { kpi: 'PAYOUT_FIRST_TIME_RIGHT', businessModel: PF, value: 0, sampleSize: 1 }, // §4.1.5
          { kpi: 'DEFAULT_RATE', businessModel: PF, value: 0, sampleSize: 1 },
          { kpi: 'CSAT', businessModel: PF, value: 3, sampleSize: 1 },
          { kpi: 'NPS', businessModel: PF, value: null, sampleSize: 0 },
          { kpi: 'NEGATIVE_MOMENT_RATE', businessModel: PF, value: 0, sampleSize: 1 },
          { kpi: 'RECOVERY_RATE', businessModel: PF, value: null, sampleSize: 0 },
          { kpi: 'FIRST_RESPONSE_HOURS', businessModel: PF, value: null, sampleSize: 0 },
          { kpi: 'ACTIVITIES', businessModel: PF, value: 0, sampleSize: 0 },
        ],
      },
    ],
  },
];
