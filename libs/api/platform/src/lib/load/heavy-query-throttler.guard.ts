import { type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { AuthenticatedRequest } from '../auth/request-viewer';
import { TooManyRequestsError } from '../errors/domain-errors';

/** Name of the throttler that counts heavy operations (LoadSheddingModule). */
export const HEAVY_QUERY_THROTTLER = 'heavy-queries';

/**
 * @nestjs/throttler's guard for heavy GraphQL operations: counts per signed-in user (the access
 * guard, global, has run before this method guard and named the viewer), one budget across every
 * heavy operation, and refuses beyond it with TOO_MANY_REQUESTS and the seconds to wait.
 */
@Injectable()
export class HeavyQueryThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    if (context.getType<string>() !== 'graphql') {
      return super.getRequestResponse(context);
    }
    const { req, res } = GqlExecutionContext.create(context).getContext<{
      req: Record<string, unknown>;
      res: Record<string, unknown>;
    }>();
    return { req, res };
  }

  // Per user, not per address: colleagues behind one office proxy each have their own budget.
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const request = req as unknown as AuthenticatedRequest;
    return request.viewer ? `user:${request.viewer.userId}` : `ip:${request.ip ?? 'unknown'}`;
  }

  // One counter per user for all heavy operations, not one per resolver method as by default.
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    throw new TooManyRequestsError('TOO_MANY_HEAVY_QUERIES', { limit: detail.limit, seconds }, seconds);
  }
}
