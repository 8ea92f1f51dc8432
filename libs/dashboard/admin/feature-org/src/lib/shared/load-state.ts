import { computed, type Signal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { BehaviorSubject, catchError, combineLatest, map, type Observable, of, startWith, switchMap } from 'rxjs';
import { type AdminError, errorMessage } from '../data/admin-error';
import { type LoadState } from '@salesdash/dashboard/shared/data-access';

function asAdminError(error: unknown): AdminError {
  return error && typeof error === 'object' && 'code' in error && 'issues' in error
    ? (error as AdminError)
    : { code: 'NETWORK', message: String(error), issues: [] };
}

/**
 * Loads whenever `params` change and on `reload()`, into a signal; while loading again the last
 * data stays as `previous`, so a list does not flash after each change. Call in an injection context.
 */
export function loadWhenChanged<P, T>(
  params: Signal<P>,
  load: (params: P) => Observable<T>,
): { readonly state: Signal<LoadState<T>>; readonly reload: () => void } {
  const reloads = new BehaviorSubject<void>(undefined);
  let last: T | undefined;
  const state = toSignal(
    combineLatest([toObservable(params), reloads]).pipe(
      switchMap(([current]) =>
        load(current).pipe(
          map((data): LoadState<T> => {
            last = data;
            return { status: 'loaded', data };
          }),
          catchError((error: unknown) => of<LoadState<T>>({ status: 'failed', error: asAdminError(error) })),
          startWith<LoadState<T>>({ status: 'loading', previous: last }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<T> },
  );
  return { state, reload: () => reloads.next() };
}

/** Loads once, and again on `reload()`. Call in an injection context. */
export function loadOnce<T>(load: () => Observable<T>): {
  readonly state: Signal<LoadState<T>>;
  readonly reload: () => void;
} {
  return loadWhenChanged(signal(null), () => load());
}

/** Why the last load failed, in words; null while loading or loaded. */
export function failureOf<T>(state: Signal<LoadState<T>>): Signal<string | null> {
  return computed(() => {
    const current = state();
    return current.status === 'failed' ? errorMessage(current.error) : null;
  });
}
