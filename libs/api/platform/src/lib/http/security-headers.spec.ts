import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { CONTENT_SECURITY_POLICY, securityHeaders } from './security-headers';

async function headersOf(production: boolean): Promise<Headers> {
  const app = express();
  app.use(securityHeaders({ production }));
  app.get('/', (_request, response) => {
    response.send('ok');
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  try {
    const { port } = server.address() as AddressInfo;
    return (await fetch(`http://127.0.0.1:${port}/`)).headers;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('securityHeaders', () => {
  it('sets the policy headers and removes X-Powered-By', async () => {
    const headers = await headersOf(false);
    expect(headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(headers.get('permissions-policy')).toContain('camera=()');
    expect(headers.get('x-powered-by')).toBeNull();
  });

  it('allows scripts from the origin only, plus the one hashed stylesheet handler, and no framing', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
        const [name, ...sources] = directive.split(' ');
        return [name, sources] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    const handlerHash = createHash('sha256').update("this.media='all'").digest('base64');
    expect(directives.get('script-src')).toEqual(["'self'", "'unsafe-hashes'", `'sha256-${handlerHash}'`]);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
  });

  it('sends Strict-Transport-Security in production only', async () => {
    expect((await headersOf(false)).get('strict-transport-security')).toBeNull();
    expect((await headersOf(true)).get('strict-transport-security')).toBe('max-age=31536000');
  });
});
