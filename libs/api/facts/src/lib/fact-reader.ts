import type { SqlRunner } from '@salesdash/api/platform';
import type { FactQuery, FamilyRows } from './fact-families';
import { readRawFamilies } from './raw/raw-fact-reader';
import { readRollupFamilies } from './read/rollup-fact-reader';

/**
 * Where KPI families are read from: `rollup` (the product's path) or `raw` (straight from the stored
 * facts, the yardstick that `npm run bench` and the agreement tests compare the rollups with).
 */
export type FactReadPath = 'rollup' | 'raw';

export const FACT_READ_PATHS: readonly FactReadPath[] = ['rollup', 'raw'];

/** Reads KPI families on the path it was configured with (FACTS_READ_PATH). */
export class FactReader {
  constructor(readonly path: FactReadPath = 'rollup') {}

  read(runner: SqlRunner, query: FactQuery): Promise<FamilyRows> {
    return this.path === 'raw' ? readRawFamilies(runner, query) : readRollupFamilies(runner, query);
  }
}
