import { CL, csv, DEALS_HEADER, EVENTS_HEADER, ORG_FILES, PF, TARGETS_HEADER } from './fixtures';
import type { KpiCase, KpiCaseFilter } from './kpi-case';

const KPIS = ['NEW_LEADS', 'WIN_RATE', 'WON_VOLUME', 'QUOTA_ATTAINMENT'];

/** P = 2026-03-01 … 2026-03-10: 10 days of the 31-day March. */
function firstTenDaysOfMarch(scope: KpiCaseFilter['scope']): KpiCaseFilter {
  return { from: '2026-03-01', to: '2026-03-11', kpis: KPIS, businessModels: [PF], scope };
}

// Prorated WON_VOLUME targets for the first ten days of March (PF), by hand:
const ANNA = 1000; // TG-1 700 × 7/7 + TG-2 2400 × 3/24 = 700 + 300
const BEN = 2000; // TG-3 6200 × 10/31; TG-4 ends at `from` (no overlap)
const CARL = 1000; // TG-6 3100 × 10/31
const EVA = 10000; // TG-11 31000 × 10/31
const HAMBURG = 3000; // TG-5 does not overlap → Anna + Ben
const BERLIN = 500; // TG-7 1500 × 5/15 (03-06 … 03-10), replaces Carl’s target for all of P
const NORTH = 3500; // Hamburg + Berlin; Munich (Dora) has none, so South is null
const COMPANY = 3500; // North + (South: null); Eva has no team, so no region counts her

