import { csv, DEALS_HEADER, EVENTS_HEADER, MARCH_2026, ORG_FILES, PF } from './fixtures';
import type { KpiCase } from './kpi-case';

const KPIS = ['NEW_LEADS', 'LEAD_CONVERSION_RATE'];

export const LEAD_CONVERSION_CASES: KpiCase[] = [
  {
    name: 'LEAD_CONVERSION_RATE: deals created in P that reach OPPORTUNITY by asOf, also after `to` (§4.1.3)',
    bundle: {
      ...ORG_FILES,
      'deals.csv': csv(
        DEALS_HEADER,
        'LC-1,PREMIUM_FINANCING,U-ANNA,C-1,2026-03-02T09:00:00Z,100.00',
        'LC-2,PREMIUM_FINANCING,U-ANNA,C-2,2026-03-05T00:00:00Z,100.00',
        'LC-3,PREMIUM_FINANCING,U-ANNA,C-3,2026-03-06T00:00:00Z,100.00',
        'LC-4,PREMIUM_FINANCING,U-ANNA,C-4,2026-03-07T00:00:00Z,100.00',
        'LC-5,PREMIUM_FINANCING,U-ANNA,C-5,2026-03-08T00:00:00Z,100.00',
        'LC-6,PREMIUM_FINANCING,U-ANNA,C-6,2026-02-20T00:00:00Z,100.00', // created before P: not in the cohort
        'LC-7,PREMIUM_FINANCING,U-ANNA,C-7,2026-03-09T00:00:00Z,100.00',
      ),
      'stage_events.csv': csv(
        EVENTS_HEADER,
        'LC-1-P,LC-1,PROSPECT,2026-03-03T00:00:00Z,',
        'LC-1-O,LC-1,OPPORTUNITY,2026-03-10T09:00:00Z,', // in P
        'LC-2-O,LC-2,OPPORTUNITY,2026-04-10T00:00:00Z,', // after to, before asOf
        'LC-3-O,LC-3,OPPORTUNITY,2026-04-20T00:00:00Z,', // after asOf
        'LC-4-P,LC-4,PROSPECT,2026-03-08T00:00:00Z,', // never an opportunity
        'LC-5-O,LC-5,OPPORTUNITY,2026-04-15T00:00:00Z,', // exactly at asOf
        'LC-6-O,LC-6,OPPORTUNITY,2026-03-03T00:00:00Z,', // not in the cohort
        'LC-7-L,LC-7,LOST,2026-03-20T00:00:00Z,', // lost lead: in the cohort, not converted
      ),
    },
    requests: [
      {
        // asOf with an offset: 2026-04-15T02:00+02:00 = 2026-04-15T00:00Z.
        filter: { ...MARCH_2026, asOf: '2026-04-15T02:00:00+02:00', kpis: KPIS, businessModels: [PF] },
        expected: [
          { kpi: 'NEW_LEADS', businessModel: PF, value: 6, sampleSize: 6 }, // LC-1..5, LC-7
          // LC-1, LC-2, LC-5 of 6
          { kpi: 'LEAD_CONVERSION_RATE', businessModel: PF, value: 3 / 6, sampleSize: 6 },
        ],
      },
      {
        filter: { ...MARCH_2026, asOf: '2026-04-14T23:59:59.999999Z', kpis: KPIS, businessModels: [PF] },
        // LC-1, LC-2 of 6 (LC-5 one µs too late)
        expected: [{ kpi: 'LEAD_CONVERSION_RATE', businessModel: PF, value: 2 / 6, sampleSize: 6 }],
      },
      {
        filter: { ...MARCH_2026, asOf: '2026-03-31T00:00:00Z', kpis: KPIS, businessModels: [PF] },
        // LC-1 of 6
        expected: [{ kpi: 'LEAD_CONVERSION_RATE', businessModel: PF, value: 1 / 6, sampleSize: 6 }],
      },
      {
        // Default asOf = now (after every event of the bundle): LC-1, LC-2, LC-3, LC-5 of 6.
        filter: { ...MARCH_2026, kpis: KPIS, businessModels: [PF] },
        expected: [{ kpi: 'LEAD_CONVERSION_RATE', businessModel: PF, value: 4 / 6, sampleSize: 6 }],
      },
    ],
  },
];
