import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { actionMessage, type AdminError, errorMessage, formErrors, toAdminError } from './admin-error';

function graphqlError(message: string, extensions: Record<string, unknown>): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

describe('toAdminError', () => {
  it('keeps every issue of a validation error', () => {
    const error = toAdminError(
      graphqlError('input.id: bad; input.email: worse', {
        code: 'BAD_USER_INPUT',
        field: 'input.id',
        issues: [
          { field: 'input.id', message: 'bad' },
          { field: 'input.email', message: 'worse' },
        ],
      }),
    );
    expect(error).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'input.id: bad; input.email: worse',
      field: 'input.id',
      issues: [
        { field: 'input.id', message: 'bad' },
        { field: 'input.email', message: 'worse' },
      ],
    });
  });

  it('turns a conflict about one field into that field’s issue, without the path in front', () => {
    const error = toAdminError(
      graphqlError("input.email: e-mail 'a@x.test' is already used by user U-2 (ignoring case)", {
        code: 'CONFLICT',
        field: 'input.email',
      }),
    );
    expect(error.issues).toEqual([
      { field: 'input.email', message: "e-mail 'a@x.test' is already used by user U-2 (ignoring case)" },
    ]);
  });

  it('has no issues for an error about no field', () => {
    expect(toAdminError(new TypeError('Failed to fetch'))).toEqual({
      code: 'NETWORK',
      message: 'Failed to fetch',
      issues: [],
    });
  });
});

describe('formErrors', () => {
  const FIELDS = ['email', 'teamId'];

  it('puts each issue of the form’s input beside its field, the first message per field', () => {
    const error: AdminError = {
      code: 'BAD_USER_INPUT',
      message: '…',
      issues: [
        { field: 'input.email', message: 'is taken' },
        { field: 'input.teamId', message: 'unknown team' },
        { field: 'input.email', message: 'second' },
      ],
    };
    expect(formErrors(error, 'input.', FIELDS)).toEqual({
      fields: { email: 'is taken', teamId: 'unknown team' },
      form: null,
    });
  });

  it('says what concerns no field of the form once for the whole form', () => {
    const error: AdminError = { code: 'CONFLICT', message: '…', issues: [{ field: 'userId', message: 'last admin' }] };
    expect(formErrors(error, 'input.', FIELDS)).toEqual({ fields: {}, form: 'userId: last admin' });
  });

  it('says failures without a field in plain words', () => {
    expect(formErrors({ code: 'FORBIDDEN', message: 'The role X may not', issues: [] }, 'input.', FIELDS)).toEqual({
      fields: {},
      form: 'Only administrators may manage the organisation.',
    });
    expect(errorMessage({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' })).toBe(
      'Something went wrong on the server. Try again in a moment.',
    );
    expect(errorMessage({ code: 'CONFLICT', message: 'region still has teams' })).toBe('region still has teams');
  });

  it('words a refused confirmation by its issues', () => {
    expect(
      actionMessage({
        code: 'CONFLICT',
        message: 'userId: Ada is the last active administrator',
        issues: [{ field: 'userId', message: 'Ada is the last active administrator' }],
      }),
    ).toBe('Ada is the last active administrator');
    expect(actionMessage({ code: 'NETWORK', message: 'offline', issues: [] })).toBe(
      'The server cannot be reached. Check the connection and try again.',
    );
  });
});
