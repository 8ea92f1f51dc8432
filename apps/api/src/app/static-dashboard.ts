import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';

const API_PATHS = ['/graphql', '/health', '/api'];

/**
 * Serves the built dashboard at `/` beside the API, with the SPA fallback to index.html for
 * client-side routes. Returns false when the dashboard has not been built.
 */
export function serveDashboard(app: INestApplication, dashboardDir: string): boolean {
  const indexFile = join(dashboardDir, 'index.html');
  if (!existsSync(indexFile)) {
    return false;
  }
  app.use(express.static(dashboardDir, { index: false, maxAge: '1h' }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isApi = API_PATHS.some((path) => request.path === path || request.path.startsWith(`${path}/`));
    if (request.method !== 'GET' || isApi || !request.accepts('html')) {
      next();
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
  return true;
}
