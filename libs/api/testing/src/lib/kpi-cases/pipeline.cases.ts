import { CL, csv, DEALS_HEADER, EVENTS_HEADER, ORG_FILES, PF } from './fixtures';
import type { KpiCase } from './kpi-case';

const KPIS = ['PIPELINE_VALUE'];

// Open at 2026-04-01: PV-1 100.10 + PV-2 200.20 + PV-6 3200.00 + PV-7 6400.00 + PV-8 12.34.
const OPEN_AT_APRIL = [
  { kpi: 'PIPELINE_VALUE', businessModel: PF, value: 9912.64, sampleSize: 5 },
  { kpi: 'PIPELINE_VALUE', businessModel: CL, value: 50, sampleSize: 1 }, // PV-9
];

export const PIPELINE_CASES: KpiCase[] = [
  {
    name: 'PIPELINE_VALUE: deals created before `to` and not WON or LOST before `to`; `from` and asOf play no part (§4.1.6)',
    bundle: {
      ...ORG_FILES,
      'deals.csv': csv(
        DEALS_HEADER,
        'PV-1,PREMIUM_FINANCING,U-ANNA,C-1,2025-06-01T00:00:00Z,100.10', // long before from, no events: open
        'PV-2,PREMIUM_FINANCING,U-ANNA,C-2,2026-03-10T00:00:00Z,200.20',
        'PV-3,PREMIUM_FINANCING,U-ANNA,C-3,2026-03-10T00:00:00Z,400.40',
        'PV-4,PREMIUM_FINANCING,U-ANNA,C-4,2026-04-01T00:00:00Z,800.80', // created at to: not yet a deal
        'PV-5,PREMIUM_FINANCING,U-ANNA,C-5,2026-01-10T00:00:00Z,1600.00',
        'PV-6,PREMIUM_FINANCING,U-ANNA,C-6,2026-02-01T00:00:00Z,3200.00',
        'PV-7,PREMIUM_FINANCING,U-ANNA,C-7,2026-02-01T00:00:00Z,6400.00',
        'PV-8,PREMIUM_FINANCING,U-ANNA,C-8,2026-04-01T00:30:00+01:00,12.34', // = 03-31T23:30Z
        'PV-9,CONSUMER_LOANS,U-ANNA,C-9,2026-03-05T00:00:00Z,50.00',
      ),
      'stage_events.csv': csv(
        EVENTS_HEADER,
        'PV-2-O,PV-2,OPPORTUNITY,2026-03-15T00:00:00Z,',
        'PV-2-W,PV-2,WON,2026-04-01T00:00:00Z,', // won at to, not before it: open at to
        'PV-3-L,PV-3,LOST,2026-03-31T23:59:59.999999Z,', // lost 1 µs before to: closed
        'PV-5-W,PV-5,WON,2026-02-01T00:00:00Z,', // closed
        'PV-6-O,PV-6,OPPORTUNITY,2026-03-01T00:00:00Z,', // open
        'PV-7-L,PV-7,LOST,2026-04-02T00:00:00Z,', // lost after to: open at to
      ),
    },
    requests: [
      {
        filter: { from: '2026-03-01', to: '2026-04-01', asOf: '2026-04-15T00:00:00Z', kpis: KPIS },
        expected: OPEN_AT_APRIL,
      },
      // Same `to`, another `from` and an asOf before most deals: same answer.
      {
        filter: { from: '2026-03-31', to: '2026-04-01', asOf: '2026-01-01T00:00:00Z', kpis: KPIS },
        expected: OPEN_AT_APRIL,
      },
      // The longest period allowed (5 years): same answer.
      { filter: { from: '2021-04-01', to: '2026-04-01', kpis: KPIS }, expected: OPEN_AT_APRIL },
      {
        filter: { from: '2026-04-01', to: '2026-05-01', kpis: KPIS },
        expected: [
          // Open at 2026-05-01: PV-1 100.10 + PV-4 800.80 + PV-6 3200.00 + PV-8 12.34 (PV-2 won, PV-7 lost in April)
          { kpi: 'PIPELINE_VALUE', businessModel: PF, value: 4113.24, sampleSize: 4 },
          { kpi: 'PIPELINE_VALUE', businessModel: CL, value: 50, sampleSize: 1 },
        ],
      },
    ],
  },
];
