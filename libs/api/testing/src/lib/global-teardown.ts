import './test-postgres-global';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__SALESDASH_TEST_PG__?.stop();
}
