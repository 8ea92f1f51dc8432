import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { TOUCHPOINTS } from '@salesdash/shared/domain';
import type { BenchSize } from './sizes';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const REPS_PER_TEAM = 10;
const REGIONS = 6;
const BUSINESS_MODELS = ['PREMIUM_FINANCING', 'CONSUMER_LOANS'] as const;
const SEGMENTS = ['SME', 'RETAIL', 'CORPORATE'] as const;
/** Lines joined before one write; the streams are drained between batches. */
const BATCH = 2_000;

/** The bundle's header lines (docs/import.md#files), in the importer's column order. */
export const BENCH_HEADERS = {
  'regions.csv': 'region_id,name',
  'teams.csv': 'team_id,name,region_id,manager_user_id',
  'users.csv': 'user_id,email,display_name,role,team_id',
  'deals.csv': 'deal_id,business_model,rep_id,customer_id,created_at,amount,segment,source_touchpoint',
  'stage_events.csv': 'event_id,deal_id,stage,occurred_at,info_complete',
  'interactions.csv': 'interaction_id,deal_id,rep_id,touchpoint,direction,occurred_at,response_minutes',
  'feedback.csv': 'feedback_id,deal_id,stage,touchpoint,occurred_at,csat,nps,comment',
} as const;

export type BenchFile = keyof typeof BENCH_HEADERS;
export const BENCH_FILES = Object.keys(BENCH_HEADERS) as BenchFile[];

export interface GeneratedBundle {
  readonly dir: string;
  /** Data rows (without header) per file. */
  readonly counts: Readonly<Record<BenchFile, number>>;
  readonly rows: number;
  /** First and last instant the data may hold. */
  readonly from: string;
  readonly until: string;
  /** A team and a rep of it, for the team and rep scopes. */
  readonly teamId: string;
  readonly repId: string;
}

/** mulberry32: small, fast and deterministic; the bench needs spread, not quality. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class CsvOut {
  private readonly stream: WriteStream;
  private pending: string[] = [];
  count = 0;

  constructor(path: string, header: string) {
    this.stream = createWriteStream(path);
    this.stream.write(header + '\n');
  }

  line(text: string): void {
    this.pending.push(text);
    this.count++;
  }

  /** Writes what is pending; waits when the stream's buffer is full. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) {
      return;
    }
    const ok = this.stream.write(this.pending.join('\n') + '\n');
    this.pending = [];
    if (!ok) {
      await once(this.stream, 'drain');
    }
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Streams a valid bundle of `size` into `dir` without holding its rows: regions, teams of ten reps
 * with a manager each, and deals spread evenly over `size.months` months up to `now`'s midnight,
 * each with a journey of about five stage events (none after the horizon, one per stage, nothing
 * after LOST), interactions and feedback spread over the deals. The same size, seed and day give the
 * same files.
 */
