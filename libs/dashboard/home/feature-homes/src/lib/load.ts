import { computed, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { CorridorIndex, type KpiApi, type LoadState } from '@salesdash/dashboard/kpi/data-access';
import { addDays, type Period } from '@salesdash/shared/domain';
import type { ApiError } from '@salesdash/dashboard/shared/data-access';
import { catchError, map, type Observable, of, startWith, Subject, switchMap } from 'rxjs';
import { HOME_TEXTS } from './home.texts';

export function asApiError(error: unknown): ApiError {
  return error && typeof error === 'object' && 'code' in error
    ? (error as ApiError)
    : { code: 'NETWORK', message: String(error) };
}

/** Loads once (and again on `retry`) into a signal; call in an injection context. */
export function loadResource<T>(load: () => Observable<T>): {
  readonly state: Signal<LoadState<T>>;
  readonly retry: () => void;
} {
  const retries = new Subject<void>();
  const state = toSignal(
    retries.pipe(
      startWith(undefined),
      switchMap(() =>
        load().pipe(
          map((data): LoadState<T> => ({ status: 'loaded', data })),
          catchError((error: unknown) => of<LoadState<T>>({ status: 'failed', error: asApiError(error) })),
          startWith<LoadState<T>>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<T> },
  );
  return { state, retry: () => retries.next() };
}

/** A page's message for a failed load: FORBIDDEN is said plainly, never as a crash. */
export function errorMessage(error: ApiError): string {
  switch (error.code) {
    case 'FORBIDDEN':
    case 'NETWORK':
      return HOME_TEXTS.error[error.code];
    default:
      return HOME_TEXTS.error.other;
  }
}

const NO_CORRIDORS = new CorridorIndex([]);

/**
 * The corridors in force on the period's last day, in one request for the whole page: they explain
 * each status and draw the trend bands. Until they load (or if they fail) statuses show unexplained.
 */
export function loadCorridors(api: KpiApi, period: Period): Signal<CorridorIndex> {
  const { state } = loadResource(() => api.corridorsInForce(addDays(period.to, -1)));
  return computed(() => {
    const current = state();
    return current.status === 'loaded' ? new CorridorIndex(current.data) : NO_CORRIDORS;
  });
}
