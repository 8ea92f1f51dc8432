import { CL, csv, DEALS_HEADER, FEEDBACK_HEADER, MARCH_2026, ORG_FILES, PF } from './fixtures';
import type { KpiCase } from './kpi-case';

const KPIS = ['CSAT', 'NPS', 'NEGATIVE_MOMENT_RATE', 'RECOVERY_RATE'];

export const FEEDBACK_CASES: KpiCase[] = [
  {
    name: 'CSAT, NPS (promoters, passives, detractors, rows without nps), NEGATIVE_MOMENT_RATE; feedback at `from` counts, at `to` not',
    bundle: {
      ...ORG_FILES,
      'deals.csv': csv(
        DEALS_HEADER,
        'FB-D1,PREMIUM_FINANCING,U-CARL,C-1,2026-01-01T00:00:00Z,100.00',
        'FB-D2,CONSUMER_LOANS,U-CARL,C-2,2026-01-01T00:00:00Z,100.00',
      ),
      'feedback.csv': csv(
        FEEDBACK_HEADER,
        'FB-1,FB-D1,SUSPECT,WEB,2026-03-01T00:00:00Z,5,10,', // at from; promoter
        'FB-2,FB-D1,PROSPECT,EMAIL,2026-03-05T10:00:00Z,4,9,"Quick, friendly ""callback"""', // promoter
        'FB-3,FB-D1,CHAMPION,PHONE,2026-03-06T00:00:00Z,3,10,', // promoter
        'FB-4,FB-D1,OPPORTUNITY,MEETING,2026-03-07T00:00:00Z,2,7,', // passive; negative moment
        'FB-5,FB-D1,OPPORTUNITY,MEETING,2026-03-08T00:00:00Z,1,6,', // detractor; negative moment
        'FB-6,FB-D1,WON,BRANCH,2026-03-09T00:00:00Z,3,,"no NPS answer,\nspread over two lines"',
        'FB-7,FB-D1,WON,APP,2026-03-10T00:00:00Z,2,0,', // detractor; negative moment
        'FB-8,FB-D1,ONBOARDED,APP,2026-03-11T00:00:00Z,4,8,', // passive
        'FB-9,FB-D1,ONBOARDED,PARTNER,2026-04-01T00:00:00Z,1,0,', // at to → April
        'FB-10,FB-D1,SUSPECT,WEB,2026-03-01T00:30:00+01:00,1,0,', // = 02-28T23:30Z → February
        'FB-11,FB-D1,PAID_OUT,SOCIAL,2026-04-01T00:30:00+01:00,5,,', // = 03-31T23:30Z → March
        'FB-12,FB-D2,WON,PHONE,2026-03-15T00:00:00Z,4,,',
        'FB-13,FB-D2,ONBOARDED,APP,2026-03-16T00:00:00Z,5,,',
      ),
    },
    requests: [
      {
        filter: { ...MARCH_2026, kpis: KPIS },
        expected: [
          // March: FB-1..8 and FB-11, csat 5+4+3+2+1+3+2+4+5 = 29 over 9 rows
          { kpi: 'CSAT', businessModel: PF, value: 29 / 9, sampleSize: 9 },
          // answered 7 (FB-6, FB-11 without nps): promoters 3 (10, 9, 10), detractors 2 (6, 0), passives 2 (7, 8)
          { kpi: 'NPS', businessModel: PF, value: (100 * (3 - 2)) / 7, sampleSize: 7 },
          { kpi: 'NEGATIVE_MOMENT_RATE', businessModel: PF, value: 3 / 9, sampleSize: 9 }, // FB-4, FB-5, FB-7
          { kpi: 'CSAT', businessModel: CL, value: 4.5, sampleSize: 2 }, // (4 + 5) / 2
          { kpi: 'NPS', businessModel: CL, value: null, sampleSize: 0 }, // nobody answered
          { kpi: 'NEGATIVE_MOMENT_RATE', businessModel: CL, value: 0, sampleSize: 2 },
          { kpi: 'RECOVERY_RATE', businessModel: CL, value: null, sampleSize: 0 }, // no negative feedback
        ],
      },
      {
        filter: { from: '2026-02-01', to: '2026-03-01', kpis: KPIS, businessModels: [PF] },
        expected: [
          { kpi: 'CSAT', businessModel: PF, value: 1, sampleSize: 1 }, // FB-10
          { kpi: 'NPS', businessModel: PF, value: -100, sampleSize: 1 }, // 100 × (0 − 1) / 1
          { kpi: 'NEGATIVE_MOMENT_RATE', businessModel: PF, value: 1, sampleSize: 1 },
        ],
      },
    ],
  },
];
