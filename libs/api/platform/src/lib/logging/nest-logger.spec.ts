import { createAppLogger } from './app-logger';
import { PinoNestLogger } from './nest-logger';

function capturing() {
  const written: string[] = [];
  const logger = new PinoNestLogger(
    createAppLogger({ level: 'trace', pretty: false }, { write: (line: string) => written.push(line) }),
  );
  return { logger, lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('PinoNestLogger', () => {
  it("writes Nest's lines at the matching level with the context Nest names last", () => {
    const { logger, lines } = capturing();
    logger.log('Nest application successfully started', 'NestApplication');
    logger.verbose('mapped', 'RouterExplorer');
    logger.warn('plain');
    expect(lines()).toEqual([
      expect.objectContaining({ level: 30, msg: 'Nest application successfully started', context: 'NestApplication' }),
      expect.objectContaining({ level: 10, msg: 'mapped', context: 'RouterExplorer' }),
      expect.objectContaining({ level: 40, msg: 'plain' }),
    ]);
    expect(lines()[2]).not.toHaveProperty('context');
  });

  it("keeps the stack of an exception handler's (message, stack, context) call as the error", () => {
    const { logger, lines } = capturing();
    logger.error('boom', 'Error: boom\n    at handler (app.js:1:1)', 'ExceptionsHandler');
    logger.error(new Error('thrown'), 'ExceptionHandler');
    const [fromStack, fromError] = lines();
    expect(fromStack).toMatchObject({ level: 50, context: 'ExceptionsHandler', err: { message: 'boom' } });
    expect((fromStack['err'] as { stack: string }).stack).toContain('at handler (app.js:1:1)');
    expect(fromError).toMatchObject({ level: 50, context: 'ExceptionHandler', err: { message: 'thrown' } });
  });

  it('writes the fields of an object message', () => {
    const { logger, lines } = capturing();
    logger.debug({ msg: 'with fields', rows: 3 }, 'Importer');
    expect(lines()[0]).toMatchObject({ level: 20, msg: 'with fields', rows: 3, context: 'Importer' });
  });
});
