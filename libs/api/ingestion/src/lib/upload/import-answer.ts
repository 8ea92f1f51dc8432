/** One file of an imported upload: its rows and what they did to the stored rows. */
export interface ImportedFile {
  readonly file: string;
  readonly rows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}

/**
 * The answer of `POST /api/imports`: 200 IMPORTED, or 422 REJECTED with the first issues as
 * `file:line column: message` (at most MAX_REPORTED_ISSUES) and the count of all.
 */
export type ImportAnswer =
  | { readonly status: 'IMPORTED'; readonly files: readonly ImportedFile[]; readonly durationMs: number }
  | { readonly status: 'REJECTED'; readonly errors: readonly string[]; readonly errorCount: number };
