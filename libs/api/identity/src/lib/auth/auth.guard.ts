import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import {
  ACCESS_DECISION,
  type AccessDecision,
  ForbiddenError,
  requestOf,
  UnauthenticatedError,
} from '@salesdash/api/platform';
import { AuthService } from './auth.service';

function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer ([^\s]+)$/i.exec(header) : null;
  return match?.[1];
}

/**
 * The one gate of every GraphQL operation and Nest HTTP route: reads the access decision (none →
 * refused), authenticates the bearer token and checks the role. The static dashboard files are
 * served by Express before Nest's routing and carry no data.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const decision = this.reflector.getAllAndOverride<AccessDecision | undefined>(ACCESS_DECISION, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!decision) {
      throw new ForbiddenError('This operation declares no access rule and is refused');
    }
    if (decision.kind === 'PUBLIC') {
      return true;
    }
    const request = requestOf(context);
    const token = bearerToken(request);
    const viewer = token ? await this.auth.viewerForToken(token) : undefined;
    if (!viewer) {
      throw new UnauthenticatedError('Sign in first: the access token is missing, invalid or expired');
    }
    if (!decision.roles.includes(viewer.role)) {
      throw new ForbiddenError(`The role ${viewer.role} may not use this operation`);
    }
    request.viewer = viewer;
    return true;
  }
}
