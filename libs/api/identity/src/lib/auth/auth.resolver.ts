import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { ROLES } from '@salesdash/shared/domain';
import { CurrentViewer, Public, Roles, type Viewer } from '@salesdash/api/platform';
import { AuthService } from './auth.service';
import { AuthPayloadType, ViewerType } from './auth.types';

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
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context('req') request: Request,
  ): Promise<AuthPayloadType> {
    // The socket's address: Express's `trust proxy` is off, so X-Forwarded-For cannot fake it.
    // Behind a reverse proxy, trust it (configured later) or every client shares one IP limit.
    const signedIn = await this.auth.login(email, password, request.ip ?? 'unknown');
    return { accessToken: signedIn.token, expiresAt: signedIn.expiresAt, viewer: toViewerType(signedIn.viewer) };
  }

  @Roles(...ROLES)
  @Query(() => ViewerType, { description: 'Who is signed in.' })
  me(@CurrentViewer() viewer: Viewer): ViewerType {
    return toViewerType(viewer);
  }
}
