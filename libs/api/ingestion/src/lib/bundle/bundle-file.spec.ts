import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFileFromContent, BundleFolderError, readBundleFolder } from './bundle-file';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString('utf8');
}

describe('readBundleFolder', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bundle-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('answers the .csv files of a folder, ignoring other files and subfolders', async () => {
    await writeFile(join(folder, 'regions.csv'), 'region_id,name\nR1,North\n');
    await writeFile(join(folder, 'NOTES.CSV'), 'x\n');
    await writeFile(join(folder, 'readme.txt'), 'not a bundle file');
    await mkdir(join(folder, 'old.csv'));

    const files = await readBundleFolder(folder);

    expect(files.map((file) => file.name)).toEqual(['NOTES.CSV', 'regions.csv']);
    expect(await readAll(files[1].open())).toBe('region_id,name\nR1,North\n');
  });

  it('fails clearly when the folder does not exist', async () => {
    await expect(readBundleFolder(join(folder, 'missing'))).rejects.toThrow(/missing does not exist/);
  });

  it('fails clearly when the path is a file', async () => {
    await writeFile(join(folder, 'deals.csv'), 'x');
    await expect(readBundleFolder(join(folder, 'deals.csv'))).rejects.toThrow(/deals\.csv is not a folder/);
  });

  it('fails clearly when the folder holds no .csv file', async () => {
    await writeFile(join(folder, 'deals.csv.txt'), 'x');
    const failure = readBundleFolder(folder);
    await expect(failure).rejects.toBeInstanceOf(BundleFolderError);
    await expect(failure).rejects.toThrow(/holds no \.csv files/);
  });
});

describe('bundleFileFromContent', () => {
  it('opens the same content every time', async () => {
    const file = bundleFileFromContent('regions.csv', 'region_id,name\n');
    expect(await readAll(file.open())).toBe('region_id,name\n');
    expect(await readAll(file.open())).toBe('region_id,name\n');
  });
});
