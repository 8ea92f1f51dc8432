import type { SqlRunner } from '../audit/audit-trail';

/**
 * The change counters an answer can be cached under: the facts layer's (`fact_build`, with the
 * latest instant of any fact) and those of the organisation, the targets, the configuration and the
 * corridors (`data_version`, raised by triggers in the transaction of every change). Read before the data they cover, so an answer is
 * never older than the versions it is kept under.
 */
export interface DataVersions {
  /** Null before the facts layer is built. */
  readonly facts: string | null;
  readonly factHorizon: Date | null;
  readonly organisation: string;
  readonly targets: string;
  /** Business models and the KPI responsibility matrix. */
  readonly configuration: string;
  readonly corridors: string;
}

const VERSION_SQL: Record<keyof DataVersions, string> = {
  facts: 'SELECT version::text FROM fact_build',
  factHorizon: 'SELECT horizon FROM fact_build',
  organisation: `SELECT version::text FROM data_version WHERE domain = 'organisation'`,
  targets: `SELECT version::text FROM data_version WHERE domain = 'targets'`,
  configuration: `SELECT version::text FROM data_version WHERE domain = 'configuration'`,
  corridors: `SELECT version::text FROM data_version WHERE domain = 'corridors'`,
};

const VERSION_NAMES = Object.keys(VERSION_SQL) as (keyof DataVersions)[];

/** The column a version is read into: prefixed, so it cannot meet a column of the statement it is joined to. */
const columnOf = (name: keyof DataVersions) => `data_versions.${name}`;

/**
 * A FROM item of one row holding the data versions, to join (CROSS JOIN) to a statement that needs
 * them too — a request's session check reads them in the same round trip. `dataVersionsOf` reads them
 * back from the statement's row.
 */
export const DATA_VERSIONS_ROW = `(SELECT ${VERSION_NAMES.map((name) => `(${VERSION_SQL[name]}) AS "${columnOf(name)}"`).join(', ')}) data_versions`;

/** The data versions in a row of a statement joined to DATA_VERSIONS_ROW. */
export function dataVersionsOf(row: Readonly<Record<string, unknown>>): DataVersions {
  return Object.fromEntries(VERSION_NAMES.map((name) => [name, row[columnOf(name)]])) as unknown as DataVersions;
}

export async function readDataVersions(runner: SqlRunner): Promise<DataVersions> {
  const [row] = (await runner.query(`SELECT * FROM ${DATA_VERSIONS_ROW}`)) as Record<string, unknown>[];
  return dataVersionsOf(row);
}
