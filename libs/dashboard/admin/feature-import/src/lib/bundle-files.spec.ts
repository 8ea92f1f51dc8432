import { addFiles, formatSize, totalSize, UPLOAD_LIMITS } from './bundle-files';

function file(name: string, size = 10): File {
  const file = new File(['x'], name, { type: 'text/csv' });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('addFiles', () => {
  it('keeps bundle order, unknown names last, and flags what the API would refuse', () => {
    const chosen = addFiles(
      [],
      [
        file('notes.csv'),
        file('deals.csv', UPLOAD_LIMITS.maxFileBytes + 1),
        file('regions.csv', UPLOAD_LIMITS.maxFileBytes),
        file('Users.CSV'),
      ],
    );

    expect(chosen.map((entry) => [entry.file.name, entry.problem])).toEqual([
      ['regions.csv', null],
      ['deals.csv', 'TOO_LARGE'],
      ['notes.csv', 'UNKNOWN_NAME'],
      ['Users.CSV', 'UNKNOWN_NAME'],
    ]);
  });

  it('replaces a file chosen again under the same name', () => {
    const first = addFiles([], [file('regions.csv', 10), file('teams.csv', 20)]);

    const again = addFiles(first, [file('regions.csv', 30)]);

    expect(again.map((entry) => [entry.file.name, entry.file.size])).toEqual([
      ['regions.csv', 30],
      ['teams.csv', 20],
    ]);
    expect(totalSize(again)).toBe(50);
  });
});

describe('formatSize', () => {
  it.each([
    [59, '59 bytes'],
    [999, '999 bytes'],
    [1_000, '1 kB'],
    [339_392, '339.4 kB'],
    [6_268_208, '6.3 MB'],
    [64_000_000, '64 MB'],
  ])('%d bytes read %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
