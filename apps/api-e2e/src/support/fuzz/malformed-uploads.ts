import fc from 'fast-check';
import { oneIn } from './malformed-arguments';

/** One POST to the import upload route. */
export interface Upload {
  readonly contentType: string | undefined;
  readonly body: Buffer;
  readonly anonymous: boolean;
}

const BOUNDARY = 'fuzz-boundary-7MA4YWxkTrZu0gW';
const REGIONS = 'region_id,name\n';
const DEALS = 'deal_id,business_model,rep_id,customer_id,created_at,amount,segment,source_touchpoint\n';

/** Bundle file contents each holding at least one error the importer must report. */
const BAD_CONTENTS: fc.Arbitrary<{ file: string; content: Buffer }> = fc.oneof(
  fc
    .constantFrom(
      { file: 'regions.csv', content: `${REGIONS}R-FUZZ,${'x'.repeat(121)}\n` },
      { file: 'regions.csv', content: `${REGIONS}R FUZZ,Spaced id\n` },
      { file: 'regions.csv', content: `${REGIONS}R-FUZZ,Nul\u0000Land\n` },
      { file: 'regions.csv', content: `${REGIONS}R-FUZZ,"unterminated\n` },
      { file: 'regions.csv', content: `${REGIONS}R-FUZZ,North,surplus\n` },
      { file: 'regions.csv', content: 'region_id\nR-FUZZ\n' },
      { file: 'regions.csv', content: '' },
      { file: 'deals.csv', content: `${DEALS}D-FUZZ,CONSUMER_LOANS,U-0001,C-1,2026-02-30T12:00:00Z,1,,\n` },
      { file: 'deals.csv', content: `${DEALS}D-FUZZ,CONSUMER_LOANS,U-0001,C-1,0000-01-01T00:00:00Z,-5,,\n` },
    )
    .map(({ file, content }) => ({ file, content: Buffer.from(content) })),
  // Invalid UTF-8 (an encoded surrogate), and random bytes behind a NUL.
  fc.constant({ file: 'regions.csv', content: Buffer.from([...Buffer.from(`${REGIONS}R-FUZZ,`), 0xed, 0xa0, 0x80]) }),
  fc
    .uint8Array({ maxLength: 200 })
    .map((bytes) => ({ file: 'users.csv', content: Buffer.concat([Buffer.from([0]), Buffer.from(bytes)]) })),
);

interface Part {
  readonly field: string;
  /** Undefined: a plain form field rather than a file. */
  readonly fileName: string | undefined;
  readonly content: Buffer;
}

function multipart(parts: readonly Part[], boundary = BOUNDARY): Buffer {
  const chunks = parts.flatMap((part) => {
    const disposition =
      `Content-Disposition: form-data; name="${part.field}"` +
      (part.fileName === undefined ? '' : `; filename="${part.fileName}"\r\nContent-Type: text/csv`);
    return [Buffer.from(`--${boundary}\r\n${disposition}\r\n\r\n`), part.content, Buffer.from('\r\n')];
  });
  return Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]);
}

const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;
const FILE_NAMES = fc.constantFrom(
  'regions.csv',
  'evil.csv',
  '../regions.csv',
  'regions.csv\u0000.exe',
  '',
  'ünïcode.csv',
  'x'.repeat(300),
);

/**
 * Uploads that must change nothing: the envelope is broken (no or another boundary, cut short, the
 * wrong field, no file name, not multipart at all, a file twice, a name not of the bundle) and every
 * file holds an error anyway, so even an envelope let through ends as a rejected import.
 */
export const MALFORMED_UPLOADS: fc.Arbitrary<Upload> = fc
  .tuple(fc.array(BAD_CONTENTS, { minLength: 1, maxLength: 3 }), oneIn(10))
  .chain(([files, anonymous]) => {
    const parts: Part[] = files.map(({ file, content }) => ({ field: 'files', fileName: file, content }));
    const wellFormed = multipart(parts);
    const upload = (contentType: string | undefined, body: Buffer): Upload => ({ contentType, body, anonymous });
    return fc.oneof(
      // A sound envelope: the importer itself must reject the bundle.
      { weight: 5, arbitrary: fc.constant(upload(MULTIPART, wellFormed)) },
      fc.constant(upload('multipart/form-data', wellFormed)),
      fc.constant(upload('multipart/form-data; boundary=another-boundary', wellFormed)),
      fc.nat({ max: wellFormed.length - 1 }).map((length) => upload(MULTIPART, wellFormed.subarray(0, length))),
      fc.constant(upload(MULTIPART, multipart(parts.map((part) => ({ ...part, field: 'file' }))))),
      fc.constant(upload(MULTIPART, multipart(parts.map((part) => ({ ...part, fileName: undefined }))))),
      fc.constant(upload(MULTIPART, multipart([...parts, ...parts]))),
      FILE_NAMES.map((fileName) => upload(MULTIPART, multipart(parts.map((part) => ({ ...part, fileName }))))),
      fc.constantFrom('application/json', 'text/csv', undefined).map((contentType) => upload(contentType, wellFormed)),
      fc.uint8Array({ maxLength: 500 }).map((bytes) => upload(MULTIPART, Buffer.from(bytes))),
    );
  });
