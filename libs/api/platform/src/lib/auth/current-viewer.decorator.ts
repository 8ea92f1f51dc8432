import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { DataVersions } from '../database/data-versions';
import { requestOf } from './request-viewer';
import type { Viewer } from './viewer';

/** The signed-in viewer the AuthGuard attached to the request. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = requestOf(context).viewer;
  if (!viewer) {
    throw new Error('CurrentViewer used on an operation without a signed-in viewer');
  }
  return viewer;
});

/**
 * The data versions the AuthGuard read with the viewer's session. For queries only: a mutation's
 * own writes come after them, so what it reads afterwards must read the versions anew.
 */
export const RequestDataVersions = createParamDecorator(
  (_data: unknown, context: ExecutionContext): DataVersions | undefined => requestOf(context).dataVersions,
);
