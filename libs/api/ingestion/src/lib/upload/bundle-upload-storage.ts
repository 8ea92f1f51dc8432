import type { MulterModuleOptions } from '@nestjs/platform-express';
import { ValidationError } from '@salesdash/api/platform';
import type { CodeAndParams } from '@salesdash/shared/domain';
import { BUNDLE_FILES } from '../schema/bundle-schema';
import { formatBytes, type UploadLimits } from './upload-limits';

/** The multipart field that carries the bundle's files. */
export const UPLOAD_FIELD = 'files';

/** An uploaded bundle file as the storage below leaves it on the request. */
export interface UploadedBundleFile {
  readonly originalname: string;
  readonly size: number;
  readonly buffer: Buffer;
}

/** What multer tells the file filter about a file, before its bytes arrive. */
interface AnnouncedFile {
  readonly originalname: string;
}

/** What multer hands the storage engine: the file with its bytes to read, and later to forget. */
interface ArrivingFile extends AnnouncedFile {
  readonly stream: NodeJS.ReadableStream;
  buffer?: Buffer;
}

type StoredCallback = (error: Error | null, stored?: { buffer: Buffer; size: number }) => void;

const BUNDLE_FILE_NAMES = BUNDLE_FILES.map((spec) => spec.file);

/** A refused upload: 400 BAD_USER_INPUT on the field `files`. */
export function refused(...message: CodeAndParams): ValidationError {
  return ValidationError.of(UPLOAD_FIELD, ...message);
}

/** Why a file name cannot be part of the upload, given the names already in it; undefined when it can. */
function nameRefusal(name: string, earlier: ReadonlySet<string>): CodeAndParams | undefined {
  if (!BUNDLE_FILE_NAMES.includes(name)) {
    const allowed = `${BUNDLE_FILE_NAMES.slice(0, -1).join(', ')} and ${BUNDLE_FILE_NAMES.at(-1)}`;
    return ['UPLOAD_NOT_A_BUNDLE_FILE', { file: name, allowed }];
  }
  return earlier.has(name) ? ['UPLOAD_FILE_TWICE', { file: name }] : undefined;
}

/**
 * multer's memory storage with the byte caps checked while the bytes arrive, so an oversized upload
 * is refused naming its file, and a request's total counts across its files.
 */
class CappedMemoryStorage {
  private readonly received = new WeakMap<object, number>();

  constructor(private readonly limits: UploadLimits) {}

  _handleFile(request: object, file: ArrivingFile, callback: StoredCallback): void {
    let chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    const fail = (...message: CodeAndParams) => {
      failed = true;
      chunks = [];
      callback(refused(...message));
    };
    file.stream.on('data', (chunk: Buffer) => {
      if (failed) {
        return;
      }
      size += chunk.length;
      const total = (this.received.get(request) ?? 0) + chunk.length;
      this.received.set(request, total);
      if (size > this.limits.maxFileBytes) {
        fail('UPLOAD_FILE_TOO_LARGE', { file: file.originalname, limit: formatBytes(this.limits.maxFileBytes) });
      } else if (total > this.limits.maxUploadBytes) {
        fail('UPLOAD_TOO_LARGE', { limit: formatBytes(this.limits.maxUploadBytes) });
      } else {
        chunks.push(chunk);
      }
    });
    file.stream.on('end', () => {
      if (!failed) {
        callback(null, { buffer: Buffer.concat(chunks, size), size });
      }
    });
  }

  _removeFile(_request: object, file: ArrivingFile, callback: (error: Error | null) => void): void {
    delete file.buffer;
    callback(null);
  }
}

/**
 * multer options for a bundle upload: only §3 file names, each once (refused as soon as the part
 * arrives), the byte caps, no text fields, and UTF-8 file names.
 */
export function bundleUploadOptions(limits: UploadLimits): MulterModuleOptions {
  const namesByRequest = new WeakMap<object, Set<string>>();
  return {
    storage: new CappedMemoryStorage(limits),
    limits: { fields: 0 },
    defParamCharset: 'utf8',
    fileFilter: (request: object, file: AnnouncedFile, accept: (error: Error | null, acceptFile: boolean) => void) => {
      const names = namesByRequest.get(request) ?? new Set<string>();
      namesByRequest.set(request, names);
      const refusal = nameRefusal(file.originalname, names);
      names.add(file.originalname);
      accept(refusal === undefined ? null : refused(...refusal), refusal === undefined);
    },
  };
}
