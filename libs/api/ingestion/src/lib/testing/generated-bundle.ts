const DAY_MS = 86_400_000;
const START_MS = Date.UTC(2025, 0, 1);
const REPS = 50;

function instant(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '123Z');
}

function lines(header: string, count: number, line: (index: number) => string): string {
  const out: string[] = [header];
  for (let index = 0; index < count; index++) {
    out.push(line(index));
  }
  return out.join('\n') + '\n';
}

/**
 * A valid bundle with `deals` deals and 7 fact rows per deal (4 stage events, 2 interactions,
 * 1 feedback), i.e. 8 × `deals` fact rows, for throughput tests.
 */
export function generatedBundleFiles(deals: number): Record<string, string> {
  const created = (deal: number): number => START_MS + (deal % 700) * DAY_MS + (deal % 86_400) * 1000;
  const rep = (deal: number): string => `U${deal % REPS}`;
  return {
    'regions.csv': lines('region_id,name', 1, () => 'R1,Region one'),
    'teams.csv': lines('team_id,name,region_id,manager_user_id', 1, () => 'T1,Team one,R1,'),
    'users.csv': lines(
      'user_id,email,display_name,role,team_id',
      REPS,
      (u) => `U${u},u${u}@example.com,User ${u},SALES_REP,T1`,
    ),
    'deals.csv': lines(
      'deal_id,business_model,rep_id,customer_id,created_at,amount,segment,source_touchpoint',
      deals,
      (d) =>
        `D${d},${d % 2 ? 'CONSUMER_LOANS' : 'PREMIUM_FINANCING'},${rep(d)},C${d},${instant(created(d))},${(d % 9000) + 100}.50,SME,WEB`,
    ),
    'stage_events.csv': lines('event_id,deal_id,stage,occurred_at,info_complete', deals * 4, (e) => {
      const d = e >> 2;
      const step = e & 3;
      const stage = ['SUSPECT', 'PROSPECT', 'OPPORTUNITY', d % 3 ? 'WON' : 'LOST'][step];
      return `E${e},D${d},${stage},${instant(created(d) + step * 5 * DAY_MS)},`;
    }),
    'interactions.csv': lines(
      'interaction_id,deal_id,rep_id,touchpoint,direction,occurred_at,response_minutes',
      deals * 2,
      (i) =>
        `I${i},D${i >> 1},${rep(i >> 1)},EMAIL,${i & 1 ? 'OUTBOUND' : 'INBOUND'},${instant(created(i >> 1) + DAY_MS)},${i & 1 ? '' : '35.5'}`,
    ),
    'feedback.csv': lines(
      'feedback_id,deal_id,stage,touchpoint,occurred_at,csat,nps,comment',
      deals,
      (f) => `F${f},D${f},PROSPECT,PHONE,${instant(created(f) + 6 * DAY_MS)},${(f % 5) + 1},${f % 11},"fine, thanks"`,
    ),
  };
}
