import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { firstValueFrom } from 'rxjs';
import { AdminUsersDocument, CreateUserDocument, ResetPasswordDocument } from '../generated/graphql';
import { OrgAdminApi } from './org-admin-api';

const USER = {
  __typename: 'AdminUser',
  id: 'U-1',
  email: 'ann@x.test',
  displayName: 'Ann',
  role: 'SALES_REP',
  team: null,
  active: true,
  hasPassword: true,
  mustChangePassword: true,
};

describe('OrgAdminApi', () => {
  let api: OrgAdminApi;
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule] });
    api = TestBed.inject(OrgAdminApi);
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  it('asks for a page of users with the filter', async () => {
    const result = firstValueFrom(api.users({ search: 'ann', role: 'SALES_REP' }, 100));
    const operation = controller.expectOne(AdminUsersDocument);
    expect(operation.operation.variables).toEqual({
      filter: { search: 'ann', role: 'SALES_REP' },
      first: 100,
      offset: 0,
    });
    operation.flush({ data: { adminUsers: { __typename: 'AdminUserPage', totalCount: 1, users: [USER] } } });
    await expect(result).resolves.toEqual({ __typename: 'AdminUserPage', totalCount: 1, users: [USER] });
  });

  it('fails with every refused field of the input', async () => {
    const input = { id: 'x y', email: 'nope', displayName: 'N', role: 'SALES_REP' as const, teamId: null };
    const result = firstValueFrom(api.createUser(input));
    const operation = controller.expectOne(CreateUserDocument);
    expect(operation.operation.variables).toEqual({ input });
    operation.graphqlErrors([
      {
        message: 'input.id: must be 1–64 …; input.email: must be an e-mail address …',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'input.id',
          issues: [
            { field: 'input.id', message: 'must be 1–64 …' },
            { field: 'input.email', message: 'must be an e-mail address …' },
          ],
        },
      },
    ]);
    await expect(result).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
      issues: [
        { field: 'input.id', message: 'must be 1–64 …' },
        { field: 'input.email', message: 'must be an e-mail address …' },
      ],
    });
  });

  it('answers the temporary password of a reset without caching it', async () => {
    const result = firstValueFrom(api.resetPassword('U-1'));
    const operation = controller.expectOne(ResetPasswordDocument);
    expect(operation.operation.variables).toEqual({ userId: 'U-1' });
    operation.flush({
      data: { resetPassword: { __typename: 'TemporaryPassword', temporaryPassword: 'abcde-fghij', user: USER } },
    });
    await expect(result).resolves.toMatchObject({ temporaryPassword: 'abcde-fghij', user: { id: 'U-1' } });
    expect(JSON.stringify(TestBed.inject(Apollo).client.cache.extract())).not.toContain('abcde-fghij');
  });
});
