import { mkdir } from 'node:fs/promises';
import { FeedbackPlanner } from './feedback/feedback';
import { monthNumber, monthStart, startOfUtcDay } from './instants';
import { DealFactory } from './journey/deal-factory';
import { InteractionPlanner } from './journey/interactions';
import { JourneyPlayer } from './journey/stage-events';
import { planLeads, type LeadSeed } from './lead-flow';
import type { Organisation, Rep } from './model';
import { buildOrganisation } from './org/organisation';
import { BundleWriter, type BundleFile } from './output/bundle-writer';
import { FactRows } from './output/fact-rows';
import { Rng } from './random';
import { TargetLedger } from './targets/target-ledger';

export interface DemoBundleOptions {
  readonly outDir: string;
  /** Only the UTC day counts: the data ends at its midnight, so nothing lies after `now`. */
  readonly now: Date;
  readonly seed?: number;
}

export interface DemoBundleSummary {
  readonly outDir: string;
  readonly seed: number;
  /** First instant of the data (start of the month 23 months before `now`'s month). */
  readonly from: string;
  /** Horizon: no timestamp in the bundle lies after it (`now` truncated to the day). */
  readonly until: string;
  /** Data rows (without header) per file. */
  readonly counts: Readonly<Record<BundleFile, number>>;
}

export const DEFAULT_DEMO_SEED = 20_240_601;

/** The team whose WON_VOLUME plan is also set as TEAM rows (not the demo manager's team). */
export const TEAM_TARGET_TEAM_ID = 'T-SOUTH-1';

interface DealPlan {
  readonly seed: number;
  readonly horizon: number;
  readonly organisation: Organisation;
  readonly leads: readonly LeadSeed[];
}

/** Months of history: the current month and the 23 before it. */
export const HISTORY_MONTHS = 24;
/** Deals between two backpressure checks on the output streams. */
const FLUSH_EVERY = 200;

/**
 * Writes the eight files of a realistic demo import bundle (docs/import.md) into `outDir`: two years of
 * deals for PREMIUM_FINANCING and CONSUMER_LOANS with their journeys, contacts, customer feedback and
 * monthly targets. The same day and seed always give byte-identical files.
 */
export async function generateDemoBundle(options: DemoBundleOptions): Promise<DemoBundleSummary> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const horizon = startOfUtcDay(options.now);
  const currentMonth = monthNumber(horizon);
  const firstMonth = currentMonth - HISTORY_MONTHS + 1;
  const start = monthStart(firstMonth);

  const organisation = buildOrganisation(new Rng(seed, 'organisation'));
  const leads = planLeads(new Rng(seed, 'leads'), organisation, start, horizon);
  const ledger = new TargetLedger(organisation.reps, firstMonth, currentMonth);

  await mkdir(options.outDir, { recursive: true });
  const out = new BundleWriter(options.outDir);
  try {
    const rows = new FactRows(out, new Rng(seed, 'format'));
    rows.organisation(organisation);
    await writeDeals({ seed, horizon, organisation, leads }, rows, out, ledger);
    const teamTargetTeam = organisation.teams.find((team) => team.id === TEAM_TARGET_TEAM_ID);
    if (!teamTargetTeam) {
      throw new Error(`Team ${TEAM_TARGET_TEAM_ID} is missing`);
    }
    rows.targets(ledger.rows(new Rng(seed, 'targets'), teamTargetTeam));
    const counts = await out.close();
    return {
      outDir: options.outDir,
      seed,
      from: new Date(start).toISOString(),
      until: new Date(horizon).toISOString(),
      counts,
    };
  } catch (error) {
    out.abort();
    throw error;
  }
}

/** Plays out every lead in creation order, writing its rows and booking its results for the targets. */
async function writeDeals(plan: DealPlan, rows: FactRows, out: BundleWriter, ledger: TargetLedger): Promise<void> {
  const { seed, horizon, organisation } = plan;
  const factory = new DealFactory(new Rng(seed, 'deals'));
  const journeys = new JourneyPlayer(new Rng(seed, 'journeys'), horizon);
  const contacts = new InteractionPlanner(new Rng(seed, 'interactions'), horizon, repsByTeam(organisation));
  const voices = new FeedbackPlanner(new Rng(seed, 'feedback'), horizon);
  for (const [index, lead] of plan.leads.entries()) {
    const deal = factory.create(lead);
    const events = journeys.play(deal);
    const interactions = contacts.plan(deal, events);
    rows.deal(deal, events, interactions, voices.plan(deal, events));

    const repId = deal.rep.id;
    ledger.record(repId, deal.model, 'NEW_LEADS', deal.createdAt);
    const won = events.find((event) => event.stage === 'WON');
    if (won) {
      ledger.record(repId, deal.model, 'WON_DEALS', won.at);
      ledger.record(repId, deal.model, 'WON_VOLUME', won.at, deal.amountCents / 100);
    }
    // ACTIVITIES count by the deal's rep, as the KPI does (docs/kpis.md#ACTIVITIES).
    for (const contact of interactions) {
      if (contact.direction === 'OUTBOUND') {
        ledger.record(repId, deal.model, 'ACTIVITIES', contact.at);
      }
    }
    if (index % FLUSH_EVERY === 0) {
      await out.flushIfFull();
    }
  }
}

function repsByTeam(organisation: Organisation): Map<string, Rep[]> {
  const byTeam = new Map<string, Rep[]>();
  for (const rep of organisation.reps) {
    const team = byTeam.get(rep.team.id) ?? [];
    team.push(rep);
    byTeam.set(rep.team.id, team);
  }
  return byTeam;
}
