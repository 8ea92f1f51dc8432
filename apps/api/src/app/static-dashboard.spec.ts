import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { serveDashboard } from './static-dashboard';

@Module({})
class EmptyModule {}

describe('serveDashboard', () => {
  const dir = mkdtempSync(join(tmpdir(), 'salesdash-static-'));
  let app: INestApplication;
  let baseUrl: string;

  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), '<html>dashboard</html>');
    writeFileSync(join(dir, 'main.js'), 'console.log(1)');
    app = await NestFactory.create(EmptyModule, { logger: false });
    expect(serveDashboard(app, dir)).toBe(true);
    await app.listen(0, '127.0.0.1');
    baseUrl = await app.getUrl();
  });

  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves built files and falls back to index.html for client-side routes', async () => {
    expect(await (await fetch(`${baseUrl}/main.js`)).text()).toBe('console.log(1)');
    const route = await fetch(`${baseUrl}/some/client/route`, { headers: { accept: 'text/html' } });
    expect(await route.text()).toBe('<html>dashboard</html>');
  });

  it('never answers API paths with the dashboard', async () => {
    for (const path of ['/graphql', '/health', '/graphql/x', '/api/exports/target-grid']) {
      const response = await fetch(`${baseUrl}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(404);
    }
  });

  it('reports a missing build', () => {
    expect(serveDashboard(app, join(dir, 'missing'))).toBe(false);
  });
});
