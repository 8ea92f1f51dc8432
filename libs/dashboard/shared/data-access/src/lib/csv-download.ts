import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { DestroyRef, inject, Injectable, type Signal, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { catchError, from, map, type Observable, switchMap, throwError } from 'rxjs';
import { errorBodyText } from './api-message';
import { CSV_EXPORT_TEXTS } from './csv-download.texts';

/** Why an export could not be downloaded, in the API's words where it gave some. */
export interface DownloadFailure {
  readonly status: number;
  readonly message: string;
}

/** The file name a Content-Disposition header gives, or `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(disposition ?? '');
  return match?.[1] ?? fallback;
}

/** A blob's text (FileReader: also where Blob.text is missing). */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

async function messageOf(error: HttpErrorResponse): Promise<string> {
  if (error.error instanceof Blob) {
    try {
      const message = errorBodyText(JSON.parse(await blobText(error.error)));
      if (message !== null) {
        return message;
      }
    } catch {
      // not the API's JSON error: fall back to the status text
    }
  }
  return error.status === 0 ? CSV_EXPORT_TEXTS.unreachable : error.statusText || `HTTP ${error.status}`;
}

/**
 * Downloads a CSV export of the API (same origin: the auth interceptor adds the bearer token, so the
 * export has the caller's rows) and hands it to the browser as a file.
 */
@Injectable({ providedIn: 'root' })
export class CsvDownload {
  private readonly http = inject(HttpClient);

  download(url: string, params: Readonly<Record<string, string | number>>, fallbackName: string): Observable<string> {
    return this.http
      .get(url, { params: new HttpParams({ fromObject: params }), observe: 'response', responseType: 'blob' })
      .pipe(
        map((response) => {
          const name = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
          saveFile(response.body ?? new Blob([]), name);
          return name;
        }),
        catchError((error: unknown) => {
          if (!(error instanceof HttpErrorResponse)) {
            return throwError(() => ({ status: 0, message: String(error) }) satisfies DownloadFailure);
          }
          return from(messageOf(error)).pipe(
            switchMap((message) => throwError(() => ({ status: error.status, message }) satisfies DownloadFailure)),
          );
        }),
      );
  }
}

function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // After the click has handed the file to the browser.
  setTimeout(() => URL.revokeObjectURL(url));
}

/** What a page says about its export: under way, done (the file's name) or failed (why). */
export interface CsvExportState {
  readonly busy: boolean;
  readonly message: string | null;
  readonly failed: boolean;
}

/**
 * A page's export button behind the scenes: one download at a time, its progress as a signal for a
 * status line. Call in an injection context; a download still running when the page goes is dropped.
 */
export function csvExport(): {
  readonly state: Signal<CsvExportState>;
  run(url: string, params: Readonly<Record<string, string | number>>, fallbackName: string): void;
} {
  const csv = inject(CsvDownload);
  const destroyRef = inject(DestroyRef);
  const state = signal<CsvExportState>({ busy: false, message: null, failed: false });
  return {
    state: state.asReadonly(),
    run(url, params, fallbackName) {
      if (state().busy) {
        return;
      }
      state.set({ busy: true, message: CSV_EXPORT_TEXTS.working, failed: false });
      csv
        .download(url, params, fallbackName)
        .pipe(takeUntilDestroyed(destroyRef))
        .subscribe({
          next: (name) =>
            state.set({ busy: false, message: interpolate(CSV_EXPORT_TEXTS.done, { name }), failed: false }),
          error: (failure: DownloadFailure) =>
            state.set({
              busy: false,
              message: interpolate(CSV_EXPORT_TEXTS.failed, { message: failure.message }),
              failed: true,
            }),
        });
    },
  };
}
