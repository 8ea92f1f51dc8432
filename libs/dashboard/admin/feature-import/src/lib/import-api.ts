import { HttpClient, HttpErrorResponse, type HttpEvent, HttpEventType } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { apiMessageText, errorBodyText } from '@salesdash/dashboard/shared/data-access';
import { catchError, filter, map, type Observable, of } from 'rxjs';

/** The API's upload route (same origin, so the auth interceptor adds the bearer token). */
export const IMPORTS_URL = '/api/imports';

export interface ImportedFile {
  readonly file: string;
  readonly rows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}

/**
 * The answer of `POST /api/imports` (libs/api/ingestion ImportAnswer), its errors as
 * `file:line column: message` in the reader's language.
 */
export type ImportAnswer =
  | { readonly status: 'IMPORTED'; readonly files: readonly ImportedFile[]; readonly durationMs: number }
  | { readonly status: 'REJECTED'; readonly errors: readonly string[]; readonly errorCount: number };

export type UploadFailure =
  | { readonly kind: 'BAD_INPUT'; readonly message: string }
  | { readonly kind: 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NETWORK' | 'SERVER' };

/** Where an upload is: sending (fraction of the bytes, null when unknown), checking on the server, or done. */
export type UploadStep =
  | { readonly kind: 'sending'; readonly fraction: number | null }
  | { readonly kind: 'checking' }
  | { readonly kind: 'answered'; readonly answer: ImportAnswer }
  | { readonly kind: 'failed'; readonly failure: UploadFailure };

function isImportAnswer(body: unknown): body is ImportAnswer {
  if (!body || typeof body !== 'object') {
    return false;
  }
  const status = (body as { status?: unknown }).status;
  return status === 'IMPORTED'
    ? Array.isArray((body as { files?: unknown }).files)
    : status === 'REJECTED' && Array.isArray((body as { errors?: unknown }).errors);
}

/** One problem of a rejected bundle as the API sends it: where, its message's code and parameters, its English text. */
interface SentIssue {
  readonly file: string;
  readonly line: number;
  readonly column: string;
  readonly code?: unknown;
  readonly params?: unknown;
  readonly message: string;
}

function isSentIssue(value: unknown): value is SentIssue {
  const issue = value as Partial<SentIssue> | null;
  return (
    typeof issue?.file === 'string' &&
    typeof issue.line === 'number' &&
    typeof issue.column === 'string' &&
    typeof issue.message === 'string'
  );
}

/** A rejected bundle's errors in the reader's language, where the API sent them with their codes. */
function inReadersLanguage(answer: ImportAnswer): ImportAnswer {
  const sent: unknown = (answer as { issues?: unknown }).issues;
  if (answer.status !== 'REJECTED' || !Array.isArray(sent) || !sent.every(isSentIssue)) {
    return answer;
  }
  const errors = sent.map(
    (issue) =>
      `${issue.file}:${issue.line} ${issue.column}: ${apiMessageText(issue.code, issue.params, issue.message)}`,
  );
  return { status: 'REJECTED', errors, errorCount: answer.errorCount };
}

/** The API's message of a refused upload, in the reader's language, without the `files: ` field prefix. */
function refusalMessage(body: unknown): string {
  return (errorBodyText(body) ?? '').replace(/^files: /, '');
}

function failureOf(error: unknown): UploadStep {
  if (!(error instanceof HttpErrorResponse)) {
    return { kind: 'failed', failure: { kind: 'SERVER' } };
  }
  if (error.status === 422 && isImportAnswer(error.error)) {
    return { kind: 'answered', answer: inReadersLanguage(error.error) };
  }
  switch (error.status) {
    case 0:
      return { kind: 'failed', failure: { kind: 'NETWORK' } };
    case 400:
      return { kind: 'failed', failure: { kind: 'BAD_INPUT', message: refusalMessage(error.error) } };
    case 401:
      return { kind: 'failed', failure: { kind: 'UNAUTHENTICATED' } };
    case 403:
      return { kind: 'failed', failure: { kind: 'FORBIDDEN' } };
    default:
      return { kind: 'failed', failure: { kind: 'SERVER' } };
  }
}

function stepOf(event: HttpEvent<unknown>): UploadStep | null {
  switch (event.type) {
    case HttpEventType.Sent:
      return { kind: 'sending', fraction: 0 };
    case HttpEventType.UploadProgress:
      if (event.total && event.loaded >= event.total) {
        return { kind: 'checking' };
      }
      return { kind: 'sending', fraction: event.total ? event.loaded / event.total : null };
    case HttpEventType.Response:
      return isImportAnswer(event.body)
        ? { kind: 'answered', answer: event.body }
        : { kind: 'failed', failure: { kind: 'SERVER' } };
    default:
      return null;
  }
}

/** Uploads a bundle to the API, reporting upload progress; never errors, a failure is its last step. */
@Injectable({ providedIn: 'root' })
export class ImportApi {
  private readonly http = inject(HttpClient);

  upload(files: readonly File[]): Observable<UploadStep> {
    const form = new FormData();
    for (const file of files) {
      form.append('files', file, file.name);
    }
    return this.http.post(IMPORTS_URL, form, { reportProgress: true, observe: 'events' }).pipe(
      map(stepOf),
      filter((step): step is UploadStep => step !== null),
      catchError((error: unknown) => of(failureOf(error))),
    );
  }
}
