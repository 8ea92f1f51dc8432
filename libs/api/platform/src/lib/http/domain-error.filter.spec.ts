import type { ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { ValidationError } from '../errors/domain-errors';
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
    new DomainErrorFilter().catch(ValidationError.of('file', 'missing'), httpHost(answer));
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', field: 'file' } } });
  });

  it('answers an unreachable database on a plain route with 503 and Retry-After, not an internal error', () => {
    const answer: Answer = { headers: {} };
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    new DomainErrorFilter().catch(refused, httpHost(answer));
    expect(answer).toEqual({
      status: 503,
      headers: { 'Retry-After': '5' },
      body: { error: { code: 'SERVICE_UNAVAILABLE', message: expect.any(String), retryAfterSeconds: 5 } },
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
