import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { ROLES } from '@salesdash/shared/domain';
import { CurrentViewer, Public, Roles, type Viewer } from '@salesdash/api/platform';
import { csrfHeaderOf, readCookie, REFRESH_COOKIE, SessionCookies } from '../session/session-cookies';
import { AuthService, type SignedIn } from './auth.service';
import { AuthPayloadType, ViewerType } from './auth.types';
import { bearerToken } from './bearer-token';
import { AllowedBeforePasswordChange } from './password-change-gate';

function toViewerType(viewer: Viewer): ViewerType {
  return { id: viewer.userId, email: viewer.email, displayName: viewer.displayName, role: viewer.role };
}

// The socket's address unless TRUST_PROXY names proxies whose X-Forwarded-For Express may believe (main.ts).
function clientIpOf(request: Request): string {
  return request.ip ?? 'unknown';
}

/**
 * Sign-in and the session: the access token travels in the answer (for the Authorization header),
 * the refresh token in an httpOnly SameSite=Strict cookie, with a readable CSRF cookie the dashboard
 * echoes in the X-CSRF-Token header whenever the refresh cookie is used.
 */
@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadType, {
    description: 'Signs in and starts a session; answers UNAUTHENTICATED with one generic message on any failure.',
  })
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context('req') request: Request,
    @Context('res') response: Response,
  ): Promise<AuthPayloadType> {
    return this.answer(response, await this.auth.login(email, password, clientIpOf(request)));
  }

  @Public()
  @Mutation(() => AuthPayloadType, {
    description:
      'Exchanges the refresh cookie (with the X-CSRF-Token header) for a new access token and a new refresh ' +
      'cookie. A refresh token works once: presenting a replaced one again ends the whole session.',
  })
  async refreshSession(@Context('req') request: Request, @Context('res') response: Response): Promise<AuthPayloadType> {
    try {
      return this.answer(response, await this.auth.refresh(readCookie(request, REFRESH_COOKIE), csrfHeaderOf(request)));
    } catch (error) {
      this.cookies.clear(response);
      throw error;
    }
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Signs out: ends the session of the access token (Authorization header) and that of the refresh cookie ' +
      '(needs X-CSRF-Token), and clears the cookies. Without valid credentials it ends nothing.',
  })
  async logout(@Context('req') request: Request, @Context('res') response: Response): Promise<boolean> {
    await this.auth.logout({
      accessToken: bearerToken(request),
      refreshToken: readCookie(request, REFRESH_COOKIE),
      csrfToken: csrfHeaderOf(request),
    });
    this.cookies.clear(response);
    return true;
  }

  @Roles(...ROLES)
  @AllowedBeforePasswordChange()
  @Mutation(() => AuthPayloadType, {
    description: 'Replaces the own password (at least 12 characters); ends every other session of the user.',
  })
  async changePassword(
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
    @Context('res') response: Response,
  ): Promise<AuthPayloadType> {
    const signedIn = await this.auth.changePassword(viewer, { currentPassword, newPassword }, clientIpOf(request));
    return this.answer(response, signedIn);
  }

  @Roles(...ROLES)
  @AllowedBeforePasswordChange()
  @Query(() => ViewerType, { description: 'Who is signed in.' })
  me(@CurrentViewer() viewer: Viewer): ViewerType {
    return toViewerType(viewer);
  }

  private answer(response: Response, signedIn: SignedIn): AuthPayloadType {
    this.cookies.set(response, signedIn.session);
    return {
      accessToken: signedIn.token,
      expiresAt: signedIn.expiresAt,
      mustChangePassword: signedIn.mustChangePassword,
      viewer: toViewerType(signedIn.viewer),
    };
  }
}
