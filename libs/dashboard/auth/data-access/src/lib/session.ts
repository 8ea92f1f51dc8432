import { InjectionToken } from '@angular/core';
import { isRole, type Role } from '@salesdash/shared/domain';

/** The signed-in person, as the API's `Viewer`. */
export interface Viewer {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
}

/** What a sign-in yields and what survives a reload (in sessionStorage: gone with the tab). */
export interface Session {
  readonly accessToken: string;
  /** ISO 8601 instant after which the token is refused. */
  readonly expiresAt: string;
  readonly viewer: Viewer;
}

export const SESSION_STORAGE_KEY = 'sd.session';

/** Where the session is kept; tests replace it. Null where no Web Storage exists. */
export const SESSION_STORAGE = new InjectionToken<Storage | null>('SESSION_STORAGE', {
  providedIn: 'root',
  factory: () => (typeof sessionStorage === 'undefined' ? null : sessionStorage),
});

/** Clock of the session expiry; tests replace it. */
export const NOW = new InjectionToken<() => number>('NOW', {
  providedIn: 'root',
  factory: () => () => Date.now(),
});

export function isSessionValid(session: Session, now: number): boolean {
  const expiresAt = Date.parse(session.expiresAt);
  return Number.isFinite(expiresAt) && expiresAt > now;
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
    isRole(viewer['role'])
  );
}

/** Reads a stored session; anything malformed counts as no session. */
export function parseSession(text: string | null): Session | null {
  if (!text) {
    return null;
  }
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object') {
      return null;
    }
    const session = value as Record<string, unknown>;
    if (
      typeof session['accessToken'] !== 'string' ||
      session['accessToken'] === '' ||
      typeof session['expiresAt'] !== 'string' ||
      !isViewer(session['viewer'])
    ) {
      return null;
    }
    return { accessToken: session['accessToken'], expiresAt: session['expiresAt'], viewer: session['viewer'] };
  } catch {
    return null;
  }
}
