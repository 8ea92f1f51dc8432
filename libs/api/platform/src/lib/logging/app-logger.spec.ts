import { createAppLogger, REDACTED, SECRET_HEADERS } from './app-logger';

function capturingLogger() {
  const written: string[] = [];
  const logger = createAppLogger({ level: 'info', pretty: false }, { write: (line: string) => written.push(line) });
  return { logger, lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('createAppLogger', () => {
  it('replaces every credential header of a request bound to a child logger, keeping the others', () => {
    const { logger, lines } = capturingLogger();
    const headers = Object.fromEntries(SECRET_HEADERS.map((name) => [name, `secret-${name}`]));

    logger
      .child({ req: { method: 'POST', headers: { ...headers, 'content-type': 'application/json' } } })
      .error('failed');

    const [line] = lines();
    expect(line['req']).toEqual({
      method: 'POST',
      headers: {
        ...Object.fromEntries(SECRET_HEADERS.map((name) => [name, REDACTED])),
        'content-type': 'application/json',
      },
    });
    expect(JSON.stringify(line)).not.toContain('secret-');
  });

  it('replaces the Set-Cookie header of a response and the parameters of a failed SQL statement', () => {
    const { logger, lines } = capturingLogger();
    const failed = Object.assign(new Error('duplicate key'), {
      query: 'UPDATE app_user SET password_hash = $1',
      parameters: ['$argon2id$hash'],
    });

    logger.error({ err: failed, res: { statusCode: 200, headers: { 'set-cookie': 'sd_refresh=secret' } } }, 'failed');

    const [line] = lines();
    expect(line['err']).toMatchObject({ message: 'duplicate key', query: failed.query, parameters: REDACTED });
    expect(line['res']).toEqual({ statusCode: 200, headers: { 'set-cookie': REDACTED } });
    expect(JSON.stringify(line)).not.toMatch(/argon2id|sd_refresh/);
  });
});
