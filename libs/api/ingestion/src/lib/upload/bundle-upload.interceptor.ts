import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { bundleUploadOptions, UPLOAD_FIELD } from './bundle-upload-storage';
import { UPLOAD_LIMITS, type UploadLimits } from './upload-limits';

/** Nest's FilesInterceptor with the bundle's multer options, built from the limits the module provides. */
@Injectable()
export class BundleUploadInterceptor implements NestInterceptor {
  private readonly files: NestInterceptor;

  constructor(@Inject(UPLOAD_LIMITS) limits: UploadLimits) {
    const Interceptor = FilesInterceptor(UPLOAD_FIELD, undefined, bundleUploadOptions(limits));
    this.files = new Interceptor();
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> | Promise<Observable<unknown>> {
    return this.files.intercept(context, next);
  }
}
