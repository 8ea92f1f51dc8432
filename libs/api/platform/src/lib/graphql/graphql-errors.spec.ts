import { GraphQLError } from 'graphql';
import { ConflictError, ForbiddenError, ValidationError } from '../errors/domain-errors';
import { formatGraphqlError } from './graphql-errors';

function format(error: unknown, exposeStackTraces = false) {
  const logged: unknown[] = [];
  const graphqlError = new GraphQLError('raw', {
    originalError: error instanceof Error ? error : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret.ts:1'] },
  });
  const formatted = formatGraphqlError(graphqlError.toJSON(), graphqlError, {
    exposeStackTraces,
    logUnexpected: (e) => logged.push(e),
  });
  return { formatted, logged };
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
