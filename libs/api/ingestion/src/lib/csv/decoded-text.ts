import { CsvFormatError } from './csv-record-reader';

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
    count++;
  }
  return count;
}

/** The text before the line holding position `at`: the complete lines a reader may still use. */
function linesBefore(text: string, at: number): string {
  return text.slice(0, text.lastIndexOf('\n', at) + 1);
}

const SLICE_BYTES = 1 << 16;

/** The stream's bytes in slices of at most SLICE_BYTES, so that a large chunk is still pipelined. */
async function* slices(stream: NodeJS.ReadableStream): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
      yield bytes.subarray(start, start + SLICE_BYTES);
    }
  }
}

/**
 * The text of a byte stream decoded as strict UTF-8, without a leading BOM. Invalid UTF-8 and NUL
 * characters (which PostgreSQL text cannot hold) end the stream with a CsvFormatError on the
 * physical line where they occur, after the lines before it.
 */
export async function* decodedText(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  for await (const bytes of slices(stream)) {
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      // Lenient decoding marks the first invalid byte with U+FFFD; the lines before it are intact.
      const marked = new TextDecoder('utf-8').decode(bytes);
      const bad = marked.indexOf('\uFFFD');
      yield linesBefore(marked, bad);
      throw new CsvFormatError(line + countNewlines(marked, bad), 'FILE_NOT_UTF8', {});
    }
    const nul = text.indexOf('\0');
    if (nul !== -1) {
      yield linesBefore(text, nul);
      throw new CsvFormatError(line + countNewlines(text, nul), 'FILE_HOLDS_NUL', {});
    }
    line += countNewlines(text, text.length);
    yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest !== '') {
      yield rest;
    }
  } catch {
    throw new CsvFormatError(line, 'FILE_ENDS_INSIDE_CHARACTER', {});
  }
}
