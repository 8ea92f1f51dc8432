import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { DataVersions } from '../database/data-versions';
import type { Viewer } from './viewer';

/** A request after the guard: the signed-in viewer, when there is one. */
export interface AuthenticatedRequest extends Request {
  viewer?: Viewer;
  /**
   * The data versions the guard read with the viewer's session, before anything the request reads:
   * what the request's answers may be cached under, without a round trip of their own.
   */
  dataVersions?: DataVersions;
}

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req
    : context.switchToHttp().getRequest<AuthenticatedRequest>();
}
