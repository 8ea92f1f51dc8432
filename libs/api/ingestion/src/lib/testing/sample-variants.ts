import { type BundleFile } from '../bundle/bundle-file';
import { memoryBundle } from './memory-bundle';
import { SAMPLE_FILES } from './sample-bundle';

/** The sample bundle with `from` replaced by `to` (once, and it must occur) in one file. */
export function sampleReplacing(file: string, from: string, to: string): BundleFile[] {
  const text = SAMPLE_FILES[file];
  if (!text.includes(from)) {
    throw new Error(`${file} of the sample bundle does not contain ${from}`);
  }
  return memoryBundle({ ...SAMPLE_FILES, [file]: text.replace(from, to) });
}

/** The sample bundle with one more line at the end of a file. */
export function sampleAppending(file: string, line: string | Uint8Array): BundleFile[] {
  const content =
    typeof line === 'string'
      ? SAMPLE_FILES[file] + `${line}\n`
      : Buffer.concat([Buffer.from(SAMPLE_FILES[file]), line]);
  return memoryBundle({ ...SAMPLE_FILES, [file]: content });
}

/** The sample bundle with other files (or other content for its files). */
export function sampleWith(files: Readonly<Record<string, string | Uint8Array>>): BundleFile[] {
  return memoryBundle({ ...SAMPLE_FILES, ...files });
}
