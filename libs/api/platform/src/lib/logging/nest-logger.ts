import type { LoggerService } from '@nestjs/common';
import type { Level, Logger } from 'pino';

/** Nest's exception handlers log `(message, stack, context)`; a stack is told by its "at" lines. */
const STACK = /\n\s*at /;

/**
 * Nest's own log lines (start-up, its exception handlers) written through the process's pino
 * logger, each with the Nest context it names (Nest passes it last). No request is bound to them:
 * that would take AsyncLocalStorage, whose hooks cost every promise of every request. The one line
 * that needs its request — an unexpected error on a plain HTTP route — is logged with it by
 * DomainErrorFilter.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: Level, message: unknown, rest: readonly unknown[]): void {
    const fields: Record<string, unknown> = rest.length > 0 ? { context: rest[rest.length - 1] } : {};
    const stack = rest.slice(0, -1).find((param) => typeof param === 'string' && STACK.test(param));
    if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message });
    } else if (typeof message === 'object' && message !== null) {
      this.logger[level]({ ...fields, ...message });
    } else if (typeof stack === 'string') {
      this.logger[level]({ ...fields, err: Object.assign(new Error(String(message)), { stack }) });
    } else {
      this.logger[level](fields, String(message));
    }
  }
}
