import type { CookieOptions, Request, Response } from 'express';
import type { SessionSecrets } from './refresh-tokens';

/** httpOnly: script never reads it; sent only to /graphql, where the session operations live. */
export const REFRESH_COOKIE = 'sd_refresh';
/** Readable by the dashboard's script, which echoes it in CSRF_HEADER (double submit). */
export const CSRF_COOKIE = 'sd_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Reads one cookie from the Cookie header; the last occurrence wins, as in browsers' own order. */
export function readCookie(request: Request, name: string): string | undefined {
  let found: string | undefined;
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      try {
        found = decodeURIComponent(part.slice(separator + 1).trim());
      } catch {
        found = undefined;
      }
    }
  }
  return found || undefined;
}

export function csrfHeaderOf(request: Request): string | undefined {
  const header = request.headers[CSRF_HEADER];
  return typeof header === 'string' && header !== '' ? header : undefined;
}

/** Writes the session cookies; `secure` in production, where the app is served over HTTPS. */
export class SessionCookies {
  constructor(private readonly secure: boolean) {}

  set(response: Response, session: SessionSecrets): void {
    const common: CookieOptions = { sameSite: 'strict', secure: this.secure, expires: session.expiresAt };
    response.cookie(REFRESH_COOKIE, session.refreshToken, { ...common, httpOnly: true, path: '/graphql' });
    response.cookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false, path: '/' });
  }

  clear(response: Response): void {
    response.clearCookie(REFRESH_COOKIE, { sameSite: 'strict', secure: this.secure, httpOnly: true, path: '/graphql' });
    response.clearCookie(CSRF_COOKIE, { sameSite: 'strict', secure: this.secure, path: '/' });
  }
}
