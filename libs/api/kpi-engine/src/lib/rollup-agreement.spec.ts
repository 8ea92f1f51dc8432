import fc from 'fast-check';
import { FactReader, rebuildFacts } from '@salesdash/api/facts';
import { BundleImporter, bundleFileFromContent } from '@salesdash/api/ingestion';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { JOURNEY_STAGES, KPI_CODES, TOUCHPOINTS } from '@salesdash/shared/domain';
import type { RowScope } from '@salesdash/api/org';
import { KpiEngine, type KpiQuery, repScopes } from './kpi-engine.service';
import type { KpiMeasurement } from './kpi-measurement';

/**
 * The rollups against the raw facts: after a first import and after each of several imports that
 * change, move and add rows at random, every KPI of random filters (periods from one day to fifteen
 * months, running or not, asOf before, inside or after them, every scope, by rep) is the same on both
 * paths; and the rollups the imports maintained equal the ones a full rebuild derives.
 */
const SEED = Number(process.env['AGREEMENT_SEED'] ?? 20261205);
const DAY_MS = 86_400_000;
/** The data's window: 2025-01-01 to 2026-04-01, so periods cross months, a year end and the window's edges. */
const START = Date.UTC(2025, 0, 1);
const SPAN_DAYS = 455;
const MODELS = ['PREMIUM_FINANCING', 'CONSUMER_LOANS'];
const TEAMS = { 'T-A': 'R-1', 'T-B': 'R-1', 'T-C': 'R-2' } as const;
const REPS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7'];
const TEAM_OF: Record<string, keyof typeof TEAMS> = {
  U1: 'T-A',
  U2: 'T-A',
  U3: 'T-A',
  U4: 'T-B',
  U5: 'T-B',
  U6: 'T-C',
  U7: 'T-C',
};
const STAGES = JOURNEY_STAGES.filter((stage) => stage !== 'SUSPECT');

interface Deal {
  id: string;
  model: string;
  rep: string;
  created: number;
  amount: string;
}
interface Event {
  id: string;
  deal: string;
  stage: string;
  at: number;
  info: string;
}
interface Interaction {
  id: string;
  deal: string;
  rep: string;
  direction: 'INBOUND' | 'OUTBOUND';
  at: number;
  minutes: string;
}
interface Feedback {
  id: string;
  deal: string;
  at: number;
  csat: number;
  nps: string;
}

/** The whole data set as the test believes it is stored; every change keeps the rules of docs/import.md#stage-rules. */
class Model {
  readonly deals = new Map<string, Deal>();
  readonly events = new Map<string, Event>();
  readonly interactions = new Map<string, Interaction>();
  readonly feedback = new Map<string, Feedback>();
  private next = 0;

  constructor(private readonly random: () => number) {}

