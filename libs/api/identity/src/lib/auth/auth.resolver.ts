import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@salesdash/shared/domain';
import type { Viewer } from '../viewer';
import { Public, Roles } from './access-decision';
import { AuthService } from './auth.service';
import { AuthPayloadType, ViewerType } from './auth.types';
import { CurrentViewer } from './current-viewer.decorator';

function toViewerType(viewer: Viewer): ViewerType {
  return { id: viewer.userId, email: viewer.email, displayName: viewer.displayName, role: viewer.role };
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayloadType, {
    description: 'Signs in; answers UNAUTHENTICATED with one generic message on any failure.',
  })
  async login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayloadType> {
    const signedIn = await this.auth.login(email, password);
    return { accessToken: signedIn.token, expiresAt: signedIn.expiresAt, viewer: toViewerType(signedIn.viewer) };
  }

  @Roles(...ROLES)
  @Query(() => ViewerType, { description: 'Who is signed in.' })
  me(@CurrentViewer() viewer: Viewer): ViewerType {
    return toViewerType(viewer);
  }
}
