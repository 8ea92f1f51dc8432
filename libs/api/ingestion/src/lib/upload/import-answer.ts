import type { ImportIssue } from '../import-issue';

/** One file of an imported upload: its rows and what they did to the stored rows. */
export interface ImportedFile {
  readonly file: string;
  readonly rows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}

/**
 * The answer of `POST /api/imports`: 200 IMPORTED, or 422 REJECTED with the first issues (at most
 * MAX_REPORTED_ISSUES) and the count of all. `errors` holds each as `file:line column: message` in
 * English, `issues` the same ones with their message code and parameters, for the dashboard's language.
 */
export type ImportAnswer =
  | { readonly status: 'IMPORTED'; readonly files: readonly ImportedFile[]; readonly durationMs: number }
  | {
      readonly status: 'REJECTED';
      readonly errors: readonly string[];
      readonly issues: readonly ImportIssue[];
      readonly errorCount: number;
    };