  id(prefix: string): string {
    this.next++;
    return `${prefix}${this.next}`;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  /** An instant in the window, at a random microsecond-free millisecond; now and then on a midnight. */
  instant(): number {
    const day = START + Math.floor(this.random() * SPAN_DAYS) * DAY_MS;
    return this.random() < 0.1 ? day : day + Math.floor(this.random() * DAY_MS);
  }

  eventsOf(deal: string): Event[] {
    return [...this.events.values()].filter((event) => event.deal === deal);
  }

  /** docs/import.md#stage-rules for one deal: nothing before created_at, one event per stage, nothing after LOST. */
  valid(deal: Deal, events: readonly Event[]): boolean {
    const stages = new Set(events.map((event) => event.stage));
    const lost = events.find((event) => event.stage === 'LOST');
    return (
      stages.size === events.length &&
      events.every((event) => event.at >= deal.created && (lost === undefined || event.at <= lost.at))
    );
  }

  newDeal(): Deal {
    const deal: Deal = {
      id: this.id('D'),
      model: this.pick(MODELS),
      rep: this.pick(REPS),
      created: this.instant(),
      amount: (this.random() * 100_000).toFixed(2),
    };
    this.deals.set(deal.id, deal);
    let at = deal.created;
    const journey = this.journey();
    for (const stage of journey) {
      at += Math.floor(this.random() * 20 * DAY_MS);
      const info = stage === 'PAID_OUT' ? this.pick(['true', 'false', '']) : '';
      const event: Event = { id: this.id('E'), deal: deal.id, stage, at, info };
      this.events.set(event.id, event);
    }
    return deal;
  }

  private journey(): string[] {
    const roll = this.random();
    if (roll < 0.15) {
      return ['PROSPECT', 'LOST'];
    }
    if (roll < 0.3) {
      return ['PROSPECT', 'OPPORTUNITY', 'LOST'];
    }
    if (roll < 0.4) {
      return ['PROSPECT', 'OPPORTUNITY'];
    }
    const won = ['PROSPECT', 'CHAMPION', 'OPPORTUNITY', 'WON', 'ONBOARDED', 'PAID_OUT'];
    const end = 4 + Math.floor(this.random() * 3);
    return this.random() < 0.3 && end === 6 ? [...won, 'DEFAULTED'] : won.slice(0, end);
  }

  newInteraction(deal: string): Interaction {
    const inbound = this.random() < 0.6;
    const interaction: Interaction = {
      id: this.id('I'),
      deal,
      rep: this.pick(REPS),
      direction: inbound ? 'INBOUND' : 'OUTBOUND',
      at: this.instant(),
      minutes: inbound && this.random() < 0.8 ? (this.random() * 3000).toFixed(this.pick([0, 1, 3])) : '',
    };
    this.interactions.set(interaction.id, interaction);
    return interaction;
  }

  newFeedback(deal: string, near?: number): Feedback {
    const feedback: Feedback = {
      id: this.id('F'),
      deal,
      at: near === undefined ? this.instant() : this.near(near),
      csat: 1 + Math.floor(this.random() * 5),
      nps: this.random() < 0.2 ? '' : String(Math.floor(this.random() * 11)),
    };
    this.feedback.set(feedback.id, feedback);
    return feedback;
  }

  /** Around another feedback, so recoveries occur: within 14 days, just outside, on the same instant, exactly 14 days later. */
  private near(at: number): number {
    const edge = this.pick([0, 14 * DAY_MS, 14 * DAY_MS + 1, null]);
    return edge === null ? at + Math.floor((this.random() * 20 - 3) * DAY_MS) : at + edge;
  }

  /**
   * One random change that keeps the rules, recorded in `changed` so it is imported: a deal's rep,
   * model, amount or creation; an event's time, completeness, stage or deal; an interaction's or a
   * feedback's deal, time or values; or new rows.
   */
  change(changed: ChangedRows): void {
    const kind = Math.floor(this.random() * 7);
    if (kind === 0) {
      const deal = this.pick([...this.deals.values()]);
      const updated = {
        ...deal,
        rep: this.pick(REPS),
        model: this.pick(MODELS),
        amount: (this.random() * 9e4).toFixed(2),
      };
      const created = this.random() < 0.5 ? this.instant() : deal.created;
      if (this.valid({ ...updated, created }, this.eventsOf(deal.id))) {
        updated.created = created;
      }
      this.deals.set(deal.id, updated);
      changed.deals.add(deal.id);
    } else if (kind === 1 || kind === 2) {
      const event = this.pick([...this.events.values()]);
      const target = kind === 2 ? this.pick([...this.deals.values()]) : (this.deals.get(event.deal) as Deal);
      const candidate: Event = {
        ...event,
        deal: target.id,
        at: this.random() < 0.7 ? event.at + Math.floor((this.random() - 0.3) * 30 * DAY_MS) : event.at,
        stage: this.random() < 0.2 ? this.pick(STAGES) : event.stage,
        info: this.pick(['true', 'false', '']),
      };
      const others = (deal: string) => this.eventsOf(deal).filter((other) => other.id !== event.id);
      const stays = others(event.deal);
      const lands = [...others(candidate.deal), candidate];
      if (this.valid(this.deals.get(event.deal) as Deal, stays) && this.valid(target, lands)) {
        this.events.set(event.id, candidate);
        changed.events.add(event.id);
      }
    } else if (kind === 3) {
      const interaction = this.pick([...this.interactions.values()]);
      const moved = this.newInteraction(this.pick([...this.deals.keys()]));
      this.interactions.delete(moved.id);
      this.interactions.set(interaction.id, { ...moved, id: interaction.id });
      changed.interactions.add(interaction.id);
    } else if (kind === 4) {
      const feedback = this.pick([...this.feedback.values()]);
      const other = this.pick([...this.feedback.values()]);
      const moved = this.newFeedback(other.deal, other.at);
      this.feedback.delete(moved.id);
      this.feedback.set(feedback.id, { ...moved, id: feedback.id });
      changed.feedback.add(feedback.id);
    } else if (kind === 5) {
      const deal = this.newDeal();
      changed.deals.add(deal.id);
      this.eventsOf(deal.id).forEach((event) => changed.events.add(event.id));
      changed.feedback.add(this.newFeedback(deal.id).id);
    } else {
      const other = this.pick([...this.feedback.values()]);
      changed.feedback.add(this.newFeedback(other.deal, other.at).id);
      changed.interactions.add(this.newInteraction(other.deal).id);
    }
  }

  /** The rows named in `rows` as a bundle (all of them when not given). */
  bundle(rows?: ChangedRows): Record<string, string> {
    const iso = (ms: number) => new Date(ms).toISOString();
    const select = <T extends { id: string }>(all: Map<string, T>, ids: Set<string> | undefined) =>
      [...all.values()].filter((row) => ids === undefined || ids.has(row.id));
    const file = (header: string, lines: string[]) => `${[header, ...lines].join('\n')}\n`;
    return {
      'deals.csv': file(
        'deal_id,business_model,rep_id,customer_id,created_at,amount',
        select(this.deals, rows?.deals).map(
          (d) => `${d.id},${d.model},${d.rep},C-${d.id},${iso(d.created)},${d.amount}`,
        ),
      ),
      'stage_events.csv': file(
        'event_id,deal_id,stage,occurred_at,info_complete',
        select(this.events, rows?.events).map((e) => `${e.id},${e.deal},${e.stage},${iso(e.at)},${e.info}`),
      ),
      'interactions.csv': file(
        'interaction_id,deal_id,rep_id,touchpoint,direction,occurred_at,response_minutes',
        select(this.interactions, rows?.interactions).map(
          (i) => `${i.id},${i.deal},${i.rep},${TOUCHPOINTS[0]},${i.direction},${iso(i.at)},${i.minutes}`,
        ),
      ),
      'feedback.csv': file(
        'feedback_id,deal_id,stage,touchpoint,occurred_at,csat,nps,comment',
        select(this.feedback, rows?.feedback).map(
          (f) => `${f.id},${f.deal},WON,${TOUCHPOINTS[1]},${iso(f.at)},${f.csat},${f.nps},`,
        ),
      ),
    };
  }
}

interface ChangedRows {
  deals: Set<string>;
  events: Set<string>;
  interactions: Set<string>;
  feedback: Set<string>;
}

const ORG = {
  'regions.csv': 'region_id,name\nR-1,North\nR-2,South\n',
  'teams.csv': `team_id,name,region_id\n${Object.entries(TEAMS)
    .map(([team, region]) => `${team},Team ${team},${region}`)
    .join('\n')}\n`,
  'users.csv': `user_id,email,display_name,role,team_id\n${REPS.map(
    (rep) => `${rep},${rep.toLowerCase()}@agreement.test,Rep ${rep},SALES_REP,${TEAM_OF[rep]}`,
  ).join('\n')}\n`,
};

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const day = (offset: number) => new Date(START + offset * DAY_MS).toISOString().slice(0, 10);

/** A random filter: a period of 1 day to 15 months inside or around the window, an asOf, a scope, models. */
const filterArbitrary = fc.record({
  fromDay: fc.integer({ min: -20, max: SPAN_DAYS + 10 }),
  length: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 62 }), fc.integer({ min: 28, max: 460 })),
  asOfDay: fc.option(fc.double({ min: -30, max: SPAN_DAYS + 60, noNaN: true }), { nil: undefined }),
  scope: fc.constantFrom<RowScope>(
    { type: 'COMPANY', ids: null, repIds: null },
    { type: 'REGION', ids: ['R-1'], repIds: ['U1', 'U2', 'U3', 'U4', 'U5'] },
    { type: 'TEAM', ids: ['T-A'], repIds: ['U1', 'U2', 'U3'] },
    { type: 'TEAM', ids: ['T-C'], repIds: ['U6', 'U7'] },
    { type: 'REP', ids: ['U4'], repIds: ['U4'] },
  ),
  models: fc.constantFrom(MODELS, [MODELS[0]], [MODELS[1]]),
  trend: fc.boolean(),
});

