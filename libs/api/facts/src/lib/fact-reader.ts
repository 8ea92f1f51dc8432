import type { HeavyQueryGate, SqlRunner } from '@salesdash/api/platform';
import type { DataSource } from 'typeorm';
import type { FactQuery, FamilyRows } from './fact-families';
import { readRawFamilies } from './raw/raw-fact-reader';
import { readRollupFamilies } from './read/rollup-fact-reader';

/**
 * Where KPI families are read from: `rollup` (the product's path) or `raw` (straight from the stored
 * facts, the yardstick that `npm run bench` and the agreement tests compare the rollups with).
 */
export type FactReadPath = 'rollup' | 'raw';

/** Distinct reads kept; an entry is a few kilobytes (rows per period, model and rep of one read). */
const CACHE_ENTRIES = 500;

interface FactState {
  readonly version: string;
  readonly horizon: Date | null;
}

/**
 * Reads KPI families on the configured path (FACTS_READ_PATH). On the rollup path an answer is kept
 * under everything it depends on: the facts layer's version (which every change of the rollups
 * raises in its own transaction, so an entry of older facts is never served), the read's periods,
 * models, rep scope, grouping and families, and asOf — unless asOf lies at or after the latest
 * stored fact, when no fact lies after it and the answer is the same for every such asOf (so "now"
 * is cached). Reads that miss run through the heavy-query gate; identical reads that miss at the
 * same time share one computation. Targets, corridors and the organisation are not cached here.
 */
export class FactReader {
  private readonly cache = new Map<string, FamilyRows>();
  private readonly pending = new Map<string, Promise<FamilyRows>>();

  constructor(
    readonly path: FactReadPath = 'rollup',
    private readonly gate?: HeavyQueryGate,
  ) {}

  /** Reads in a read-only snapshot of its own, from the cache when the facts are unchanged. */
  async rows(dataSource: DataSource, query: FactQuery): Promise<FamilyRows> {
    if (this.path === 'raw') {
      return this.gated(() => this.inSnapshot(dataSource, (manager) => this.read(manager, query)));
    }
    const key = keyOf(await currentState(dataSource), query);
    const cached = key === undefined ? undefined : this.recall(key);
    if (cached) {
      return cached;
    }
    const shared = key === undefined ? undefined : this.pending.get(key);
    if (shared) {
      return shared;
    }
    const computed = this.gated(() =>
      this.inSnapshot(dataSource, async (manager) => {
        const rows = await this.read(manager, query);
        // Kept under the version of the snapshot it was computed in, which may be newer than `key`'s.
        const computedKey = keyOf(await currentState(manager), query);
        if (computedKey !== undefined) {
          this.remember(computedKey, rows);
        }
        return rows;
      }),
    );
    if (key !== undefined) {
      this.pending.set(key, computed);
      computed.finally(() => this.pending.delete(key)).catch(() => undefined);
    }
    return computed;
  }

  /** Reads within the caller's transaction, uncached. */
  read(runner: SqlRunner, query: FactQuery): Promise<FamilyRows> {
    return this.path === 'raw' ? readRawFamilies(runner, query) : readRollupFamilies(runner, query);
  }

  private gated<T>(work: () => Promise<T>): Promise<T> {
    return this.gate ? this.gate.run(work) : work();
  }

  private inSnapshot<T>(dataSource: DataSource, work: (runner: SqlRunner) => Promise<T>): Promise<T> {
    return dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      return work(manager);
    });
  }

  private recall(key: string): FamilyRows | undefined {
    const rows = this.cache.get(key);
    if (rows) {
      // Least recently used first in the map's order.
      this.cache.delete(key);
      this.cache.set(key, rows);
    }
    return rows;
  }

  private remember(key: string, rows: FamilyRows): void {
    this.cache.set(key, rows);
    for (const oldest of this.cache.keys()) {
      if (this.cache.size <= CACHE_ENTRIES) {
        break;
      }
      this.cache.delete(oldest);
    }
  }
}

async function currentState(runner: SqlRunner): Promise<FactState | undefined> {
  const rows = (await runner.query('SELECT version::text AS version, horizon FROM fact_build')) as FactState[];
  return rows[0];
}

/** Everything a read's answer depends on; undefined before the facts layer is built. */
function keyOf(state: FactState | undefined, query: FactQuery): string | undefined {
  if (state === undefined) {
    return undefined;
  }
  const asOf = state.horizon === null || query.asOf >= state.horizon ? 'after-every-fact' : query.asOf.toISOString();
  return JSON.stringify([
    state.version,
    query.periods.map((period) => [period.from, period.to]),
    query.businessModels,
    query.repIds,
    query.byRep,
    [...query.families].sort(),
    asOf,
  ]);
}
