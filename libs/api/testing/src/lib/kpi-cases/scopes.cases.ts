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
import type { KpiCase, KpiCaseFilter } from './kpi-case';

const KPIS = ['NEW_LEADS', 'WON_VOLUME', 'PIPELINE_VALUE', 'ACTIVITIES', 'CSAT'];

function march(scope: KpiCaseFilter['scope']): KpiCaseFilter {
  return { ...MARCH_2026, kpis: KPIS, businessModels: [PF], scope };
}

export const SCOPE_CASES: KpiCase[] = [
  {
    name: 'Scopes: REP = deals.rep_id, TEAM and REGION via the rep’s current team, COMPANY = every deal; interactions and feedback follow their deal',
    bundle: {
      ...ORG_FILES,
      'deals.csv': csv(
        DEALS_HEADER,
        'SC-A1,PREMIUM_FINANCING,U-ANNA,C-1,2026-03-02T00:00:00Z,100.00', // T-HAM, R-NORTH
        'SC-A2,PREMIUM_FINANCING,U-ANNA,C-2,2026-03-03T00:00:00Z,200.00',
        'SC-B1,PREMIUM_FINANCING,U-BEN,C-3,2026-03-04T00:00:00Z,400.00', // T-HAM, R-NORTH
        'SC-C1,PREMIUM_FINANCING,U-CARL,C-4,2026-03-05T00:00:00Z,800.00', // T-BER, R-NORTH
        'SC-D1,PREMIUM_FINANCING,U-DORA,C-5,2026-03-06T00:00:00Z,1600.00', // T-MUC, R-SOUTH
        'SC-D2,CONSUMER_LOANS,U-DORA,C-6,2026-03-07T00:00:00Z,3200.00',
        'SC-E1,PREMIUM_FINANCING,U-EVA,C-7,2026-03-08T00:00:00Z,6400.00', // Eva has no team
      ),
      'stage_events.csv': csv(
        EVENTS_HEADER,
        'SC-A1-W,SC-A1,WON,2026-03-10T00:00:00Z,',
        'SC-B1-W,SC-B1,WON,2026-03-12T00:00:00Z,',
        'SC-D1-W,SC-D1,WON,2026-03-15T00:00:00Z,',
      ),
      'interactions.csv': csv(
        INTERACTIONS_HEADER,
        'SC-X1,SC-A1,U-DORA,PHONE,OUTBOUND,2026-03-11T00:00:00Z,', // Dora calls on Anna’s deal: counts for Anna
        'SC-X2,SC-C1,U-CARL,EMAIL,OUTBOUND,2026-03-12T00:00:00Z,',
      ),
      'feedback.csv': csv(
        FEEDBACK_HEADER,
        'SC-F1,SC-C1,PROSPECT,EMAIL,2026-03-13T00:00:00Z,4,,',
        'SC-F2,SC-D1,WON,MEETING,2026-03-14T00:00:00Z,2,,',
      ),
    },
    requests: [
      {
        filter: march({ type: 'COMPANY' }),
        expected: [
          { kpi: 'NEW_LEADS', businessModel: PF, value: 6, sampleSize: 6 }, // A1, A2, B1, C1, D1, E1
          { kpi: 'WON_VOLUME', businessModel: PF, value: 2100, sampleSize: 3 }, // 100 + 400 + 1600
          { kpi: 'PIPELINE_VALUE', businessModel: PF, value: 7400, sampleSize: 3 }, // A2 200 + C1 800 + E1 6400
          { kpi: 'ACTIVITIES', businessModel: PF, value: 2, sampleSize: 2 },
          { kpi: 'CSAT', businessModel: PF, value: 3, sampleSize: 2 }, // (4 + 2) / 2
        ],
      },
      {
        filter: march({ type: 'REGION', id: 'R-NORTH' }),
        expected: [
          { kpi: 'NEW_LEADS', businessModel: PF, value: 4, sampleSize: 4 }, // A1, A2, B1, C1
          { kpi: 'WON_VOLUME', businessModel: PF, value: 500, sampleSize: 2 }, // 100 + 400
          { kpi: 'PIPELINE_VALUE', businessModel: PF, value: 1000, sampleSize: 2 }, // A2 200 + C1 800
          { kpi: 'ACTIVITIES', businessModel: PF, value: 2, sampleSize: 2 }, // X1, X2
          { kpi: 'CSAT', businessModel: PF, value: 4, sampleSize: 1 }, // F1
        ],
      },
      {
        filter: march({ type: 'REGION', id: 'R-SOUTH' }),
        expected: [
          { kpi: 'NEW_LEADS', businessModel: PF, value: 1, sampleSize: 1 }, // D1
          { kpi: 'WON_VOLUME', businessModel: PF, value: 1600, sampleSize: 1 },
          { kpi: 'ACTIVITIES', businessModel: PF, value: 0, sampleSize: 0 },
          { kpi: 'CSAT', businessModel: PF, value: 2, sampleSize: 1 }, // F2
        ],
      },
      {
        filter: march({ type: 'TEAM', id: 'T-HAM' }),
        expected: [
          { kpi: 'NEW_LEADS', businessModel: PF, value: 3, sampleSize: 3 }, // A1, A2, B1
          { kpi: 'WON_VOLUME', businessModel: PF, value: 500, sampleSize: 2 },
          { kpi: 'PIPELINE_VALUE', businessModel: PF, value: 200, sampleSize: 1 }, // A2
          { kpi: 'ACTIVITIES', businessModel: PF, value: 1, sampleSize: 1 }, // X1
          { kpi: 'CSAT', businessModel: PF, value: null, sampleSize: 0 },
        ],
      },
      {
        filter: march({ type: 'TEAM', id: 'T-BER' }),
        expected: [
          { kpi: 'NEW_LEADS', businessModel: PF, value: 1, sampleSize: 1 }, // C1
          { kpi: 'WON_VOLUME', businessModel: PF, value: 0, sampleSize: 0 },
          { kpi: 'ACTIVITIES', businessModel: PF, value: 1, sampleSize: 1 }, // X2
          { kpi: 'CSAT', businessModel: PF, value: 4, sampleSize: 1 }, // F1
        ],
      },
      {
        filter: march({ type: 'REP', id: 'U-ANNA' }),
        expected: [
          { kpi: 'NEW_LEADS', businessModel: PF, value: 2, sampleSize: 2 }, // A1, A2
          { kpi: 'WON_VOLUME', businessModel: PF, value: 100, sampleSize: 1 },
          { kpi: 'ACTIVITIES', businessModel: PF, value: 1, sampleSize: 1 }, // X1, logged by Dora
        ],
      },
      {
        filter: { ...MARCH_2026, kpis: KPIS, scope: { type: 'REP', id: 'U-DORA' } },
        expected: [
          { kpi: 'NEW_LEADS', businessModel: PF, value: 1, sampleSize: 1 }, // D1
          { kpi: 'NEW_LEADS', businessModel: CL, value: 1, sampleSize: 1 }, // D2
          { kpi: 'ACTIVITIES', businessModel: PF, value: 0, sampleSize: 0 }, // her call X1 is on Anna’s deal
        ],
      },
      {
        filter: march({ type: 'REP', id: 'U-EVA' }),
        expected: [
          { kpi: 'NEW_LEADS', businessModel: PF, value: 1, sampleSize: 1 }, // E1
          { kpi: 'PIPELINE_VALUE', businessModel: PF, value: 6400, sampleSize: 1 },
        ],
      },
      {
        filter: march({ type: 'REP', id: 'U-MONA' }),
        expected: [{ kpi: 'NEW_LEADS', businessModel: PF, value: 0, sampleSize: 0 }],
      },
    ],
  },
];
