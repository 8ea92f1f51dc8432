import { csv, DEALS_HEADER, FEEDBACK_HEADER, MARCH_2026, ORG_FILES, PF } from './fixtures';
import type { KpiCase } from './kpi-case';

const KPIS = ['NEGATIVE_MOMENT_RATE', 'RECOVERY_RATE'];

// Negative feedback in March: RF-N1 … RF-N7 (RF-N8 lies at `to`).
const NEGATIVES = 7;

export const RECOVERY_CASES: KpiCase[] = [
  {
    name: 'RECOVERY_RATE: same deal, csat >= 4, within 14 days (exactly 14 d counts, 14 d + 1 s and the same instant do not), by asOf (§4.1.4)',
    bundle: {
      ...ORG_FILES,
      'deals.csv': csv(
        DEALS_HEADER,
        'RR-1,PREMIUM_FINANCING,U-CARL,C-1,2026-02-01T00:00:00Z,100.00',
        'RR-2,PREMIUM_FINANCING,U-CARL,C-2,2026-02-01T00:00:00Z,100.00',
        'RR-3,PREMIUM_FINANCING,U-CARL,C-3,2026-02-01T00:00:00Z,100.00',
        'RR-4,PREMIUM_FINANCING,U-CARL,C-4,2026-02-01T00:00:00Z,100.00',
        'RR-5,PREMIUM_FINANCING,U-CARL,C-5,2026-02-01T00:00:00Z,100.00',
        'RR-6,PREMIUM_FINANCING,U-CARL,C-6,2026-02-01T00:00:00Z,100.00',
        'RR-7,PREMIUM_FINANCING,U-CARL,C-7,2026-02-01T00:00:00Z,100.00',
      ),
      'feedback.csv': csv(
        FEEDBACK_HEADER,
        'RF-N1,RR-1,OPPORTUNITY,PHONE,2026-03-01T00:00:00Z,1,,',
        'RF-G1,RR-1,OPPORTUNITY,PHONE,2026-03-15T01:00:00+01:00,4,,', // = 03-15T00:00Z: exactly 14 d → recovers N1
        'RF-N2,RR-2,OPPORTUNITY,PHONE,2026-03-02T00:00:00Z,2,,',
        'RF-G2,RR-2,OPPORTUNITY,PHONE,2026-03-16T00:00:01Z,5,,', // 14 d + 1 s → too late
        'RF-N3,RR-3,OPPORTUNITY,PHONE,2026-03-03T12:00:00Z,1,,',
        'RF-G3,RR-3,OPPORTUNITY,EMAIL,2026-03-03T12:00:00Z,5,,', // the same instant → does not count
        'RF-N4,RR-4,OPPORTUNITY,PHONE,2026-03-25T00:00:00Z,2,,',
        'RF-G4,RR-4,OPPORTUNITY,PHONE,2026-04-05T00:00:00Z,4,,', // after to, within 14 d → recovers N4 by asOf
        'RF-N5,RR-5,OPPORTUNITY,PHONE,2026-03-26T00:00:00Z,1,,',
        'RF-G5,RR-1,OPPORTUNITY,PHONE,2026-03-27T00:00:00Z,5,,', // another deal → N5 stays unrecovered
        'RF-N6,RR-6,OPPORTUNITY,PHONE,2026-03-28T00:00:00Z,2,,',
        'RF-G6,RR-6,OPPORTUNITY,PHONE,2026-04-10T00:00:00Z,4,,', // recovers N6 once asOf >= 04-10
        'RF-B7,RR-7,OPPORTUNITY,PHONE,2026-03-28T00:00:00Z,5,,', // before N7: does not count
        'RF-N7,RR-7,OPPORTUNITY,PHONE,2026-03-29T00:00:00Z,1,,',
        'RF-G7,RR-7,OPPORTUNITY,PHONE,2026-03-30T00:00:00Z,3,,', // csat 3 < 4
        'RF-N8,RR-1,OPPORTUNITY,PHONE,2026-04-01T00:00:00Z,1,,', // at to → not in March
      ),
    },
    requests: [
      {
        filter: { ...MARCH_2026, asOf: '2026-06-01T00:00:00Z', kpis: KPIS },
        expected: [
          // March: 13 rows (N1–N7, G1–G3, G5, B7, G7), 7 of them negative
          { kpi: 'NEGATIVE_MOMENT_RATE', businessModel: PF, value: 7 / 13, sampleSize: 13 },
          { kpi: 'RECOVERY_RATE', businessModel: PF, value: 3 / 7, sampleSize: NEGATIVES }, // N1, N4, N6
        ],
      },
      {
        filter: { ...MARCH_2026, asOf: '2026-04-10T00:00:00Z', kpis: KPIS, businessModels: [PF] },
        // G6 exactly at asOf counts: N1, N4, N6
        expected: [{ kpi: 'RECOVERY_RATE', businessModel: PF, value: 3 / 7, sampleSize: NEGATIVES }],
      },
      {
        filter: { ...MARCH_2026, asOf: '2026-04-09T23:59:59Z', kpis: KPIS, businessModels: [PF] },
        expected: [{ kpi: 'RECOVERY_RATE', businessModel: PF, value: 2 / 7, sampleSize: NEGATIVES }], // N1, N4
      },
      {
        filter: { ...MARCH_2026, asOf: '2026-04-04T23:59:59Z', kpis: KPIS, businessModels: [PF] },
        expected: [{ kpi: 'RECOVERY_RATE', businessModel: PF, value: 1 / 7, sampleSize: NEGATIVES }], // N1
      },
    ],
  },
];
