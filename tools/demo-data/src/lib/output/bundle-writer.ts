import { CsvFileWriter, type CsvValue } from './csv-writer';

/** The files of the CSV import bundle and their columns, in the order of docs/import.md#files. */
export const BUNDLE_HEADERS = {
  'regions.csv': ['region_id', 'name'],
  'teams.csv': ['team_id', 'name', 'region_id', 'manager_user_id'],
  'users.csv': ['user_id', 'email', 'display_name', 'role', 'team_id'],
  'deals.csv': [
    'deal_id',
    'business_model',
    'rep_id',
    'customer_id',
    'created_at',
    'amount',
    'segment',
    'source_touchpoint',
  ],
  'stage_events.csv': ['event_id', 'deal_id', 'stage', 'occurred_at', 'info_complete'],
  'interactions.csv': [
    'interaction_id',
    'deal_id',
    'rep_id',
    'touchpoint',
    'direction',
    'occurred_at',
    'response_minutes',
  ],
  'feedback.csv': ['feedback_id', 'deal_id', 'stage', 'touchpoint', 'occurred_at', 'csat', 'nps', 'comment'],
  'targets.csv': [
    'target_id',
    'scope_type',
    'scope_id',
    'business_model',
    'kpi',
    'period_start',
    'period_end',
    'value',
  ],
} as const satisfies Record<string, readonly string[]>;

export type BundleFile = keyof typeof BUNDLE_HEADERS;
export const BUNDLE_FILES = Object.keys(BUNDLE_HEADERS) as BundleFile[];

/** All eight files of one bundle, written in step. */
export class BundleWriter {
  private readonly writers: ReadonlyMap<BundleFile, CsvFileWriter>;

  constructor(dir: string) {
    this.writers = new Map(BUNDLE_FILES.map((file) => [file, new CsvFileWriter(dir, file, BUNDLE_HEADERS[file])]));
  }

  row(file: BundleFile, values: readonly CsvValue[]): void {
    this.writer(file).row(values);
  }

  async flushIfFull(): Promise<void> {
    for (const writer of this.writers.values()) {
      await writer.flushIfFull();
    }
  }

  /** Closes every file and returns its data-row count. */
  async close(): Promise<Record<BundleFile, number>> {
    for (const writer of this.writers.values()) {
      await writer.close();
    }
    return Object.fromEntries(BUNDLE_FILES.map((file) => [file, this.writer(file).rows])) as Record<BundleFile, number>;
  }

  abort(): void {
    this.writers.forEach((writer) => writer.abort());
  }

  private writer(file: BundleFile): CsvFileWriter {
    const writer = this.writers.get(file);
    if (!writer) {
      throw new Error(`Unknown bundle file ${file}`);
    }
    return writer;
  }
}
