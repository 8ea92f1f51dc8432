import { CL, csv, DEALS_HEADER, EVENTS_HEADER, MARCH_2026, ORG_FILES, PF } from './fixtures';
import type { KpiCase } from './kpi-case';

const KPIS = ['NEW_LEADS', 'WIN_RATE', 'WON_VOLUME'];

export const BUSINESS_MODEL_CASES: KpiCase[] = [
  {
    name: 'Business-model filter: each model is computed from its own deals only',
    bundle: {
      ...ORG_FILES,
      'deals.csv': csv(
        DEALS_HEADER,
        'BM-1,PREMIUM_FINANCING,U-ANNA,C-1,2026-03-02T00:00:00Z,1000.00',
        'BM-2,CONSUMER_LOANS,U-ANNA,C-2,2026-03-03T00:00:00Z,50.00',
        'BM-3,CONSUMER_LOANS,U-ANNA,C-3,2026-03-04T00:00:00Z,70.00',
      ),
      'stage_events.csv': csv(
        EVENTS_HEADER,
        'BM-1-W,BM-1,WON,2026-03-10T00:00:00Z,',
        'BM-2-W,BM-2,WON,2026-03-11T00:00:00Z,',
        'BM-3-L,BM-3,LOST,2026-03-12T00:00:00Z,',
      ),
    },
    requests: [
      {
        filter: { ...MARCH_2026, kpis: KPIS, businessModels: [CL] },
        expected: [
          { kpi: 'NEW_LEADS', businessModel: CL, value: 2, sampleSize: 2 }, // BM-2, BM-3
          { kpi: 'WIN_RATE', businessModel: CL, value: 1 / 2, sampleSize: 2 }, // won BM-2, lost BM-3
          { kpi: 'WON_VOLUME', businessModel: CL, value: 50, sampleSize: 1 },
        ],
      },
      {
        filter: { ...MARCH_2026, kpis: KPIS, businessModels: [PF] },
        expected: [
          { kpi: 'NEW_LEADS', businessModel: PF, value: 1, sampleSize: 1 },
          { kpi: 'WIN_RATE', businessModel: PF, value: 1, sampleSize: 1 },
          { kpi: 'WON_VOLUME', businessModel: PF, value: 1000, sampleSize: 1 },
        ],
      },
      {
        filter: { ...MARCH_2026, kpis: KPIS },
        expected: [
          { kpi: 'WON_VOLUME', businessModel: PF, value: 1000, sampleSize: 1 },
          { kpi: 'WON_VOLUME', businessModel: CL, value: 50, sampleSize: 1 },
        ],
      },
    ],
  },
];
