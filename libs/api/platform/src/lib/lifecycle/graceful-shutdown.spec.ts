import type { HttpDrain } from './http-drain';
import { shutDown, type ShutdownParts } from './graceful-shutdown';

/** Parts that record, in order, what the shutdown does. */
function recordingParts(cut: number): { parts: ShutdownParts; steps: string[] } {
  const steps: string[] = [];
  const drain = {
    requestsInFlight: 3,
    drain: async (timeoutMs: number) => {
      steps.push(`drain within ${timeoutMs} ms`);
      return { inFlight: 3, cut };
    },
  } as unknown as HttpDrain;
  return {
    steps,
    parts: {
      drain,
      timeoutMs: 10_000,
      closeApplication: async () => void steps.push('close the application'),
      database: {
        closePool: async () => void steps.push('close the pool'),
        releaseServer: async () => void steps.push('release the database server'),
      },
      log: { info: (line) => steps.push(`info: ${line}`), error: (line) => steps.push(`error: ${line}`) },
    },
  };
}

describe('shutDown', () => {
  it('refuses connections, answers what is in flight, closes the pool, then releases the database server', async () => {
    const { parts, steps } = recordingParts(0);

    expect(await shutDown('SIGTERM', parts)).toBe(0);
    expect(steps).toEqual([
      'info: SIGTERM received: refusing new connections, answering 3 requests in flight (at most 10000 ms)',
      'drain within 10000 ms',
      'info: answered every request in flight',
      'close the application',
      'close the pool',
      'info: closed the database pool',
      'release the database server',
    ]);
  });

  it('says how many requests were cut after the timeout and answers exit code 1', async () => {
    const { parts, steps } = recordingParts(1);

    expect(await shutDown('SIGINT', parts)).toBe(1);
    expect(steps).toContain('error: shutdown timeout: cut 1 request still in flight after 10000 ms');
    expect(steps.slice(-2)).toEqual(['info: closed the database pool', 'release the database server']);
  });
});
