import {
  type ArgumentsHost,
  BadRequestException,
  Catch,
  type ExceptionFilter,
  PayloadTooLargeException,
} from '@nestjs/common';
import { DomainErrorFilter } from '@salesdash/api/platform';
import { refused, UPLOAD_FIELD } from './bundle-upload-storage';

/**
 * multer's and busboy's own refusals (a file in another field, a text field, a broken multipart body),
 * which Nest raises as 400/413, answered like every other bad input: 400 BAD_USER_INPUT.
 */
@Catch(BadRequestException, PayloadTooLargeException)
export class UploadRefusedFilter implements ExceptionFilter {
  private readonly domainErrors = new DomainErrorFilter();

  catch(exception: BadRequestException | PayloadTooLargeException, host: ArgumentsHost): unknown {
    return this.domainErrors.catch(
      refused('UPLOAD_UNREADABLE', { reason: exception.message, field: UPLOAD_FIELD }),
      host,
    );
  }
}
