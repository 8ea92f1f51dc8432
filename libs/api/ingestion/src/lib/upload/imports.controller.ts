import { Controller, HttpCode, Post, Res, UploadedFiles, UseFilters, UseInterceptors } from '@nestjs/common';
import { CurrentViewer, Roles, type Viewer } from '@salesdash/api/platform';
import type { Response } from 'express';
import { BundleUploadInterceptor } from './bundle-upload.interceptor';
import { BundleUploadService } from './bundle-upload.service';
import { UploadRefusedFilter } from './upload-refused.filter';
import type { UploadedBundleFile } from './bundle-upload-storage';
import type { ImportAnswer } from './import-answer';

const UNPROCESSABLE = 422;

/**
 * `POST /api/imports`: the dashboard's bundle upload (multipart, field `files`). The guard checks the
 * role before a byte of the body is read.
 */
@Roles('ADMIN', 'CONTROLLING')
@Controller('api/imports')
@UseFilters(UploadRefusedFilter)
export class ImportsController {
  constructor(private readonly uploads: BundleUploadService) {}

  /** 200 with the rows per file, or 422 with every error found (and then nothing is written). */
  @Post()
  @HttpCode(200)
  @UseInterceptors(BundleUploadInterceptor)
  async upload(
    @UploadedFiles() files: UploadedBundleFile[] | undefined,
    @CurrentViewer() viewer: Viewer,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportAnswer> {
    const answer = await this.uploads.importUpload(viewer, files ?? []);
    if (answer.status === 'REJECTED') {
      response.status(UNPROCESSABLE);
    }
    return answer;
  }
}
