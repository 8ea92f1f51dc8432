import { type ArgumentsHost, NotFoundException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { ConflictError, ValidationError } from '../errors/domain-errors';
import { createAppLogger, REDACTED } from '../logging/app-logger';
import { DomainErrorFilter } from './domain-error.filter';

interface Answer {
  status?: number;
  headers: Record<string, string>;
  body?: unknown;
  headersSent?: boolean;
  ended?: boolean;
}

const REQUEST = {
  method: 'POST',
  originalUrl: '/api/imports',
  headers: { authorization: 'Bearer secret-token', 'content-type': 'multipart/form-data' },
};

function httpHost(answer: Answer): ArgumentsHost {
  const response = {
    get headersSent() {
      return answer.headersSent ?? false;
    },
    setHeader: (name: string, value: string) => (answer.headers[name] = value),
    status(code: number) {
      answer.status = code;
      return this;
    },
    json: (body: unknown) => (answer.body = body),
    end: () => (answer.ended = true),
  };
  return {
    getType: () => 'http',
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => REQUEST }),
  } as unknown as ArgumentsHost;
}

function capturingLogger() {
  const written: string[] = [];
  const logger = createAppLogger({ level: 'info', pretty: false }, { write: (line: string) => written.push(line) });
  return { logger, lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const filter = () => new DomainErrorFilter(capturingLogger().logger);

describe('DomainErrorFilter', () => {
  it('answers a domain error with its status and code', () => {
    const answer: Answer = { headers: {} };
    filter().catch(ValidationError.of('file', 'VALUE_REQUIRED', {}), httpHost(answer));
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', field: 'file' } } });
  });

  it('answers the message code and parameters beside the English message, for each issue too', () => {
    const refused: Answer = { headers: {} };
    filter().catch(ValidationError.of('input.from', 'DATE_FORMAT', { value: '2024-13-01' }), httpHost(refused));
    expect(refused.body).toEqual({
      error: {
        code: 'BAD_USER_INPUT',
        messageCode: 'DATE_FORMAT',
        params: { value: '2024-13-01' },
        message: "input.from: must be a date YYYY-MM-DD (got '2024-13-01')",
        field: 'input.from',
        issues: [
          {
            field: 'input.from',
            messageCode: 'DATE_FORMAT',
            params: { value: '2024-13-01' },
            message: "must be a date YYYY-MM-DD (got '2024-13-01')",
          },
        ],
      },
    });

    const conflict: Answer = { headers: {} };
    filter().catch(new ConflictError('TEAM_REPS_CHANGED', {}, { cells: [] }), httpHost(conflict));
    expect(conflict).toMatchObject({
      status: 409,
      body: { error: { code: 'CONFLICT', messageCode: 'TEAM_REPS_CHANGED', params: {}, current: { cells: [] } } },
    });
  });

  it('answers an unreachable database on a plain route with 503 and Retry-After, not an internal error', () => {
    const answer: Answer = { headers: {} };
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    filter().catch(refused, httpHost(answer));
    expect(answer).toEqual({
      status: 503,
      headers: { 'Retry-After': '5' },
      body: {
        error: {
          code: 'SERVICE_UNAVAILABLE',
          messageCode: 'DATABASE_UNAVAILABLE',
          params: { seconds: 5 },
          message: 'The database is unavailable at the moment; try again in 5 s',
          retryAfterSeconds: 5,
        },
      },
    });
    expect(JSON.stringify(answer)).not.toContain('127.0.0.1');
  });

  it("leaves Nest's and Express's HTTP errors to Nest, and hands every error back inside GraphQL", () => {
    const nest = jest.spyOn(BaseExceptionFilter.prototype, 'catch').mockImplementation(() => undefined);
    const notFound = new NotFoundException();
    const tooLarge = Object.assign(new Error('request entity too large'), { statusCode: 413, expose: true });
    const host = httpHost({ headers: {} });
    filter().catch(notFound, host);
    filter().catch(tooLarge, host);
    expect(nest.mock.calls).toEqual([
      [notFound, host],
      [tooLarge, host],
    ]);
    nest.mockRestore();

    const graphql = { getType: () => 'graphql' } as unknown as ArgumentsHost;
    expect(filter().catch(new Error('boom'), graphql)).toBeInstanceOf(Error);
  });

  it('logs a fault with its request, credentials redacted, and answers 500 without its message', () => {
    const { logger, lines } = capturingLogger();
    const answer: Answer = { headers: {} };
    new DomainErrorFilter(logger).catch(new Error('relation "region" does not exist'), httpHost(answer));
    expect(answer).toEqual({ status: 500, headers: {}, body: { statusCode: 500, message: 'Internal server error' } });
    expect(lines()).toEqual([
      expect.objectContaining({
        level: 50,
        msg: 'unexpected error on an HTTP route',
        err: expect.objectContaining({ message: 'relation "region" does not exist' }),
        req: {
          method: 'POST',
          url: '/api/imports',
          headers: { authorization: REDACTED, 'content-type': 'multipart/form-data' },
        },
      }),
    ]);
  });

  it('cuts a download short when its fault comes after the first bytes', () => {
    const answer: Answer = { headers: {}, headersSent: true };
    filter().catch(new Error('stream failed'), httpHost(answer));
    expect(answer).toEqual({ headers: {}, headersSent: true, ended: true });
  });
});
