import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BundleFile } from '../bundle/bundle-file';
import { CsvFormatError, CsvRecordReader } from '../csv/csv-record-reader';
import { decodedText } from '../csv/decoded-text';
import type { IssueReporter } from '../import-issue';
import type { FileSpec } from '../schema/bundle-schema';
import { RowEncoder } from './row-encoder';
import { copyIntoStagingSql } from './staging-tables';

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

/**
 * Streams one file into its staging table: parsing and checking in JS overlap with PostgreSQL
 * ingesting the COPY. Row issues go to `report`; only an I/O failure throws. Answers the row count.
 */
export async function stageFile(
  client: PoolClient,
  spec: FileSpec,
  file: BundleFile,
  report: IssueReporter,
): Promise<number> {
  const encoder = new RowEncoder(spec, report);
  await pipeline(Readable.from(copyText(file, encoder, report)), client.query(copyFrom(copyIntoStagingSql(spec))));
  return encoder.rows;
}
