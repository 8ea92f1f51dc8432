import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { ConflictError, ForbiddenError, TooBusyError, ValidationError } from '../errors/domain-errors';
import { formatGraphqlError } from './graphql-errors';

function format(error: unknown, exposeStackTraces = false) {
  const logged: unknown[] = [];
  const refusals: string[] = [];
  const graphqlError = new GraphQLError('raw', {
    originalError: error instanceof Error ? error : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret.ts:1'] },
  });
  const formatted = formatGraphqlError(graphqlError.toJSON(), graphqlError, {
    exposeStackTraces,
    logUnexpected: (e) => logged.push(e),
    logDatabaseRefusal: (refusal) => refusals.push(refusal.category),
  });
  return { formatted, logged, refusals };
}

describe('formatGraphqlError', () => {
  it('maps a validation error to BAD_USER_INPUT with the field', () => {
    const { formatted } = format(ValidationError.of('filter.to', 'must be after from'));
    expect(formatted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    expect(formatted.message).toBe('filter.to: must be after from');
  });

  it('maps FORBIDDEN and CONFLICT (with the current version)', () => {
    expect(format(new ForbiddenError('no')).formatted.extensions?.['code']).toBe('FORBIDDEN');
    expect(format(new ConflictError('stale', { version: 3 })).formatted.extensions).toEqual({
      code: 'CONFLICT',
      current: { version: 3 },
    });
  });

  it('maps TOO_BUSY with the seconds to wait', () => {
    expect(format(new TooBusyError(3)).refusals).toEqual([]);
    expect(format(new TooBusyError(3)).formatted).toMatchObject({
      message: 'The server is busy with other heavy queries; try again in 3 s',
      extensions: { code: 'TOO_BUSY', retryAfterSeconds: 3 },
    });
  });

  it('maps a statement cancelled by the statement timeout (PostgreSQL 57014) to TIMEOUT, without its SQL', () => {
    const cancelled = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
    const { formatted, logged, refusals } = format(new QueryFailedError('SELECT secret_sql()', [], cancelled));
    expect(formatted).toEqual({
      message: expect.stringMatching(/^The computation took longer than the server allows and was cancelled/),
      extensions: { code: 'TIMEOUT' },
    });
    expect(JSON.stringify(formatted)).not.toContain('secret_sql');
    expect(logged).toEqual([]);
    expect(refusals).toEqual(['TIMEOUT']);
  });

  it('maps a database that cannot be reached to SERVICE_UNAVAILABLE with the seconds to wait, without its address', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.1.2.3:5432'), { code: 'ECONNREFUSED' });
    const { formatted, logged, refusals } = format(refused);
    expect(formatted).toEqual({
      message: 'The database is unavailable at the moment; try again in 5 s',
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
    });
    expect(logged).toEqual([]);
    expect(refusals).toEqual(['UNAVAILABLE']);
  });

  it('hides the message and stack of an unexpected error and logs it', () => {
    const { formatted, logged } = format(new Error('password=hunter2 in SQL'));
    expect(formatted).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(formatted)).not.toContain('hunter2');
    expect(JSON.stringify(formatted)).not.toContain('secret.ts');
    expect(logged).toHaveLength(1);
  });

  it('shows the stack trace of an unexpected error outside production only', () => {
    expect(format(new Error('boom'), true).formatted.extensions?.['stacktrace']).toEqual(['at secret.ts:1']);
  });
});
