import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  ACCESS_DECISION,
  type AccessDecision,
  ForbiddenError,
  requestOf,
  UnauthenticatedError,
} from '@salesdash/api/platform';
import { AuthService } from './auth.service';
import { bearerToken } from './bearer-token';
import { ALLOWED_BEFORE_PASSWORD_CHANGE } from './password-change-gate';
import { toViewer } from './user-accounts';

/** Refused because an administrator set the password and the user has not yet changed it. */
export class PasswordChangeRequiredError extends ForbiddenError {
  constructor() {
    super('PASSWORD_CHANGE_REQUIRED', {});
    this.details['reason'] = 'PASSWORD_CHANGE_REQUIRED';
  }
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
    const targets = [context.getHandler(), context.getClass()];
    const decision = this.reflector.getAllAndOverride<AccessDecision | undefined>(ACCESS_DECISION, targets);
    if (!decision) {
      throw new ForbiddenError('OPERATION_WITHOUT_ACCESS_RULE', {});
    }
    if (decision.kind === 'PUBLIC') {
      return true;
    }
    const request = requestOf(context);
    const token = bearerToken(request);
    const signedIn = token ? await this.auth.authenticate(token) : undefined;
    if (!signedIn) {
      throw new UnauthenticatedError('SIGN_IN_FIRST', {});
    }
    const { account, dataVersions } = signedIn;
    if (!decision.roles.includes(account.role)) {
      throw new ForbiddenError('ROLE_MAY_NOT_USE_OPERATION', { role: account.role });
    }
    if (
      account.mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE, targets)
    ) {
      throw new PasswordChangeRequiredError();
    }
    request.viewer = toViewer(account);
    request.dataVersions = dataVersions;
    return true;
  }
}
