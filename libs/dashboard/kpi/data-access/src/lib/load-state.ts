import type { ApiError } from '@salesdash/dashboard/shared/data-access';

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
