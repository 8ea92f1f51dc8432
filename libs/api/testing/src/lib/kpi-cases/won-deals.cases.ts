import { CL, csv, DAY, DEALS_HEADER, EVENTS_HEADER, MARCH_2026, ORG_FILES, PF } from './fixtures';
import type { KpiCase } from './kpi-case';

const KPIS = ['WIN_RATE', 'WON_DEALS', 'WON_VOLUME', 'AVG_DEAL_SIZE', 'SALES_CYCLE_DAYS'];

export const WON_DEALS_CASES: KpiCase[] = [
  {
    name: 'WON/LOST events: WIN_RATE (with LOST before OPPORTUNITY), WON_DEALS, WON_VOLUME, AVG_DEAL_SIZE, SALES_CYCLE_DAYS in µs',
    bundle: {
      ...ORG_FILES,
      'deals.csv': csv(
        DEALS_HEADER,
        'WD-1,PREMIUM_FINANCING,U-ANNA,C-1,2026-01-10T08:00:00.250000Z,1000.50',
        'WD-2,PREMIUM_FINANCING,U-ANNA,C-2,2026-02-15T00:00:00Z,2000.00',
        'WD-3,PREMIUM_FINANCING,U-ANNA,C-3,2026-03-05T00:00:00Z,250.25',
        'WD-4,PREMIUM_FINANCING,U-ANNA,C-4,2026-02-01T00:00:00Z,500.00',
        'WD-5,PREMIUM_FINANCING,U-ANNA,C-5,2026-02-01T00:00:00Z,700.00',
        'WD-6,PREMIUM_FINANCING,U-ANNA,C-6,2026-02-20T00:00:00Z,300.00',
        'WD-7,PREMIUM_FINANCING,U-ANNA,C-7,2026-03-02T00:00:00Z,300.00',
        'WD-8,PREMIUM_FINANCING,U-ANNA,C-8,2026-03-02T00:00:00Z,300.00',
        'WD-9,CONSUMER_LOANS,U-ANNA,C-9,2026-03-01T00:00:00Z,99.99',
      ),
      'stage_events.csv': csv(
        EVENTS_HEADER,
        'WD-1-O,WD-1,OPPORTUNITY,2026-02-01T00:00:00Z,',
        'WD-1-W,WD-1,WON,2026-03-01T00:00:00Z,', // at from → March
        'WD-2-W,WD-2,WON,2026-03-20T12:00:00.000999Z,',
        'WD-3-W,WD-3,WON,2026-04-01T00:30:00+01:00,', // = 03-31T23:30Z → March
        'WD-4-W,WD-4,WON,2026-04-01T00:00:00Z,', // at to → April
        'WD-5-W,WD-5,WON,2026-03-01T00:30:00+01:00,', // = 02-28T23:30Z → February
        'WD-6-L,WD-6,LOST,2026-03-01T00:00:00Z,', // at from → March
        'WD-7-S,WD-7,SUSPECT,2026-03-02T00:00:00Z,', // at created_at: allowed
        'WD-7-L,WD-7,LOST,2026-03-03T00:00:00Z,', // lost before OPPORTUNITY: still counts (§4.1.2)
        'WD-8-O,WD-8,OPPORTUNITY,2026-03-10T00:00:00Z,',
        'WD-8-L,WD-8,LOST,2026-04-01T00:00:00Z,', // at to → April
        'WD-9-W,WD-9,WON,2026-03-10T00:00:00Z,',
      ),
    },
    requests: [
      {
        filter: { ...MARCH_2026, kpis: KPIS },
        expected: [
          // won WD-1, WD-2, WD-3; lost WD-6, WD-7
          { kpi: 'WIN_RATE', businessModel: PF, value: 3 / 5, sampleSize: 5 },
          { kpi: 'WON_DEALS', businessModel: PF, value: 3, sampleSize: 3 },
          { kpi: 'WON_VOLUME', businessModel: PF, value: 3250.75 /* 1000.50 + 2000.00 + 250.25 */, sampleSize: 3 },
          { kpi: 'AVG_DEAL_SIZE', businessModel: PF, value: 3250.75 / 3, sampleSize: 3 },
          {
            kpi: 'SALES_CYCLE_DAYS',
            businessModel: PF,
            // WD-1: 01-10T08:00:00.25 → 03-01T00:00 = 50 d − 8 h 0.25 s = 4291199.75 s
            // WD-2: 02-15T00:00 → 03-20T12:00:00.000999 = 33 d 12 h 0.000999 s = 2894400.000999 s
            // WD-3: 03-05T00:00 → 03-31T23:30 = 26 d 23 h 30 min = 2331000 s
            value: (4291199.75 + 2894400.000999 + 2331000) / 3 / DAY,
            sampleSize: 3,
          },
          { kpi: 'WIN_RATE', businessModel: CL, value: 1, sampleSize: 1 }, // 1 / (1 + 0)
          { kpi: 'WON_DEALS', businessModel: CL, value: 1, sampleSize: 1 },
          { kpi: 'WON_VOLUME', businessModel: CL, value: 99.99, sampleSize: 1 },
          { kpi: 'AVG_DEAL_SIZE', businessModel: CL, value: 99.99, sampleSize: 1 },
          { kpi: 'SALES_CYCLE_DAYS', businessModel: CL, value: 9, sampleSize: 1 }, // 03-01 → 03-10
        ],
      },
      {
        filter: { from: '2026-04-01', to: '2026-05-01', kpis: KPIS, businessModels: [PF] },
        expected: [
          { kpi: 'WIN_RATE', businessModel: PF, value: 1 / 2, sampleSize: 2 }, // won WD-4, lost WD-8
          { kpi: 'WON_VOLUME', businessModel: PF, value: 500, sampleSize: 1 },
          { kpi: 'SALES_CYCLE_DAYS', businessModel: PF, value: 59, sampleSize: 1 }, // 02-01 → 04-01 = 28 + 31 d
        ],
      },
      {
        filter: { from: '2026-02-01', to: '2026-03-01', kpis: KPIS, businessModels: [PF] },
        expected: [
          { kpi: 'WIN_RATE', businessModel: PF, value: 1, sampleSize: 1 }, // won WD-5
          { kpi: 'WON_VOLUME', businessModel: PF, value: 700, sampleSize: 1 },
          // 02-01T00:00 → 02-28T23:30 = 27 d 23 h 30 min
          { kpi: 'SALES_CYCLE_DAYS', businessModel: PF, value: (27 * DAY + 84600) / DAY, sampleSize: 1 },
        ],
      },
    ],
  },
];