export const TARGET_CASES: KpiCase[] = [
  {
    name: 'Targets: proration, REP rows, TEAM row replacing its reps vs fallback to the reps’ sum, region and company sums, null without rows; QUOTA_ATTAINMENT',
    bundle: {
      ...ORG_FILES,
      'deals.csv': csv(
        DEALS_HEADER,
        'TD-A,PREMIUM_FINANCING,U-ANNA,C-1,2026-02-01T00:00:00Z,750.00',
        'TD-A2,PREMIUM_FINANCING,U-ANNA,C-2,2026-03-03T00:00:00Z,20.00',
        'TD-B,PREMIUM_FINANCING,U-BEN,C-3,2026-03-02T00:00:00Z,10.00',
        'TD-C,PREMIUM_FINANCING,U-CARL,C-4,2026-02-01T00:00:00Z,1000.00',
        'TD-D,PREMIUM_FINANCING,U-DORA,C-5,2026-02-01T00:00:00Z,200.00',
        'TD-D2,CONSUMER_LOANS,U-DORA,C-6,2026-02-01T00:00:00Z,300.00',
        'TD-E,PREMIUM_FINANCING,U-EVA,C-7,2026-02-01T00:00:00Z,5000.00',
      ),
      'stage_events.csv': csv(
        EVENTS_HEADER,
        'TD-A-W,TD-A,WON,2026-03-05T00:00:00Z,',
        'TD-C-W,TD-C,WON,2026-03-09T00:00:00Z,',
        'TD-D-W,TD-D,WON,2026-03-02T00:00:00Z,',
        'TD-D2-W,TD-D2,WON,2026-03-03T00:00:00Z,',
        'TD-E-W,TD-E,WON,2026-03-04T00:00:00Z,',
      ),
      'targets.csv': csv(
        TARGETS_HEADER,
        'TG-1,REP,U-ANNA,PREMIUM_FINANCING,WON_VOLUME,2026-03-01,2026-03-08,700',
        'TG-2,REP,U-ANNA,PREMIUM_FINANCING,WON_VOLUME,2026-03-08,2026-04-01,2400',
        'TG-3,REP,U-BEN,PREMIUM_FINANCING,WON_VOLUME,2026-03-01,2026-04-01,6200',
        'TG-4,REP,U-BEN,PREMIUM_FINANCING,WON_VOLUME,2026-02-01,2026-03-01,999',
        'TG-5,TEAM,T-HAM,PREMIUM_FINANCING,WON_VOLUME,2026-02-01,2026-03-01,5000',
        'TG-6,REP,U-CARL,PREMIUM_FINANCING,WON_VOLUME,2026-03-01,2026-04-01,3100',
        'TG-7,TEAM,T-BER,PREMIUM_FINANCING,WON_VOLUME,2026-03-06,2026-03-21,1500',
        'TG-8,REP,U-DORA,CONSUMER_LOANS,WON_VOLUME,2026-03-01,2026-04-01,0',
        'TG-9,TEAM,T-HAM,PREMIUM_FINANCING,NEW_LEADS,2026-03-01,2026-04-01,31',
        'TG-10,REP,U-ANNA,PREMIUM_FINANCING,WON_VOLUME,2026-04-01,2026-07-01,9000',
        'TG-11,REP,U-EVA,PREMIUM_FINANCING,WON_VOLUME,2026-03-01,2026-04-01,31000',
      ),
    },
    requests: [
      {
        filter: firstTenDaysOfMarch({ type: 'REP', id: 'U-ANNA' }),
        expected: [
          { kpi: 'WON_VOLUME', businessModel: PF, value: 750, sampleSize: 1, target: ANNA },
          { kpi: 'QUOTA_ATTAINMENT', businessModel: PF, value: 750 / ANNA, sampleSize: 1 },
          { kpi: 'NEW_LEADS', businessModel: PF, value: 1, sampleSize: 1, target: null }, // TD-A2; NEW_LEADS rows only for the team
          { kpi: 'WIN_RATE', businessModel: PF, value: 1, sampleSize: 1, target: null }, // no WIN_RATE rows at all
        ],
      },
      {
        filter: firstTenDaysOfMarch({ type: 'REP', id: 'U-BEN' }),
        expected: [
          { kpi: 'WON_VOLUME', businessModel: PF, value: 0, sampleSize: 0, target: BEN },
          { kpi: 'QUOTA_ATTAINMENT', businessModel: PF, value: 0, sampleSize: 0 }, // nothing won, target > 0
        ],
      },
      {
        filter: firstTenDaysOfMarch({ type: 'REP', id: 'U-CARL' }),
        expected: [
          { kpi: 'WON_VOLUME', businessModel: PF, value: 1000, sampleSize: 1, target: CARL }, // his own REP rows
          { kpi: 'QUOTA_ATTAINMENT', businessModel: PF, value: 1, sampleSize: 1 },
        ],
      },
      {
        filter: firstTenDaysOfMarch({ type: 'REP', id: 'U-DORA' }),
        expected: [
          { kpi: 'WON_VOLUME', businessModel: PF, value: 200, sampleSize: 1, target: null },
          { kpi: 'QUOTA_ATTAINMENT', businessModel: PF, value: null, sampleSize: 1 }, // no target
        ],
      },
      {
        filter: firstTenDaysOfMarch({ type: 'REP', id: 'U-EVA' }),
        expected: [
          { kpi: 'WON_VOLUME', businessModel: PF, value: 5000, sampleSize: 1, target: EVA },
          { kpi: 'QUOTA_ATTAINMENT', businessModel: PF, value: 5000 / EVA, sampleSize: 1 },
        ],
      },
      {
        filter: firstTenDaysOfMarch({ type: 'TEAM', id: 'T-HAM' }),
        expected: [
          { kpi: 'WON_VOLUME', businessModel: PF, value: 750, sampleSize: 1, target: HAMBURG },
          { kpi: 'QUOTA_ATTAINMENT', businessModel: PF, value: 750 / HAMBURG, sampleSize: 1 },
          { kpi: 'NEW_LEADS', businessModel: PF, value: 2, sampleSize: 2, target: (31 * 10) / 31 }, // TD-A2, TD-B; TG-9
        ],
      },
      {
        filter: firstTenDaysOfMarch({ type: 'TEAM', id: 'T-BER' }),
        expected: [
          { kpi: 'WON_VOLUME', businessModel: PF, value: 1000, sampleSize: 1, target: BERLIN },
          { kpi: 'QUOTA_ATTAINMENT', businessModel: PF, value: 1000 / BERLIN, sampleSize: 1 },
          { kpi: 'NEW_LEADS', businessModel: PF, value: 0, sampleSize: 0, target: null },
        ],
      },
      {
        filter: firstTenDaysOfMarch({ type: 'TEAM', id: 'T-MUC' }),
        expected: [
          { kpi: 'WON_VOLUME', businessModel: PF, value: 200, sampleSize: 1, target: null },
          { kpi: 'QUOTA_ATTAINMENT', businessModel: PF, value: null, sampleSize: 1 },
        ],
      },
      {
        filter: firstTenDaysOfMarch({ type: 'REGION', id: 'R-NORTH' }),
        expected: [
          { kpi: 'WON_VOLUME', businessModel: PF, value: 1750, sampleSize: 2, target: NORTH }, // 750 + 1000
          { kpi: 'QUOTA_ATTAINMENT', businessModel: PF, value: 1750 / NORTH, sampleSize: 2 },
          { kpi: 'NEW_LEADS', businessModel: PF, value: 2, sampleSize: 2, target: 10 }, // Hamburg 10 + Berlin null
        ],
      },
      {
        filter: firstTenDaysOfMarch({ type: 'REGION', id: 'R-SOUTH' }),
        expected: [
          { kpi: 'WON_VOLUME', businessModel: PF, value: 200, sampleSize: 1, target: null },
          { kpi: 'QUOTA_ATTAINMENT', businessModel: PF, value: null, sampleSize: 1 },
          { kpi: 'NEW_LEADS', businessModel: PF, value: 0, sampleSize: 0, target: null },
        ],
      },
      {
        filter: firstTenDaysOfMarch({ type: 'COMPANY' }),
        expected: [
          // 750 + 1000 + 200 + 5000 (Eva’s deal counts for the company, her target does not)
          { kpi: 'WON_VOLUME', businessModel: PF, value: 6950, sampleSize: 4, target: COMPANY },
          { kpi: 'QUOTA_ATTAINMENT', businessModel: PF, value: 6950 / COMPANY, sampleSize: 4 },
          { kpi: 'NEW_LEADS', businessModel: PF, value: 2, sampleSize: 2, target: 10 },
          { kpi: 'WIN_RATE', businessModel: PF, value: 1, sampleSize: 4, target: null },
        ],
      },
      {
        // A target of 0 is a target (not null), but QUOTA_ATTAINMENT is null (§4.1.1).
        filter: {
          from: '2026-03-01',
          to: '2026-03-11',
          kpis: KPIS,
          businessModels: [CL],
          scope: { type: 'TEAM', id: 'T-MUC' },
        },
        expected: [
          { kpi: 'WON_VOLUME', businessModel: CL, value: 300, sampleSize: 1, target: 0 }, // Dora’s TG-8: 0 × 10/31
          { kpi: 'QUOTA_ATTAINMENT', businessModel: CL, value: null, sampleSize: 1 },
        ],
      },
      {
        // All of March: Anna 700 + 2400, Ben 6200, Berlin 1500 → North = company = 10800.
        filter: { from: '2026-03-01', to: '2026-04-01', kpis: KPIS, businessModels: [PF] },
        expected: [
          { kpi: 'WON_VOLUME', businessModel: PF, value: 6950, sampleSize: 4, target: 10800 },
          { kpi: 'QUOTA_ATTAINMENT', businessModel: PF, value: 6950 / 10800, sampleSize: 4 },
          { kpi: 'NEW_LEADS', businessModel: PF, value: 2, sampleSize: 2, target: 31 },
        ],
      },
      {
        // May: only Anna’s Q2 row TG-10 overlaps (31 of its 30 + 31 + 30 = 91 days).
        filter: { from: '2026-05-01', to: '2026-06-01', kpis: KPIS, businessModels: [PF] },
        expected: [
          { kpi: 'WON_VOLUME', businessModel: PF, value: 0, sampleSize: 0, target: (9000 * 31) / 91 },
          { kpi: 'QUOTA_ATTAINMENT', businessModel: PF, value: 0, sampleSize: 0 },
        ],
      },
      {
        filter: {
          from: '2026-05-01',
          to: '2026-06-01',
          kpis: KPIS,
          businessModels: [PF],
          scope: { type: 'REP', id: 'U-BEN' },
        },
        expected: [
          { kpi: 'WON_VOLUME', businessModel: PF, value: 0, sampleSize: 0, target: null }, // no row overlaps May
          { kpi: 'QUOTA_ATTAINMENT', businessModel: PF, value: null, sampleSize: 0 },
        ],
      },
      {
        filter: {
          from: '2026-05-01',
          to: '2026-06-01',
          kpis: KPIS,
          businessModels: [PF],
          scope: { type: 'TEAM', id: 'T-BER' },
        },
        expected: [
          { kpi: 'WON_VOLUME', businessModel: PF, value: 0, sampleSize: 0, target: null }, // TG-7 ended 03-21, Carl none in May
        ],
      },
    ],
  },
];
