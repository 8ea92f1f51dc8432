import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, MAX_REASON_LENGTH, Roles, type Viewer } from '@salesdash/api/platform';
import { ResponsibilityEditor } from './responsibility-editor';
import { HISTORY_DEFAULT_LIMIT, HISTORY_MAX_LIMIT, ResponsibilityMatrix } from './responsibility-matrix';
import { ResponsibilityChangeInput, ResponsibilityChangeType, ResponsibilityMatrixType } from './responsibility.types';

@Resolver()
export class ResponsibilityResolver {
  constructor(
    private readonly matrix: ResponsibilityMatrix,
    private readonly editor: ResponsibilityEditor,
  ) {}

  @Roles('ADMIN', 'MANAGEMENT')
  @Query(() => ResponsibilityMatrixType, { description: 'Every role × every KPI, with the latest change of each.' })
  responsibilityMatrix(): Promise<ResponsibilityMatrixType> {
    return this.matrix.matrix();
  }

  @Roles('ADMIN', 'MANAGEMENT')
  @Query(() => [ResponsibilityChangeType], { description: 'Audited changes of the matrix, newest first.' })
  responsibilityHistory(
    @Args('limit', {
      type: () => Int,
      defaultValue: HISTORY_DEFAULT_LIMIT,
      description: `How many entries, 1–${HISTORY_MAX_LIMIT}.`,
    })
    limit: number,
  ): Promise<ResponsibilityChangeType[]> {
    return this.matrix.history(limit);
  }

  @Roles('ADMIN', 'MANAGEMENT')
  @Mutation(() => ResponsibilityMatrixType, {
    description:
      'Grants or revokes KPIs per role, all or nothing, each change audited with the reason. The ADMIN row is ' +
      'fixed; a change that changes nothing (the cell already is so) is refused as BAD_USER_INPUT.',
  })
  async updateResponsibilities(
    @CurrentViewer() viewer: Viewer,
    @Args('changes', { type: () => [ResponsibilityChangeInput] }) changes: ResponsibilityChangeInput[],
    @Args('reason', { description: `Why, for the audit log; 1–${MAX_REASON_LENGTH} characters.` }) reason: string,
  ): Promise<ResponsibilityMatrixType> {
    await this.editor.update(viewer, changes, reason);
    return this.matrix.matrix();
  }
}
