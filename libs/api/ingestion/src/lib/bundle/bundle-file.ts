import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Readable } from 'node:stream';

/** One file of an import bundle: its name (e.g. `deals.csv`) and a way to read its bytes. */
export interface BundleFile {
  readonly name: string;
  open(): NodeJS.ReadableStream;
}

/** A bundle file held in memory, e.g. from an upload. */
export function bundleFileFromContent(name: string, content: string | Uint8Array): BundleFile {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, open: () => Readable.from([bytes]) };
}

export class BundleFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BundleFolderError';
  }
}

/** The `.csv` files of a folder (other files and subfolders are ignored), sorted by name. */
export async function readBundleFolder(folder: string): Promise<BundleFile[]> {
  const folderStat = await stat(folder).catch(() => undefined);
  if (folderStat === undefined) {
    throw new BundleFolderError(`the folder ${folder} does not exist`);
  }
  if (!folderStat.isDirectory()) {
    throw new BundleFolderError(`${folder} is not a folder`);
  }
  const entries = await readdir(folder, { withFileTypes: true });
  const files = entries
    .filter((entry) => extname(entry.name).toLowerCase() === '.csv')
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => entry.name)
    .sort();
  if (files.length === 0) {
    throw new BundleFolderError(`the folder ${folder} holds no .csv files`);
  }
  return files.map((name) => ({ name, open: () => createReadStream(join(folder, name)) }));
}