type Filter = typeof filterArbitrary extends fc.Arbitrary<infer T> ? T : never;

function queryOf(filter: Filter): KpiQuery {
  const first = { from: day(filter.fromDay), to: day(filter.fromDay + filter.length) };
  const periods = filter.trend
    ? [first, { from: day(filter.fromDay + filter.length), to: day(filter.fromDay + 2 * filter.length) }]
    : [first];
  const asOf =
    filter.asOfDay === undefined ? new Date(START + SPAN_DAYS * DAY_MS) : new Date(START + filter.asOfDay * DAY_MS);
  return { periods, asOf, businessModels: filter.models, kpis: [...KPI_CODES], scope: filter.scope };
}

function agrees(a: number | null, b: number | null): boolean {
  if (a === null || b === null) {
    return a === b;
  }
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}

function disagreements(rollup: KpiMeasurement[][], raw: KpiMeasurement[][]): string[] {
  return raw.flatMap((period, index) =>
    period.flatMap((expected, row) => {
      const actual = rollup[index][row];
      const same =
        actual.kpi === expected.kpi &&
        actual.businessModel === expected.businessModel &&
        actual.sampleSize === expected.sampleSize &&
        agrees(actual.value, expected.value) &&
        agrees(actual.paceOn.value, expected.paceOn.value);
      return same
        ? []
        : [
            `period ${index + 1} ${expected.kpi} ${expected.businessModel}: raw ${expected.value} (n ${expected.sampleSize}), rollup ${actual.value} (n ${actual.sampleSize})`,
          ];
    }),
  );
}

