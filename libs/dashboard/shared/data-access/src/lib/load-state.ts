import { type Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { catchError, map, type Observable, of, startWith, Subject, switchMap, tap } from 'rxjs';
import type { ApiError } from './api-error';

/**
 * The state of something loaded from the API. While loading again, `previous` keeps the last data so
 * a page can keep showing it (marked busy) instead of flashing skeletons.
 */
export type LoadState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly previous?: T }
  | { readonly status: 'loaded'; readonly data: T }
  | { readonly status: 'failed'; readonly error: ApiError };

/** The data to show: the loaded one, or the previous one while loading again. */
export function dataOf<T>(state: LoadState<T>): T | undefined {
  switch (state.status) {
    case 'loaded':
      return state.data;
    case 'loading':
      return state.previous;
    default:
      return undefined;
  }
}

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

/**
 * Loads for each request (a newer one cancels the one still in flight) and again on `retry`; a null
 * request waits. While loading again the state keeps the previous data, so a page shows it marked
 * busy instead of flashing skeletons. Call in an injection context.
 */
export function loadFor<Q, T>(
  request: Signal<Q | null>,
  load: (request: Q) => Observable<T>,
): { readonly state: Signal<LoadState<T>>; readonly retry: () => void } {
  const retries = new Subject<void>();
  let previous: T | undefined;
  const state = toSignal(
    toObservable(request).pipe(
      switchMap((current) =>
        retries.pipe(
          startWith(undefined),
          map(() => current),
        ),
      ),
      switchMap((current): Observable<LoadState<T>> => {
        const loading: LoadState<T> = { status: 'loading', previous };
        if (current === null) {
          return of(loading);
        }
        return load(current).pipe(
          tap((data) => (previous = data)),
          map((data): LoadState<T> => ({ status: 'loaded', data })),
          catchError((error: unknown) => of<LoadState<T>>({ status: 'failed', error: asApiError(error) })),
          startWith(loading),
        );
      }),
    ),
    { initialValue: { status: 'loading' } as LoadState<T> },
  );
  return { state, retry: () => retries.next() };
}

/** The data of a load state, or null while there is none. */
export function loaded<T>(state: LoadState<T>): T | null {
  return state.status === 'loaded' ? state.data : null;
}
