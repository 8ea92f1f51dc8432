import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';

const API_PATHS = ['/graphql', '/health', '/api'];
/** The dashboard's languages, as its build names their folders and paths; the first is the fallback. */
export const DASHBOARD_LANGUAGES = ['en', 'de'] as const;
/** Set by the dashboard when a person picks a language; the server's choice for `/` follows it. */
export const LANGUAGE_COOKIE = 'sd-language';
const LANGUAGE_CHOICE = new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=(\\w+)`);

function isApiPath(path: string): boolean {
  return API_PATHS.some((api) => path === api || path.startsWith(`${api}/`));
}

function wantsPage(request: Request): boolean {
  return request.method === 'GET' && !isApiPath(request.path) && Boolean(request.accepts('html'));
}

function chosenLanguage(request: Request): string | undefined {
  const match = LANGUAGE_CHOICE.exec(request.headers.cookie ?? '');
  return DASHBOARD_LANGUAGES.find((language) => language === match?.[1]);
}

/** The cookie of an earlier choice, else the browser's preferred language, else English. */
export function preferredLanguage(request: Request): string {
  return chosenLanguage(request) ?? (request.acceptsLanguages(...DASHBOARD_LANGUAGES) || DASHBOARD_LANGUAGES[0]);
}

function serveFolder(dir: string): express.Handler[] {
  const indexFile = join(dir, 'index.html');
  return [
    express.static(dir, { index: false, maxAge: '1h' }),
    (request: Request, response: Response, next: NextFunction) => {
      if (!wantsPage(request)) {
        next();
        return;
      }
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(indexFile);
    },
  ];
}

/**
 * Serves the built dashboard beside the API, with the SPA fallback to index.html for client-side
 * routes. The production build has one folder per language, served under `/en/…` and `/de/…`; any
 * other page address (`/`, `/me`, a bookmark from before) is redirected into the preferred language.
 * A development build (one folder, no languages) is served at `/`. Returns false when the dashboard
 * has not been built.
 */
export function serveDashboard(app: INestApplication, dashboardDir: string): boolean {
  const languages = DASHBOARD_LANGUAGES.filter((language) => existsSync(join(dashboardDir, language, 'index.html')));
  if (languages.length === 0) {
    if (!existsSync(join(dashboardDir, 'index.html'))) {
      return false;
    }
    app.use(...serveFolder(dashboardDir));
    return true;
  }
  for (const language of languages) {
    app.use(`/${language}`, ...serveFolder(join(dashboardDir, language)));
  }
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (!wantsPage(request)) {
      next();
      return;
    }
    const preferred = preferredLanguage(request);
    const language = languages.find((available) => available === preferred) ?? languages[0];
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('Vary', 'Accept-Language, Cookie');
    response.redirect(302, `/${language}${request.originalUrl}`);
  });
  return true;
}
