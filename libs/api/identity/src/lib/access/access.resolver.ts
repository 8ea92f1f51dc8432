import { Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, type Viewer } from '@salesdash/api/platform';
import { ROLES } from '@salesdash/shared/domain';
import { AccessExplanation } from './access-explanation';
import { AccessType } from './access.types';

@Resolver()
export class AccessResolver {
  constructor(private readonly explanation: AccessExplanation) {}

  @Roles(...ROLES)
  @Query(() => AccessType, { description: 'Why the caller sees what they see.' })
  myAccess(@CurrentViewer() viewer: Viewer): Promise<AccessType> {
    return this.explanation.explain(viewer);
  }
}
