import {
  type ArgumentsHost,
  BadRequestException,
  Catch,
  type ExceptionFilter,
  PayloadTooLargeException,
} from '@nestjs/common';
import { answerDomainError } from '@salesdash/api/platform';
import type { Response } from 'express';
import { refused, UPLOAD_FIELD } from './bundle-upload-storage';

/**
 * multer's and busboy's own refusals (a file in another field, a text field, a broken multipart body),
 * which Nest raises as 400/413, answered like every other bad input: 400 BAD_USER_INPUT.
 */
@Catch(BadRequestException, PayloadTooLargeException)
export class UploadRefusedFilter implements ExceptionFilter {
  catch(exception: BadRequestException | PayloadTooLargeException, host: ArgumentsHost): void {
    answerDomainError(
      refused('UPLOAD_UNREADABLE', { reason: exception.message, field: UPLOAD_FIELD }),
      host.switchToHttp().getResponse<Response>(),
    );
  }
}
