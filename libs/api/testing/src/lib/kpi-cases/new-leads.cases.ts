import { CL, csv, DEALS_HEADER, MARCH_2026, ORG_FILES, PF } from './fixtures';
import type { KpiCase } from './kpi-case';

export const NEW_LEADS_CASES: KpiCase[] = [
  {
    name: 'NEW_LEADS: created_at exactly at `from` counts, exactly at `to` does not; offsets move deals across months',
    bundle: {
      ...ORG_FILES,
      'deals.csv': csv(
        DEALS_HEADER,
        'NL-1,PREMIUM_FINANCING,U-ANNA,C-1,2026-03-01T00:00:00Z,100.00', // at from → March
        'NL-2,PREMIUM_FINANCING,U-ANNA,C-2,2026-04-01T00:00:00Z,100.00', // at to → April
        'NL-3,PREMIUM_FINANCING,U-ANNA,C-3,2026-03-01T00:30:00+01:00,100.00', // = 02-28T23:30Z → February
        'NL-4,PREMIUM_FINANCING,U-ANNA,C-4,2026-04-01T00:30:00+01:00,100.00', // = 03-31T23:30Z → March
        'NL-5,PREMIUM_FINANCING,U-ANNA,C-5,2026-03-31T23:59:59.999999Z,100.00', // 1 µs before to → March
        'NL-6,PREMIUM_FINANCING,U-ANNA,C-6,2026-02-28T20:00:00-05:00,100.00', // = 03-01T01:00Z → March
        'NL-7,CONSUMER_LOANS,U-ANNA,C-7,2026-03-15T12:00:00Z,100.00',
      ),
    },
    requests: [
      {
        filter: { ...MARCH_2026, kpis: ['NEW_LEADS'] },
        expected: [
          { kpi: 'NEW_LEADS', businessModel: PF, value: 4, sampleSize: 4 }, // NL-1, NL-4, NL-5, NL-6
          { kpi: 'NEW_LEADS', businessModel: CL, value: 1, sampleSize: 1 }, // NL-7
        ],
      },
      {
        filter: { from: '2026-02-01', to: '2026-03-01', kpis: ['NEW_LEADS'] },
        expected: [
          { kpi: 'NEW_LEADS', businessModel: PF, value: 1, sampleSize: 1 }, // NL-3
          { kpi: 'NEW_LEADS', businessModel: CL, value: 0, sampleSize: 0 },
        ],
      },
      {
        filter: { from: '2026-04-01', to: '2026-05-01', kpis: ['NEW_LEADS'] },
        expected: [{ kpi: 'NEW_LEADS', businessModel: PF, value: 1, sampleSize: 1 }], // NL-2
      },
    ],
  },
];
