import { MARCH_2026, ORG_FILES, PF } from './fixtures';
import type { KpiCase } from './kpi-case';

/** CSV text with CRLF line ends (RFC 4180’s own line break). */
function crlf(...lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}

export const CSV_FORMAT_CASES: KpiCase[] = [
  {
    name: 'CSV format (§3): columns in any order, optional columns left out, CRLF, quoted fields with commas, doubled quotes and line breaks, amounts with 0–2 decimals',
    bundle: {
      ...ORG_FILES,
      'deals.csv': crlf(
        'amount,created_at,deal_id,rep_id,business_model,customer_id,segment',
        '1234.5,2026-03-02T08:00:00Z,CF-1,U-ANNA,PREMIUM_FINANCING,C-1,"SME, retail"',
        '10,2026-03-03T08:00:00Z,CF-2,U-ANNA,PREMIUM_FINANCING,C-2,',
      ),
      'stage_events.csv': crlf('occurred_at,stage,deal_id,event_id', '2026-03-20T00:00:00Z,WON,CF-1,CF-1-W'),
      'feedback.csv': crlf(
        'comment,csat,occurred_at,touchpoint,stage,deal_id,feedback_id',
        '"Said: ""great"", fast\r\nsecond line",5,2026-03-21T00:00:00Z,PHONE,WON,CF-1,CF-F1',
        '"slow, twice",2,2026-03-22T00:00:00Z,EMAIL,PROSPECT,CF-2,CF-F2',
      ),
    },
    requests: [
      {
        filter: {
          ...MARCH_2026,
          kpis: ['NEW_LEADS', 'WON_VOLUME', 'CSAT', 'NEGATIVE_MOMENT_RATE', 'NPS'],
          businessModels: [PF],
        },
        expected: [
          { kpi: 'NEW_LEADS', businessModel: PF, value: 2, sampleSize: 2 },
          { kpi: 'WON_VOLUME', businessModel: PF, value: 1234.5, sampleSize: 1 },
          { kpi: 'CSAT', businessModel: PF, value: 3.5, sampleSize: 2 }, // (5 + 2) / 2
          { kpi: 'NEGATIVE_MOMENT_RATE', businessModel: PF, value: 1 / 2, sampleSize: 2 },
          { kpi: 'NPS', businessModel: PF, value: null, sampleSize: 0 }, // no nps column at all
        ],
      },
    ],
  },
];
