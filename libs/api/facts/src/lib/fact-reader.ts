import {
  AnswerCache,
  type DataVersions,
  type HeavyQueryGate,
  readDataVersions,
  type SqlRunner,
} from '@salesdash/api/platform';
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
  private readonly cache = new AnswerCache<FamilyRows>(CACHE_ENTRIES);

  constructor(
    readonly path: FactReadPath = 'rollup',
    private readonly gate?: HeavyQueryGate,
  ) {}

  /**
   * Reads in a read-only snapshot of its own, from the cache when the facts are unchanged. `versions`,
   * when the caller has read them already (before anything it derives from this read).
   */
  async rows(dataSource: DataSource, query: FactQuery, versions?: DataVersions): Promise<FamilyRows> {
    const key = this.path === 'raw' ? undefined : keyOf(versions ?? (await readDataVersions(dataSource)), query);
    const compute = () =>
      this.gated(() =>
        this.inSnapshot(dataSource, async (manager) => {
          const rows = await this.read(manager, query);
          if (key !== undefined) {
            // Also kept under the version of the snapshot it was computed in, which may be newer than `key`'s.
            const computedKey = keyOf(await readDataVersions(manager), query);
            if (computedKey !== undefined) {
              this.cache.remember(computedKey, rows);
            }
          }
          return rows;
        }),
      );
    return key === undefined ? compute() : this.cache.answer(key, compute);
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
}

/** Everything a read's answer depends on; undefined before the facts layer is built. */
function keyOf(versions: DataVersions, query: FactQuery): string | undefined {
  if (versions.facts === null) {
    return undefined;
  }
  const horizon = versions.factHorizon;
  const asOf = horizon === null || query.asOf >= horizon ? 'after-every-fact' : query.asOf.toISOString();
  return JSON.stringify([
    versions.facts,
    query.periods.map((period) => [period.from, period.to]),
    query.businessModels,
    query.repIds,
    query.groups,
    [...query.families].sort(),
    asOf,
  ]);
}
