import type { ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { ConflictError, ValidationError } from '../errors/domain-errors';
import { DomainErrorFilter } from './domain-error.filter';

interface Answer {
  status?: number;
  headers: Record<string, string>;
  body?: unknown;
}

function httpHost(answer: Answer): ArgumentsHost {
  const response = {
    setHeader: (name: string, value: string) => (answer.headers[name] = value),
    status(code: number) {
      answer.status = code;
      return this;
    },
    json: (body: unknown) => (answer.body = body),
  };
  return {
    getType: () => 'http',
    switchToHttp: () => ({ getResponse: () => response }),
  } as unknown as ArgumentsHost;
}

describe('DomainErrorFilter', () => {
  it('answers a domain error with its status and code', () => {
    const answer: Answer = { headers: {} };
    new DomainErrorFilter().catch(ValidationError.of('file', 'VALUE_REQUIRED', {}), httpHost(answer));
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', field: 'file' } } });
  });

  it('answers the message code and parameters beside the English message, for each issue too', () => {
    const refused: Answer = { headers: {} };
    new DomainErrorFilter().catch(
      ValidationError.of('input.from', 'DATE_FORMAT', { value: '2024-13-01' }),
      httpHost(refused),
    );
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
    new DomainErrorFilter().catch(new ConflictError('TEAM_REPS_CHANGED', {}, { cells: [] }), httpHost(conflict));
    expect(conflict).toMatchObject({
      status: 409,
      body: { error: { code: 'CONFLICT', messageCode: 'TEAM_REPS_CHANGED', params: {}, current: { cells: [] } } },
    });
  });

  it('answers an unreachable database on a plain route with 503 and Retry-After, not an internal error', () => {
    const answer: Answer = { headers: {} };
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    new DomainErrorFilter().catch(refused, httpHost(answer));
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

  it("leaves any other error to Nest's own handling, and hands every error back inside GraphQL", () => {
    const nest = jest.spyOn(BaseExceptionFilter.prototype, 'catch').mockImplementation(() => undefined);
    const unexpected = new Error('boom');
    const host = httpHost({ headers: {} });
    new DomainErrorFilter().catch(unexpected, host);
    expect(nest).toHaveBeenCalledWith(unexpected, host);
    nest.mockRestore();

    const graphql = { getType: () => 'graphql' } as unknown as ArgumentsHost;
    expect(new DomainErrorFilter().catch(unexpected, graphql)).toBe(unexpected);
  });
});