const ROLLUP_TABLES = [
  'fact_rep_day',
  'fact_rep_month',
  'fact_model_day',
  'fact_model_month',
  'response_bucket_day',
  'response_bucket_month',
  'response_fact',
];

jest.setTimeout(120_000);

describe(`the rollups agree with the raw facts (seed ${SEED})`, () => {
  let db: TestDatabase;
  let importer: BundleImporter;
  let rollup: KpiEngine;
  let raw: KpiEngine;
  const model = new Model(mulberry32(SEED));

  async function importRows(files: Record<string, string>): Promise<void> {
    const result = await importer.importBundle(
      Object.entries(files).map(([name, content]) => bundleFileFromContent(name, content)),
    );
    expect(result).toMatchObject({ ok: true });
  }

  /** Each table's rows as values: 0.000000 and 0 are the same number. */
  async function tableContents(): Promise<Record<string, string>> {
    const contents: Record<string, string> = {};
    for (const table of ROLLUP_TABLES) {
      const columns: { column_name: string; data_type: string }[] = await db.dataSource.query(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
        [table],
      );
      const values = columns.map((c) => (c.data_type === 'numeric' ? `trim_scale(${c.column_name})` : c.column_name));
      const [{ digest }] = await db.dataSource.query(
        `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest
         FROM (SELECT ${values.join(', ')} FROM ${table}) t`,
      );
      contents[table] = digest;
    }
    return contents;
  }

  async function checkRandomFilters(runs: number): Promise<void> {
    await fc.assert(
      fc.asyncProperty(filterArbitrary, async (filter) => {
        const query = queryOf(filter);
        expect(disagreements(await rollup.measure(query), await raw.measure(query))).toEqual([]);
        if (filter.scope.repIds !== null) {
          const perRep = { ...query, scopes: repScopes(filter.scope.repIds) };
          const byRollup = await rollup.measureEach(perRep);
          const byRaw = await raw.measureEach(perRep);
          for (const rep of filter.scope.repIds) {
            expect(disagreements(byRollup.get(rep) ?? [], byRaw.get(rep) ?? [])).toEqual([]);
          }
        }
      }),
      { seed: SEED, numRuns: runs },
    );
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    importer = new BundleImporter(db.dataSource);
    rollup = new KpiEngine(db.dataSource, new FactReader('rollup'));
    raw = new KpiEngine(db.dataSource, new FactReader('raw'));
    for (let deal = 0; deal < 400; deal++) {
      const { id } = model.newDeal();
      for (let count = 0; count < 3; count++) {
        model.newInteraction(id);
      }
      const first = model.newFeedback(id);
      model.newFeedback(id, first.at);
    }
    await importRows({ ...ORG, ...model.bundle() });
  });

  afterAll(async () => {
    await db.drop();
  });

  it('after the first import', async () => {
    await checkRandomFilters(60);
  });

  it.each([1, 2, 3])('after changing import %i', async () => {
    const changed: ChangedRows = { deals: new Set(), events: new Set(), interactions: new Set(), feedback: new Set() };
    for (let change = 0; change < 80; change++) {
      model.change(changed);
    }
    await importRows(model.bundle(changed));
    await checkRandomFilters(40);
  });

  it('re-importing everything unchanged leaves the rollups as they are, and they equal a full rebuild', async () => {
    const maintained = await tableContents();
    await importRows(model.bundle());
    expect(await tableContents()).toEqual(maintained);
    await rebuildFacts(db.dataSource);
    expect(await tableContents()).toEqual(maintained);
  });
});
