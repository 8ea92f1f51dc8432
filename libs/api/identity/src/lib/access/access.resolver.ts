import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, ScopeInput, type Viewer } from '@salesdash/api/platform';
import { ROLES } from '@salesdash/shared/domain';
import { AccessExplanation } from './access-explanation';
import { AccessType } from './access.types';
import { ScopeNavigator } from './scope-navigation';
import { ScopeNavigationType } from './scope-navigation.types';

@Resolver()
export class AccessResolver {
  constructor(
    private readonly explanation: AccessExplanation,
    private readonly navigator: ScopeNavigator,
  ) {}

  @Roles(...ROLES)
  @Query(() => AccessType, { description: 'Why the caller sees what they see.' })
  myAccess(@CurrentViewer() viewer: Viewer): Promise<AccessType> {
    return this.explanation.explain(viewer);
  }

  @Roles(...ROLES)
  @Query(() => ScopeNavigationType, {
    description: "Where a scope (default: the caller's widest) sits and what lies below it, inside the caller's rows.",
  })
  scopeNavigation(
    @CurrentViewer() viewer: Viewer,
    @Args('scope', { type: () => ScopeInput, nullable: true }) scope: ScopeInput | null,
  ): Promise<ScopeNavigationType> {
    return this.navigator.navigate(viewer, scope);
  }
}
