import { TestBed } from '@angular/core/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { firstValueFrom } from 'rxjs';
import {
  ResponsibilityHistoryDocument,
  ResponsibilityMatrixDocument,
  UpdateResponsibilitiesDocument,
} from '../generated/graphql';
import { change, matrixOf } from '../testing.fixtures';
import { ResponsibilityApi } from './responsibility-api.service';

describe('ResponsibilityApi', () => {
  let api: ResponsibilityApi;
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule] });
    api = TestBed.inject(ResponsibilityApi);
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  it('reads the matrix and the latest 50 changes', async () => {
    const matrix = matrixOf(() => false);
    const read = firstValueFrom(api.matrix());
    controller.expectOne(ResponsibilityMatrixDocument).flush({ data: { responsibilityMatrix: matrix } });
    await expect(read).resolves.toEqual(matrix);

    const history = firstValueFrom(api.history());
    const operation = controller.expectOne(ResponsibilityHistoryDocument);
    expect(operation.operation.variables).toEqual({ limit: 50 });
    operation.flush({ data: { responsibilityHistory: [change()] } });
    await expect(history).resolves.toEqual([change()]);
  });

  it('sends the changes with the reason and answers the new matrix', async () => {
    const matrix = matrixOf(() => true);
    const changes = [{ role: 'MARKETING' as const, kpi: 'CSAT', granted: false }];
    const result = firstValueFrom(api.update(changes, 'Customer service owns it'));
    const operation = controller.expectOne(UpdateResponsibilitiesDocument);
    expect(operation.operation.variables).toEqual({ changes, reason: 'Customer service owns it' });
    operation.flush({ data: { updateResponsibilities: matrix } });
    await expect(result).resolves.toEqual(matrix);
  });

  it('fails with every field issue of a refused change', async () => {
    const result = firstValueFrom(api.update([{ role: 'ADMIN', kpi: 'CSAT', granted: false }], ''));
    const issues = [
      { field: 'reason', message: 'give a reason' },
      { field: 'changes[0].role', message: 'the ADMIN row is fixed' },
    ];
    controller
      .expectOne(UpdateResponsibilitiesDocument)
      .graphqlErrors([
        { message: 'reason: give a reason', extensions: { code: 'BAD_USER_INPUT', field: 'reason', issues } },
      ]);
    await expect(result).rejects.toEqual({
      code: 'BAD_USER_INPUT',
      // The refusal names every issue, as the API's own text does.
      message: 'reason: give a reason; changes[0].role: the ADMIN row is fixed',
      field: 'reason',
      issues,
    });
  });

  it('fails with FORBIDDEN and no issues for a role that may not read the matrix', async () => {
    const result = firstValueFrom(api.matrix());
    controller
      .expectOne(ResponsibilityMatrixDocument)
      .graphqlErrors([{ message: 'No', extensions: { code: 'FORBIDDEN' } }]);
    await expect(result).rejects.toEqual({ code: 'FORBIDDEN', message: 'No', issues: [] });
  });
});
