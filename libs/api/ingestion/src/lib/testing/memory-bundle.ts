import { type BundleFile, bundleFileFromContent } from '../bundle/bundle-file';

/** A bundle held in memory for tests: file name → content. */
export function memoryBundle(files: Readonly<Record<string, string | Uint8Array>>): BundleFile[] {
  return Object.entries(files).map(([name, content]) => bundleFileFromContent(name, content));
}

/** CSV text from a header and rows, one string each, LF line ends. */
export function csv(header: string, ...rows: string[]): string {
  return [header, ...rows].map((line) => `${line}\n`).join('');
}
