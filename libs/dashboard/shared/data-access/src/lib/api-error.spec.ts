import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { isTryLater, isUnauthenticated, toApiError } from './api-error';

function serverError(status: number, body: unknown): ServerError {
  const bodyText = typeof body === 'string' ? body : JSON.stringify(body);
  return new ServerError(`status ${status}`, { response: { status } as Response, bodyText });
}

describe('toApiError', () => {
  it('takes code, message and field of the first GraphQL error', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        { message: 'to must be after from', extensions: { code: 'BAD_USER_INPUT', field: 'filter.to' } },
        { message: 'second', extensions: { code: 'FORBIDDEN' } },
      ],
    });
    expect(toApiError(error)).toEqual({ code: 'BAD_USER_INPUT', message: 'to must be after from', field: 'filter.to' });
  });

  it('keeps every field issue of a BAD_USER_INPUT and the current state of a CONFLICT', () => {
    const issues = [
      { field: 'input.acceptableMax', message: 'must not be below acceptableMin (10)' },
      { field: 'input.rationale', message: 'say why' },
    ];
    const invalid = new CombinedGraphQLErrors({
      data: null,
      errors: [
        { message: 'bad', extensions: { code: 'BAD_USER_INPUT', field: issues[0].field, issues: [...issues, 7] } },
      ],
    });
    expect(toApiError(invalid)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'input.acceptableMax: must not be below acceptableMin (10); input.rationale: say why',
      field: issues[0].field,
      issues,
    });
    const current = { version: 3, publishedBy: 'Carla', publishedAt: '2026-01-02T10:00:00.000Z' };
    const stale = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'changed', extensions: { code: 'CONFLICT', current } }],
    });
    expect(toApiError(stale)).toEqual({ code: 'CONFLICT', message: 'changed', current });
  });

  it("words the error and each issue in the reader's language by their message codes", () => {
    const invalid = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'filter.from: sent text',
          extensions: {
            code: 'BAD_USER_INPUT',
            messageCode: 'DATE_FORMAT',
            params: { value: '2026-13-01' },
            issues: [
              {
                field: 'filter.from',
                message: 'sent text',
                messageCode: 'DATE_FORMAT',
                params: { value: '2026-13-01' },
              },
            ],
          },
        },
      ],
    });
    const error = toApiError(invalid);
    expect(error.message).toBe("filter.from: must be a date YYYY-MM-DD (got '2026-13-01')");
    expect(error.issues).toEqual([
      {
        field: 'filter.from',
        message: "must be a date YYYY-MM-DD (got '2026-13-01')",
        messageCode: 'DATE_FORMAT',
        params: { value: '2026-13-01' },
      },
    ]);
    const forbidden = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'sent text',
          extensions: {
            code: 'FORBIDDEN',
            messageCode: 'ROLE_MAY_NOT_SEE_KPIS',
            params: { role: 'SALES_REP', kpis: 'WIN_RATE' },
          },
        },
      ],
    });
    expect(toApiError(forbidden).message).toBe('The role SALES_REP may not see WIN_RATE');
  });

  it('maps an unknown code to INTERNAL_SERVER_ERROR', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'boom', extensions: { code: 'WHAT' } }],
    });
    expect(toApiError(error)).toEqual({ code: 'INTERNAL_SERVER_ERROR', message: 'boom' });
  });

  it('reads GraphQL errors from a non-2xx answer (invalid variables)', () => {
    const error = serverError(400, {
      errors: [{ message: 'Date expected', extensions: { code: 'BAD_USER_INPUT', field: 'filter.from' } }],
    });
    expect(toApiError(error)).toEqual({ code: 'BAD_USER_INPUT', message: 'Date expected', field: 'filter.from' });
  });

  it('keeps a refusal under load with when to ask again, and tells it from a failure', () => {
    const busy = toApiError(
      serverError(503, { errors: [{ message: 'busy', extensions: { code: 'TOO_BUSY', retryAfterSeconds: 3 } }] }),
    );
    expect(busy).toEqual({ code: 'TOO_BUSY', message: 'busy', retryAfterSeconds: 3 });
    expect(isTryLater(busy)).toBe(true);
    expect(toApiError(serverError(429, '')).code).toBe('TOO_MANY_REQUESTS');
    expect(toApiError(serverError(503, 'Service Unavailable')).code).toBe('SERVICE_UNAVAILABLE');
    expect(isTryLater({ code: 'TIMEOUT', message: 'slow' })).toBe(true);
    expect(isTryLater({ code: 'INTERNAL_SERVER_ERROR', message: 'boom' })).toBe(false);
    expect(isTryLater({ code: 'BAD_USER_INPUT', message: 'no' })).toBe(false);
  });

  it('maps bare HTTP statuses', () => {
    expect(toApiError(serverError(401, '')).code).toBe('UNAUTHENTICATED');
    expect(toApiError(serverError(403, '<html>')).code).toBe('FORBIDDEN');
    expect(toApiError(serverError(502, 'Bad gateway')).code).toBe('INTERNAL_SERVER_ERROR');
    expect(toApiError(serverError(404, 'Not found')).code).toBe('NETWORK');
  });

  it('treats anything else as a network failure', () => {
    expect(toApiError(new TypeError('Failed to fetch'))).toEqual({ code: 'NETWORK', message: 'Failed to fetch' });
    expect(toApiError('offline')).toEqual({ code: 'NETWORK', message: 'offline' });
  });
});

describe('isUnauthenticated', () => {
  it('is true when any GraphQL error is UNAUTHENTICATED', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'x' }, { message: 'Sign in again', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(isUnauthenticated(error)).toBe(true);
  });

  it('is true for HTTP 401 and false otherwise', () => {
    expect(isUnauthenticated(serverError(401, ''))).toBe(true);
    expect(isUnauthenticated(serverError(500, ''))).toBe(false);
    expect(isUnauthenticated(new CombinedGraphQLErrors({ data: null, errors: [{ message: 'no' }] }))).toBe(false);
  });
});
