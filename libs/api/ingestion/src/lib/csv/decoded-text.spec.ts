import { Readable } from 'node:stream';
import { CsvFormatError } from './csv-record-reader';
import { decodedText } from './decoded-text';

async function decodeAll(...chunks: Buffer[]): Promise<string> {
  let text = '';
  for await (const part of decodedText(Readable.from(chunks))) {
    text += part;
  }
  return text;
}

async function decodeError(...chunks: Buffer[]): Promise<CsvFormatError> {
  try {
    await decodeAll(...chunks);
  } catch (error) {
    return error as CsvFormatError;
  }
  throw new Error('expected a CsvFormatError');
}

describe('decodedText', () => {
  it('strips a BOM and decodes characters split across chunks', async () => {
    const bytes = Buffer.from('\uFEFFname\nJürgen 😀\n');
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await decodeAll(bytes.subarray(0, cut), bytes.subarray(cut))).toBe('name\nJürgen 😀\n');
    }
  });

  it('rejects invalid UTF-8 on the line of the bad byte', async () => {
    const error = await decodeError(
      Buffer.from('a\nb\n'),
      Buffer.concat([Buffer.from('c\nd'), Buffer.from([0xff]), Buffer.from('\n')]),
    );
    expect(error).toBeInstanceOf(CsvFormatError);
    expect(error.line).toBe(4);
    expect(error.message).toBe('the file is not valid UTF-8');
  });

  it('rejects a file that ends inside a character', async () => {
    const error = await decodeError(Buffer.from([0x61, 0x0a, 0xc3]));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/not valid UTF-8/);
  });

  it('rejects NUL characters, which PostgreSQL text cannot hold', async () => {
    const error = await decodeError(Buffer.from('a\nb\u0000\n'));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/NUL/);
  });
});
