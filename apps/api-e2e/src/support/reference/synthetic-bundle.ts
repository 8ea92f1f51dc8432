/**
 * A deterministic, valid (§3) bundle of demo size — ~25k deals, ~100k stage events, ~120k
 * interactions, ~10k feedback rows, ~3k target rows — to time the reference implementation and to
 * check sums across scopes. Only for tests: the numbers mean nothing.
 */
export function syntheticBundle(deals = 25_000): Record<string, string> {
  const random = seededRandom(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const regions = ['R0', 'R1', 'R2', 'R3'];
  const teams = Array.from({ length: 20 }, (_, i) => ({ id: `T${i}`, region: regions[i % regions.length] }));
  const reps = Array.from({ length: 200 }, (_, i) => ({ id: `U${i}`, team: teams[i % teams.length].id }));
  const start = Date.parse('2024-01-01T00:00:00Z');
  const span = Date.parse('2026-07-01T00:00:00Z') - start;
  const hour = 3_600_000;
  const iso = (ms: number, micros: number) => `${new Date(ms).toISOString().slice(0, 19)}.${pad(micros)}Z`;
  const lines = {
    deals: ['deal_id,business_model,rep_id,customer_id,created_at,amount'],
    events: ['event_id,deal_id,stage,occurred_at,info_complete'],
    interactions: ['interaction_id,deal_id,rep_id,touchpoint,direction,occurred_at,response_minutes'],
    feedback: ['feedback_id,deal_id,stage,touchpoint,occurred_at,csat,nps,comment'],
  };

  for (let d = 0; d < deals; d++) {
    const id = `D${d}`;
    const created = start + Math.floor(random() * span);
    const model = random() < 0.4 ? 'PREMIUM_FINANCING' : 'CONSUMER_LOANS';
    const amount = (Math.floor(random() * 5_000_000) / 100).toFixed(2);
    lines.deals.push(`${id},${model},${pick(reps).id},C${d},${iso(created, d % 1_000_000)},${amount}`);
    lines.events.push(`${id}-SUSPECT,${id},SUSPECT,${iso(created, d % 1_000_000)},`);
    // A journey: each next stage some hours to weeks later; LOST ends it before WON.
    let t = created;
    const journey = ['PROSPECT', 'OPPORTUNITY', 'WON', 'ONBOARDED', 'PAID_OUT', 'DEFAULTED'];
    for (const stage of journey) {
      t += hour + Math.floor(random() * 30 * 24 * hour); // ≥ 1 h: never before the previous stage
      const lost = stage !== 'DEFAULTED' && ['PROSPECT', 'OPPORTUNITY', 'WON'].includes(stage) && random() < 0.25;
      const info = stage === 'PAID_OUT' ? pick(['true', 'false', '']) : '';
      lines.events.push(`${id}-${lost ? 'L' : stage},${id},${lost ? 'LOST' : stage},${iso(t, 7)},${lost ? '' : info}`);
      if (lost || (stage === 'PAID_OUT' && random() < 0.9)) break;
    }
    for (let i = 0; i < 5; i++) {
      const at = created + Math.floor(random() * 90 * 24 * hour);
      const direction = random() < 0.5 ? 'INBOUND' : 'OUTBOUND';
      const minutes = direction === 'INBOUND' && random() < 0.9 ? String(Math.floor(random() * 600)) : '';
      lines.interactions.push(
        `${id}-I${i},${id},${pick(reps).id},${pick(['WEB', 'EMAIL', 'PHONE'])},${direction},${iso(at, i)},${minutes}`,
      );
    }
    for (let f = 0; random() < 0.3 && f < 3; f++) {
      const at = created + Math.floor(random() * 60 * 24 * hour);
      const nps = random() < 0.7 ? String(Math.floor(random() * 11)) : '';
      lines.feedback.push(`${id}-F${f},${id},WON,APP,${iso(at, f)},${1 + Math.floor(random() * 5)},${nps},`);
    }
  }

  return {
    'regions.csv': rows(['region_id,name', ...regions.map((r) => `${r},Region ${r}`)]),
    'teams.csv': rows(['team_id,name,region_id', ...teams.map((t) => `${t.id},Team ${t.id},${t.region}`)]),
    'users.csv': rows([
      'user_id,email,display_name,role,team_id',
      ...reps.map((r) => `${r.id},${r.id.toLowerCase()}@synthetic.test,Rep ${r.id},SALES_REP,${r.team}`),
    ]),
    'deals.csv': rows(lines.deals),
    'stage_events.csv': rows(lines.events),
    'interactions.csv': rows(lines.interactions),
    'feedback.csv': rows(lines.feedback),
    'targets.csv': rows(targetLines(reps, teams)),
  };
}

/** Monthly WON_VOLUME and NEW_LEADS targets for every rep in 2026, quarterly TEAM rows for some teams. */
function targetLines(reps: readonly { id: string }[], teams: readonly { id: string }[]): string[] {
  const lines = ['target_id,scope_type,scope_id,business_model,kpi,period_start,period_end,value'];
  const month = (m: number) => `2026-${String(m).padStart(2, '0')}-01`;
  for (const rep of reps) {
    for (let m = 1; m <= 12; m++) {
      const end = m === 12 ? '2027-01-01' : month(m + 1);
      lines.push(`${rep.id}-${m},REP,${rep.id},PREMIUM_FINANCING,WON_VOLUME,${month(m)},${end},${1000 * m}.50`);
      if (m <= 2) lines.push(`${rep.id}-${m}-N,REP,${rep.id},CONSUMER_LOANS,NEW_LEADS,${month(m)},${end},${m}`);
    }
  }
  for (const team of teams.filter((_, i) => i % 4 === 0)) {
    lines.push(`${team.id}-Q1,TEAM,${team.id},PREMIUM_FINANCING,WON_VOLUME,2026-01-01,2026-04-01,90000`);
  }
  return lines;
}

function rows(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}

function pad(micros: number): string {
  return String(micros % 1_000_000).padStart(6, '0');
}

/** mulberry32: a tiny deterministic generator, so that the bundle is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
