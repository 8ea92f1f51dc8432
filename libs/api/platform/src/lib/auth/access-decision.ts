import { SetMetadata } from '@nestjs/common';
import type { Role } from '@salesdash/shared/domain';

/**
 * Every GraphQL operation and HTTP route declares who may call it; the guard refuses an operation without a
 * declaration (fail closed), and a test enumerates the schema to keep it that way.
 */
export type AccessDecision = { readonly kind: 'PUBLIC' } | { readonly kind: 'ROLES'; readonly roles: readonly Role[] };

export const ACCESS_DECISION = 'salesdash:access-decision';

/** Callable without signing in (login, session refresh, health). */
export const Public = () => SetMetadata(ACCESS_DECISION, { kind: 'PUBLIC' } satisfies AccessDecision);

/** Callable by a signed-in user with one of these roles. */
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS_DECISION, { kind: 'ROLES', roles } satisfies AccessDecision);
