import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * The built dashboard loads its stylesheet with `onload="this.media='all'"` (Angular inlines the
 * critical CSS and defers the rest). An inline handler runs only when its hash is allowed with
 * 'unsafe-hashes'; this allows exactly that one handler, never inline scripts in general.
 */
const DEFERRED_STYLESHEET_HANDLER = "'sha256-MhtPZXr7+LpJUY5qtMutB+qWfQtMaPccfe7QXtCcEYc='";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-hashes' ${DEFERRED_STYLESHEET_HANDLER}`,
  // Angular adds component styles as <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const ALWAYS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * Only in production: behind plain HTTP (local runs) the browser would pin a host to HTTPS for a
 * year. Subdomains and preloading are the deployment's decision, so they are left out.
 */
const PRODUCTION_ONLY: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=31536000',
};

/** Express middleware setting the security headers on every response (dashboard, API, health). */
export function securityHeaders(options: { production: boolean }): RequestHandler {
  const headers = options.production ? { ...ALWAYS, ...PRODUCTION_ONLY } : ALWAYS;
  return (_request: Request, response: Response, next: NextFunction) => {
    // Express announces itself before any middleware runs; the framework is nobody's business.
    response.removeHeader('X-Powered-By');
    for (const [name, value] of Object.entries(headers)) {
      response.setHeader(name, value);
    }
    next();
  };
}
