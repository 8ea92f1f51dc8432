import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import type { QueryRunner } from 'typeorm';
import type { LoadableFile } from '../bundle/bundle-contents';
import { from as copyFrom } from 'pg-copy-streams';
import type { BundleFile } from '../bundle/bundle-file';
import { CsvFormatError, CsvRecordReader } from '../csv/csv-record-reader';
import { decodedText } from '../csv/decoded-text';
import type { IssueReporter } from '../import-issue';
import type { ImportPhases } from '../import-phases';
import type { FileSpec } from '../schema/bundle-schema';
import { RowEncoder } from './row-encoder';
import { analyzeStagingTablesSql, copyIntoStagingSql, createStagingTablesSql } from './staging-tables';

const COPY_CHUNK_CHARS = 1 << 16;

async function* copyText(file: BundleFile, encoder: RowEncoder, report: IssueReporter): AsyncGenerator<Buffer> {
  const reader = new CsvRecordReader(encoder.add);
  try {
    for await (const text of decodedText(file.open())) {
      reader.push(text);
      if (encoder.pendingLength >= COPY_CHUNK_CHARS) {
        yield encoder.take();
      }
    }
    reader.end();
    encoder.finish();
  } catch (error) {
    if (!(error instanceof CsvFormatError)) {
      throw error;
    }
    report(error.line, '-', ...error.problem);
  }
  yield encoder.take();
}

/** Where a file's rows go: its staging table (with the line of each row), or its own table. */
export type CopyTarget = 'staging' | 'table';

function copySql(spec: FileSpec, target: CopyTarget): string {
  return target === 'staging'
    ? copyIntoStagingSql(spec)
    : `COPY ${spec.table} (${spec.columns.map((column) => column.name).join(', ')}) FROM STDIN`;
}

/**
 * Streams one file into its staging table (or its own table): parsing and checking in JS overlap
 * with PostgreSQL ingesting the COPY. Row issues go to `report`; only an I/O failure, or a `report`
 * that throws, ends it early. Answers the row count.
 */
export async function stageFile(
  client: PoolClient,
  spec: FileSpec,
  file: BundleFile,
  report: IssueReporter,
  target: CopyTarget = 'staging',
): Promise<number> {
  const encoder = new RowEncoder(spec, report, target === 'staging');
  await pipeline(Readable.from(copyText(file, encoder, report)), client.query(copyFrom(copySql(spec, target))));
  return encoder.rows;
}

/**
 * Copies each file into its staging table (every table is created, also for absent files, so every
 * check can name it) and gathers their statistics; answers the row count by file name.
 */
export async function stageAll(
  queryRunner: QueryRunner,
  client: PoolClient,
  loadable: readonly LoadableFile[],
  reporterFor: (file: string) => IssueReporter,
  phases: ImportPhases,
): Promise<Map<string, number>> {
  await queryRunner.query(createStagingTablesSql());
  const rows = new Map<string, number>();
  for (const { spec, file } of loadable) {
    const staged = await phases.time(`read, check and COPY ${spec.file}`, () =>
      stageFile(client, spec, file, reporterFor(spec.file)),
    );
    rows.set(spec.file, staged);
  }
  await phases.time('staging statistics', () => queryRunner.query(analyzeStagingTablesSql()));
  return rows;
}