export async function generateBenchBundle(
  dir: string,
  size: BenchSize,
  now: Date = new Date(),
  seed = 13,
): Promise<GeneratedBundle> {
  await mkdir(dir, { recursive: true });
  const rng = random(seed);
  const horizon = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - size.months + 1, 1);
  const span = horizon - start;
  const teams = Math.ceil(size.reps / REPS_PER_TEAM);
  const out = Object.fromEntries(
    BENCH_FILES.map((file) => [file, new CsvOut(join(dir, file), BENCH_HEADERS[file])]),
  ) as Record<BenchFile, CsvOut>;
  const flushAll = () => Promise.all(BENCH_FILES.map((file) => out[file].flush()));

  for (let region = 1; region <= REGIONS; region++) {
    out['regions.csv'].line(`R${region},Region ${region}`);
  }
  for (let team = 1; team <= teams; team++) {
    out['teams.csv'].line(`T${team},Team ${team},R${((team - 1) % REGIONS) + 1},M${team}`);
    out['users.csv'].line(`M${team},m${team}@bench.test,Manager ${team},SALES_MANAGER,T${team}`);
  }
  for (let rep = 1; rep <= size.reps; rep++) {
    out['users.csv'].line(`U${rep},u${rep}@bench.test,Rep ${rep},SALES_REP,T${Math.ceil(rep / REPS_PER_TEAM)}`);
  }

  let event = 0;
  let interaction = 0;
  let feedback = 0;
  for (let deal = 1; deal <= size.deals; deal++) {
    const rep = ((deal - 1) % size.reps) + 1;
    const model = BUSINESS_MODELS[deal % BUSINESS_MODELS.length];
    const created = start + Math.floor(((deal - 1 + rng()) / size.deals) * span);
    const touchpoint = TOUCHPOINTS[Math.floor(rng() * TOUCHPOINTS.length)];
    const amount = (1_000 + Math.floor(rng() * 99_000)).toFixed(2);
    out['deals.csv'].line(
      `D${deal},${model},U${rep},C${deal},${iso(created)},${amount},${SEGMENTS[deal % SEGMENTS.length]},${touchpoint}`,
    );

    // ~30 % lost after PROSPECT, ~25 % after OPPORTUNITY, ~45 % won: about 5 events per deal.
    const outcome = rng();
    const stages = ['SUSPECT', 'PROSPECT'];
    if (outcome < 0.3) {
      stages.push('LOST');
    } else {
      if (rng() < 0.5) {
        stages.push('CHAMPION');
      }
      stages.push('OPPORTUNITY');
      if (outcome < 0.55) {
        stages.push('LOST');
      } else {
        stages.push('WON', 'ONBOARDED', 'PAID_OUT');
        if (rng() < 0.03) {
          stages.push('DEFAULTED');
        }
      }
    }
    let at = created + Math.floor(rng() * 4 * HOUR_MS);
    for (const stage of stages) {
      if (at >= horizon) {
        break;
      }
      event++;
      const info = stage === 'OPPORTUNITY' ? (rng() < 0.8 ? 'true' : 'false') : '';
      out['stage_events.csv'].line(`E${event},D${deal},${stage},${iso(at)},${info}`);
      at += Math.floor((0.5 + rng() * 6) * DAY_MS);
    }

    // Spread the remaining interactions and feedback evenly over the remaining deals.
    const interactionsDue = Math.round((deal / size.deals) * size.interactions) - interaction;
    for (let index = 0; index < interactionsDue; index++) {
      interaction++;
      const inbound = rng() < 0.5;
      const when = Math.min(horizon - 1, created + Math.floor(rng() * 10 * DAY_MS));
      const response = inbound ? (rng() * 600).toFixed(1) : '';
      out['interactions.csv'].line(
        `I${interaction},D${deal},U${rep},${TOUCHPOINTS[interaction % TOUCHPOINTS.length]},${inbound ? 'INBOUND' : 'OUTBOUND'},${iso(when)},${response}`,
      );
    }
    const feedbackDue = Math.round((deal / size.deals) * size.feedback) - feedback;
    for (let index = 0; index < feedbackDue; index++) {
      feedback++;
      const when = Math.min(horizon - 1, created + Math.floor(rng() * 5 * DAY_MS));
      const csat = 1 + Math.floor(rng() * 5);
      out['feedback.csv'].line(
        `F${feedback},D${deal},PROSPECT,PHONE,${iso(when)},${csat},${Math.floor(rng() * 11)},"fine, thanks"`,
      );
    }
    if (deal % BATCH === 0) {
      await flushAll();
    }
  }
  await Promise.all(BENCH_FILES.map((file) => out[file].close()));
  const counts = Object.fromEntries(BENCH_FILES.map((file) => [file, out[file].count])) as Record<BenchFile, number>;
  return {
    dir,
    counts,
    rows: Object.values(counts).reduce((sum, count) => sum + count, 0),
    from: iso(start),
    until: iso(horizon),
    teamId: 'T1',
    repId: 'U1',
  };
}
