import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
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
