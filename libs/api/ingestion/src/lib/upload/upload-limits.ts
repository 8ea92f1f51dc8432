/** Byte caps of one dashboard upload, which is held in memory while it imports. */
export interface UploadLimits {
  readonly maxFileBytes: number;
  readonly maxUploadBytes: number;
}

/** Nest token of the UploadLimits in force (IngestionModule provides DEFAULT_UPLOAD_LIMITS). */
export const UPLOAD_LIMITS = 'salesdash:upload-limits';

const MB = 1_000_000;

/**
 * Ten times the demo bundle (236k rows, 15 MB, its largest file 6.3 MB) in each direction; larger
 * loads belong to `npm run import`, which streams from disk.
 */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { maxFileBytes: 64 * MB, maxUploadBytes: 128 * MB };

/** A cap as people read it: `64 MB`, `1.5 kB`, `900 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) {
    return `${+(bytes / MB).toFixed(1)} MB`;
  }
  return bytes >= 1000 ? `${+(bytes / 1000).toFixed(1)} kB` : `${bytes} bytes`;
}
