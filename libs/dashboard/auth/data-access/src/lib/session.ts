import { InjectionToken } from '@angular/core';
import { isLanguage, isRole } from '@salesdash/shared/domain';
import type { AuthPayloadFieldsFragment } from './generated/graphql';

/**
 * What a sign-in or a refresh yields (the API's `AuthPayload`; `expiresAt` is the ISO 8601 instant after
 * which the access token is refused, `mustChangePassword` allows only the change-password page). Kept in
 * memory only: a reload gets a new one through the httpOnly refresh cookie, so no token ever sits in Web
 * Storage for a script to read.
 */
export type Session = AuthPayloadFieldsFragment;

/** The signed-in person, as the API's `Viewer`. */
export type Viewer = Session['viewer'];

/** The readable cookie the API sets beside the refresh cookie; echoed in CSRF_HEADER. */
export const CSRF_COOKIE = 'sd_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** Reads the CSRF cookie; tests replace it. Null when there is none (no session in this browser). */
export const CSRF_TOKEN = new InjectionToken<() => string | null>('CSRF_TOKEN', {
  providedIn: 'root',
  factory: () => () => {
    if (typeof document === 'undefined') {
      return null;
    }
    const entry = document.cookie.split('; ').find((part) => part.startsWith(`${CSRF_COOKIE}=`));
    return entry ? decodeURIComponent(entry.slice(CSRF_COOKIE.length + 1)) : null;
  },
});

/**
 * Runs a session refresh while no other tab of this browser runs one. The tabs share the refresh
 * cookie, and a refresh token works once: two tabs refreshing at the same moment would present the
 * same token twice, which the API treats as theft and ends the session. Without the Web Locks API
 * (a page not served over HTTPS or localhost) it simply runs.
 */
export const REFRESH_LOCK = new InjectionToken<<T>(task: () => Promise<T>) => Promise<T>>('REFRESH_LOCK', {
  providedIn: 'root',
  factory: () => {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    return <T>(task: () => Promise<T>): Promise<T> =>
      locks ? (locks.request('salesdash-session-refresh', task) as Promise<T>) : task();
  },
});

/** Clock of the token expiry; tests replace it. */
export const NOW = new InjectionToken<() => number>('NOW', {
  providedIn: 'root',
  factory: () => () => Date.now(),
});

/** The access token is renewed this long before it runs out, so no request races its expiry. */
export const RENEW_MARGIN_MS = 30_000;

export function isTokenFresh(session: Session, now: number): boolean {
  const expiresAt = Date.parse(session.expiresAt);
  return Number.isFinite(expiresAt) && expiresAt - RENEW_MARGIN_MS > now;
}

function isViewer(value: unknown): value is Viewer {
  if (!value || typeof value !== 'object') {
    return false;
  }
  const viewer = value as Record<string, unknown>;
  return (
    typeof viewer['id'] === 'string' &&
    typeof viewer['email'] === 'string' &&
    typeof viewer['displayName'] === 'string' &&
    typeof viewer['role'] === 'string' &&
    isRole(viewer['role']) &&
    (viewer['language'] === null || viewer['language'] === undefined || isLanguage(viewer['language']))
  );
}

/** Reads the API's AuthPayload; anything malformed counts as no session. */
export function parseSession(value: unknown): Session | null {
  if (!value || typeof value !== 'object') {
    return null;
  }
  const payload = value as Record<string, unknown>;
  if (
    typeof payload['accessToken'] !== 'string' ||
    payload['accessToken'] === '' ||
    typeof payload['expiresAt'] !== 'string' ||
    !isViewer(payload['viewer'])
  ) {
    return null;
  }
  const { id, email, displayName, role, language } = payload['viewer'];
  return {
    accessToken: payload['accessToken'],
    expiresAt: payload['expiresAt'],
    mustChangePassword: payload['mustChangePassword'] === true,
    viewer: { id, email, displayName, role, language: language ?? null },
  };
}
