import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Viewer } from '../viewer';
import { requestOf } from './auth.guard';

/** The signed-in viewer the AuthGuard attached to the request. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = requestOf(context).viewer;
  if (!viewer) {
    throw new Error('CurrentViewer used on an operation without a signed-in viewer');
  }
  return viewer;
});
