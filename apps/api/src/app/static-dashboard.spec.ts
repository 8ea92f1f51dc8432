import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { serveDashboard } from './static-dashboard';

@Module({})
class EmptyModule {}

async function serve(dir: string): Promise<{ app: INestApplication; baseUrl: string }> {
  const app = await NestFactory.create(EmptyModule, { logger: false });
  expect(serveDashboard(app, dir)).toBe(true);
  await app.listen(0, '127.0.0.1');
  return { app, baseUrl: await app.getUrl() };
}

function page(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { headers: { accept: 'text/html', ...headers }, redirect: 'manual' });
}

describe('serveDashboard', () => {
  const root = mkdtempSync(join(tmpdir(), 'salesdash-static-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  describe('a build per language', () => {
    const dir = join(root, 'localized');
    let app: INestApplication;
    let baseUrl: string;

    beforeAll(async () => {
      for (const language of ['en', 'de']) {
        mkdirSync(join(dir, language), { recursive: true });
        writeFileSync(join(dir, language, 'index.html'), `<html lang="${language}">dashboard</html>`);
        writeFileSync(join(dir, language, 'main.js'), `console.log('${language}')`);
      }
      ({ app, baseUrl } = await serve(dir));
    });

    afterAll(() => app.close());

    it("serves each language's files and falls back to its index.html for client-side routes", async () => {
      expect(await (await fetch(`${baseUrl}/de/main.js`)).text()).toBe("console.log('de')");
      expect(await (await page(`${baseUrl}/de/reps/U-1`)).text()).toBe('<html lang="de">dashboard</html>');
      expect(await (await page(`${baseUrl}/en/me?period=THIS_MONTH`)).text()).toBe('<html lang="en">dashboard</html>');
    });

    it('sends other addresses to the chosen language, else the browser’s, else English, keeping path and query', async () => {
      const cases: [Record<string, string>, string][] = [
        [{}, '/en/me?period=LAST_MONTH'],
        [{ 'accept-language': 'de-DE,de;q=0.9,en;q=0.8' }, '/de/me?period=LAST_MONTH'],
        [{ 'accept-language': 'fr-FR,fr;q=0.9' }, '/en/me?period=LAST_MONTH'],
        [{ 'accept-language': 'de-DE', cookie: 'sd_csrf=x; sd-language=en' }, '/en/me?period=LAST_MONTH'],
        [{ cookie: 'sd-language=de' }, '/de/me?period=LAST_MONTH'],
        [{ cookie: 'sd-language=xx', 'accept-language': 'de' }, '/de/me?period=LAST_MONTH'],
      ];
      for (const [headers, location] of cases) {
        const response = await page(`${baseUrl}/me?period=LAST_MONTH`, headers);
        expect([response.status, response.headers.get('location')]).toEqual([302, location]);
      }
      expect((await page(`${baseUrl}/`, { cookie: 'sd-language=de' })).headers.get('location')).toBe('/de/');
    });

    it('never answers API paths or non-page requests with the dashboard', async () => {
      for (const path of ['/graphql', '/health', '/graphql/x', '/api/exports/target-grid']) {
        expect((await page(`${baseUrl}${path}`)).status).toBe(404);
      }
      expect((await fetch(`${baseUrl}/missing.js`, { headers: { accept: 'application/javascript' } })).status).toBe(
        404,
      );
    });
  });

  describe('a development build', () => {
    const dir = join(root, 'plain');
    let app: INestApplication;
    let baseUrl: string;

    beforeAll(async () => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), '<html>dashboard</html>');
      writeFileSync(join(dir, 'main.js'), 'console.log(1)');
      ({ app, baseUrl } = await serve(dir));
    });

    afterAll(() => app.close());

    it('serves built files at / and falls back to index.html for client-side routes', async () => {
      expect(await (await fetch(`${baseUrl}/main.js`)).text()).toBe('console.log(1)');
      expect(await (await page(`${baseUrl}/some/client/route`)).text()).toBe('<html>dashboard</html>');
      expect((await page(`${baseUrl}/graphql`)).status).toBe(404);
    });
  });

  it('reports a missing build', async () => {
    const app = await NestFactory.create(EmptyModule, { logger: false });
    expect(serveDashboard(app, join(root, 'missing'))).toBe(false);
    await app.close();
  });
});
