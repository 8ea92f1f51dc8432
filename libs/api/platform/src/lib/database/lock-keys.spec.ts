import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ADVISORY_LOCKS, LOCK_NAMESPACES } from './lock-keys';

const WORKSPACE = join(__dirname, '..', '..', '..', '..', '..', '..');
const INT4_MAX = 2 ** 31 - 1;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'node_modules' ? [] : sourceFiles(path);
    }
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the advisory lock registry', () => {
  it('gives every fixed lock its own key in the FIXED namespace', () => {
    const locks = Object.values(ADVISORY_LOCKS);
    expect(locks.every((lock) => lock.namespace === LOCK_NAMESPACES.FIXED)).toBe(true);
    expect(new Set(locks.map((lock) => lock.key)).size).toBe(locks.length);
  });

  it('keeps the namespaces apart, each a valid int4', () => {
    const namespaces = Object.values(LOCK_NAMESPACES);
    expect(new Set(namespaces).size).toBe(namespaces.length);
    for (const value of [...namespaces, ...Object.values(ADVISORY_LOCKS).map((lock) => lock.key)]) {
      expect(Number.isInteger(value) && value >= 0 && value <= INT4_MAX).toBe(true);
    }
  });

  it('is the only place in the code base that takes an advisory lock', () => {
    const takers = ['apps', 'libs', 'tools']
      .flatMap((folder) => sourceFiles(join(WORKSPACE, folder)))
      .filter((file) => /pg_(try_)?advisory_/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(WORKSPACE, file));
    expect(takers).toEqual(['libs/api/platform/src/lib/database/lock-keys.ts']);
  });
});
