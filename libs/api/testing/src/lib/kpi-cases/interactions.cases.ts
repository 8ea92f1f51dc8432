import { CL, csv, DEALS_HEADER, INTERACTIONS_HEADER, MARCH_2026, ORG_FILES, PF } from './fixtures';
import type { KpiCase } from './kpi-case';

const KPIS = ['FIRST_RESPONSE_HOURS', 'ACTIVITIES'];

export const INTERACTION_CASES: KpiCase[] = [
  {
    name: 'FIRST_RESPONSE_HOURS as percentile_cont median (even count interpolates) and ACTIVITIES; interactions at `from` count, at `to` not',
    bundle: {
      ...ORG_FILES,
      'deals.csv': csv(
        DEALS_HEADER,
        'IA-D1,PREMIUM_FINANCING,U-DORA,C-1,2026-01-01T00:00:00Z,100.00',
        'IA-D2,CONSUMER_LOANS,U-DORA,C-2,2026-01-01T00:00:00Z,100.00',
      ),
      'interactions.csv': csv(
        INTERACTIONS_HEADER,
        'IA-I1,IA-D1,U-DORA,EMAIL,INBOUND,2026-03-01T00:00:00Z,30', // at from
        'IA-I2,IA-D1,U-DORA,PHONE,INBOUND,2026-03-02T00:00:00Z,90',
        'IA-I3,IA-D1,U-DORA,WEB,INBOUND,2026-03-03T00:00:00Z,45',
        'IA-I4,IA-D1,U-DORA,APP,INBOUND,2026-03-04T00:00:00Z,600',
        'IA-I5,IA-D1,U-DORA,EMAIL,INBOUND,2026-03-05T00:00:00Z,', // no response time: left out
        'IA-I6,IA-D1,U-DORA,EMAIL,INBOUND,2026-04-01T00:00:00Z,1', // at to → April
        'IA-I7,IA-D1,U-DORA,EMAIL,INBOUND,2026-03-01T00:30:00+01:00,5', // = 02-28T23:30Z → February
        'IA-O1,IA-D1,U-DORA,PHONE,OUTBOUND,2026-03-01T00:00:00Z,', // at from
        'IA-O2,IA-D1,U-DORA,MEETING,OUTBOUND,2026-03-10T00:00:00Z,',
        'IA-O3,IA-D1,U-DORA,EMAIL,OUTBOUND,2026-03-31T23:59:59.999999Z,',
        'IA-O4,IA-D1,U-DORA,EMAIL,OUTBOUND,2026-04-01T00:00:00Z,', // at to → April
        'IA-O5,IA-D1,U-DORA,SOCIAL,OUTBOUND,2026-04-01T00:30:00+01:00,', // = 03-31T23:30Z → March
        'IA-O6,IA-D1,U-DORA,PHONE,OUTBOUND,2026-03-15T00:00:00Z,10', // an activity; OUTBOUND: not in the median
        'IA-I8,IA-D2,U-DORA,PHONE,INBOUND,2026-03-20T00:00:00Z,75',
      ),
    },
    requests: [
      {
        filter: { ...MARCH_2026, kpis: KPIS },
        expected: [
          // 30, 45, 90, 600 min → (45 + 90) / 2 = 67.5 min
          { kpi: 'FIRST_RESPONSE_HOURS', businessModel: PF, value: 67.5 / 60, sampleSize: 4 },
          { kpi: 'ACTIVITIES', businessModel: PF, value: 5, sampleSize: 5 }, // O1, O2, O3, O5, O6
          { kpi: 'FIRST_RESPONSE_HOURS', businessModel: CL, value: 75 / 60, sampleSize: 1 },
          { kpi: 'ACTIVITIES', businessModel: CL, value: 0, sampleSize: 0 },
        ],
      },
      {
        filter: { from: '2026-03-02', to: '2026-04-01', kpis: KPIS, businessModels: [PF] },
        expected: [
          // 45, 90, 600 min → 90 min
          { kpi: 'FIRST_RESPONSE_HOURS', businessModel: PF, value: 90 / 60, sampleSize: 3 },
          { kpi: 'ACTIVITIES', businessModel: PF, value: 4, sampleSize: 4 }, // O2, O3, O5, O6
        ],
      },
      {
        filter: { from: '2026-02-01', to: '2026-03-01', kpis: KPIS, businessModels: [PF] },
        expected: [
          { kpi: 'FIRST_RESPONSE_HOURS', businessModel: PF, value: 5 / 60, sampleSize: 1 }, // I7
          { kpi: 'ACTIVITIES', businessModel: PF, value: 0, sampleSize: 0 },
        ],
      },
    ],
  },
];
