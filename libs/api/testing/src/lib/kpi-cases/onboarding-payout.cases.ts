import { CL, csv, DAY, DEALS_HEADER, EVENTS_HEADER, MARCH_2026, ORG_FILES, PF } from './fixtures';
import type { KpiCase } from './kpi-case';

const KPIS = ['ONBOARDING_DAYS', 'PAYOUT_FIRST_TIME_RIGHT', 'DEFAULT_RATE'];

// PAID_OUT in March (PF): OP-1 true, OP-2 empty, OP-3 false, OP-5 true (at from), OP-7 true.
const PAYOUTS_IN_MARCH = 5;

export const ONBOARDING_PAYOUT_CASES: KpiCase[] = [
  {
    name: 'ONBOARDING_DAYS (no WON → left out), PAYOUT_FIRST_TIME_RIGHT (empty info_complete), DEFAULT_RATE by asOf',
    bundle: {
      ...ORG_FILES,
      'deals.csv': csv(
        DEALS_HEADER,
        'OP-1,PREMIUM_FINANCING,U-BEN,C-1,2026-01-05T00:00:00Z,1000.00',
        'OP-2,PREMIUM_FINANCING,U-BEN,C-2,2026-02-01T00:00:00Z,1000.00',
        'OP-3,PREMIUM_FINANCING,U-BEN,C-3,2026-02-01T00:00:00Z,1000.00',
        'OP-4,PREMIUM_FINANCING,U-BEN,C-4,2026-02-01T00:00:00Z,1000.00',
        'OP-5,PREMIUM_FINANCING,U-BEN,C-5,2026-01-01T00:00:00Z,1000.00',
        'OP-6,PREMIUM_FINANCING,U-BEN,C-6,2026-01-01T00:00:00Z,1000.00',
        'OP-7,PREMIUM_FINANCING,U-BEN,C-7,2026-01-01T00:00:00Z,1000.00',
        'OP-8,CONSUMER_LOANS,U-BEN,C-8,2026-02-01T00:00:00Z,1000.00',
      ),
      'stage_events.csv': csv(
        EVENTS_HEADER,
        'OP-1-O,OP-1,OPPORTUNITY,2026-01-20T00:00:00Z,',
        'OP-1-W,OP-1,WON,2026-02-26T10:00:00Z,',
        'OP-1-B,OP-1,ONBOARDED,2026-03-01T00:00:00Z,', // at from → March
        'OP-1-P,OP-1,PAID_OUT,2026-03-05T00:00:00Z,true',
        'OP-1-D,OP-1,DEFAULTED,2026-05-01T00:00:00Z,', // after to, before asOf
        'OP-2-W,OP-2,WON,2026-03-02T10:00:00Z,',
        'OP-2-B,OP-2,ONBOARDED,2026-03-04T11:00:00.000999+00:00,',
        'OP-2-P,OP-2,PAID_OUT,2026-03-10T00:00:00Z,', // empty info_complete
        'OP-2-D,OP-2,DEFAULTED,2026-07-01T00:00:00Z,', // after asOf
        'OP-3-B,OP-3,ONBOARDED,2026-03-15T00:00:00Z,', // no WON event (§4.1.7)
        'OP-3-P,OP-3,PAID_OUT,2026-03-31T23:59:59Z,false',
        'OP-4-W,OP-4,WON,2026-03-20T00:00:00Z,',
        'OP-4-B,OP-4,ONBOARDED,2026-04-01T00:00:00Z,', // at to → April
        'OP-4-P,OP-4,PAID_OUT,2026-04-02T00:00:00Z,true',
        'OP-5-W,OP-5,WON,2026-02-01T00:00:00Z,',
        'OP-5-B,OP-5,ONBOARDED,2026-02-15T00:00:00Z,',
        'OP-5-P,OP-5,PAID_OUT,2026-03-01T00:00:00Z,true', // at from → March
        'OP-5-D,OP-5,DEFAULTED,2026-06-30T00:00:00Z,', // exactly at the first asOf
        'OP-6-W,OP-6,WON,2026-02-01T00:00:00Z,',
        'OP-6-B,OP-6,ONBOARDED,2026-02-10T00:00:00Z,',
        'OP-6-P,OP-6,PAID_OUT,2026-03-01T00:30:00+01:00,true', // = 02-28T23:30Z → February
        'OP-6-D,OP-6,DEFAULTED,2026-03-05T00:00:00Z,', // in March, but the payout is not
        'OP-7-W,OP-7,WON,2026-02-01T00:00:00Z,',
        'OP-7-B,OP-7,ONBOARDED,2026-02-20T00:00:00Z,',
        'OP-7-P,OP-7,PAID_OUT,2026-03-03T00:00:00Z,true',
        'OP-7-D,OP-7,DEFAULTED,2026-03-20T00:00:00Z,',
        'OP-8-W,OP-8,WON,2026-02-10T00:00:00Z,',
        'OP-8-B,OP-8,ONBOARDED,2026-03-10T01:00:00+01:00,', // = 03-10T00:00Z
        'OP-8-P,OP-8,PAID_OUT,2026-03-11T00:00:00Z,false',
      ),
    },
    requests: [
      {
        filter: { ...MARCH_2026, asOf: '2026-06-30T00:00:00Z', kpis: KPIS },
        expected: [
          {
            kpi: 'ONBOARDING_DAYS',
            businessModel: PF,
            // OP-1: 02-26T10:00 → 03-01T00:00 = 2 d 14 h = 223200 s
            // OP-2: 03-02T10:00 → 03-04T11:00:00.000999 = 2 d 1 h 0.000999 s = 176400.000999 s
            // OP-3 (no WON) left out, OP-4 onboarded at to
            value: (223200 + 176400.000999) / 2 / DAY,
            sampleSize: 2,
          },
          // OP-1, OP-5, OP-7 true; OP-2 empty and OP-3 false only in the denominator
          { kpi: 'PAYOUT_FIRST_TIME_RIGHT', businessModel: PF, value: 3 / 5, sampleSize: PAYOUTS_IN_MARCH },
          // OP-1 (05-01), OP-5 (at asOf), OP-7 (03-20) defaulted by asOf; OP-2 (07-01) not yet
          { kpi: 'DEFAULT_RATE', businessModel: PF, value: 3 / 5, sampleSize: PAYOUTS_IN_MARCH },
          { kpi: 'ONBOARDING_DAYS', businessModel: CL, value: 28, sampleSize: 1 }, // 02-10 → 03-10
          { kpi: 'PAYOUT_FIRST_TIME_RIGHT', businessModel: CL, value: 0, sampleSize: 1 },
          { kpi: 'DEFAULT_RATE', businessModel: CL, value: 0, sampleSize: 1 },
        ],
      },
      {
        filter: { ...MARCH_2026, asOf: '2026-06-29T23:59:59.999999Z', kpis: KPIS, businessModels: [PF] },
        // OP-1, OP-7 (OP-5 defaults 1 µs after asOf)
        expected: [{ kpi: 'DEFAULT_RATE', businessModel: PF, value: 2 / 5, sampleSize: PAYOUTS_IN_MARCH }],
      },
      {
        filter: { ...MARCH_2026, asOf: '2026-04-30T23:59:59Z', kpis: KPIS, businessModels: [PF] },
        // OP-7 only
        expected: [{ kpi: 'DEFAULT_RATE', businessModel: PF, value: 1 / 5, sampleSize: PAYOUTS_IN_MARCH }],
      },
    ],
  },
];
