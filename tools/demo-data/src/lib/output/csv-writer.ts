import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { join } from 'node:path';

export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/** RFC 4180 line break. */
const EOL = '\r\n';
/** Rows are batched into chunks this size before touching the stream. */
const CHUNK_CHARS = 64 * 1024;

/** RFC 4180 field: quoted only when needed, quotes doubled; null/undefined is an empty cell. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Streams one CSV file with backpressure, counting its data rows. */
export class CsvFileWriter {
  private readonly stream: WriteStream;
  private pending: string[] = [];
  private pendingChars = 0;
  private rowCount = 0;
  /** A stream error (e.g. EACCES) surfaces at the next flush instead of crashing the process. */
  private failure: Error | undefined;

  constructor(dir: string, fileName: string, header: readonly string[]) {
    this.stream = createWriteStream(join(dir, fileName), { encoding: 'utf8' });
    this.stream.on('error', (error) => {
      this.failure = error;
    });
    this.push(header.join(',') + EOL);
  }

  get rows(): number {
    return this.rowCount;
  }

  row(values: readonly CsvValue[]): void {
    this.rowCount++;
    this.push(values.map(csvField).join(',') + EOL);
  }

  /** Hands a full chunk to the stream and waits if the stream asks us to. */
  async flushIfFull(): Promise<void> {
    if (this.pendingChars >= CHUNK_CHARS) {
      await this.writeChunk();
    }
  }

  async close(): Promise<void> {
    await this.writeChunk();
    this.stream.end();
    await finished(this.stream);
  }

  /** Stops writing after a failure; the partial file is left for the caller to discard. */
  abort(): void {
    this.stream.destroy();
  }

  private push(line: string): void {
    this.pending.push(line);
    this.pendingChars += line.length;
  }

  private async writeChunk(): Promise<void> {
    if (this.failure) {
      throw this.failure;
    }
    if (this.pending.length === 0) {
      return;
    }
    const chunk = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    if (!this.stream.write(chunk)) {
      await once(this.stream, 'drain');
    }
  }
}
