import { BUNDLE_DIR_ENV, removeDir } from './bundle';

export default async function globalTeardown(): Promise<void> {
  const root = process.env[BUNDLE_DIR_ENV];
  if (root) {
    await removeDir(root);
  }
}
