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

const DATA_VERSIONS_SQL = `
  SELECT (SELECT version::text FROM fact_build) AS facts,
         (SELECT horizon FROM fact_build) AS "factHorizon",
         (SELECT version::text FROM data_version WHERE domain = 'organisation') AS organisation,
         (SELECT version::text FROM data_version WHERE domain = 'targets') AS targets,
         (SELECT version::text FROM data_version WHERE domain = 'configuration') AS configuration,
         (SELECT version::text FROM data_version WHERE domain = 'corridors') AS corridors`;

export async function readDataVersions(runner: SqlRunner): Promise<DataVersions> {
  const [versions] = (await runner.query(DATA_VERSIONS_SQL)) as DataVersions[];
  return versions;
}
