import { TooBusyError } from '../errors/domain-errors';
import { HeavyQueryGate } from './heavy-query-gate';

/** A piece of work the test finishes by hand. */
function pending(): { promise: Promise<string>; finish: (value: string) => void; fail: (error: Error) => void } {
  let finish: (value: string) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const promise = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { promise, finish, fail };
}

/** Lets the gate's promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** The TooBusyError a run is refused with; undefined when it is admitted. */
async function refusalOf(gate: HeavyQueryGate): Promise<TooBusyError | undefined> {
  const settled = await Promise.race([gate.run(async () => 'admitted').catch((error: unknown) => error), settle()]);
  if (settled === 'admitted' || settled === undefined) {
    return undefined;
  }
  if (settled instanceof TooBusyError) {
    return settled;
  }
  throw settled;
}

/** Occupies every running and waiting place of the gate with work that never ends. */
function fill(gate: HeavyQueryGate, places: number): void {
  for (let place = 0; place < places; place++) {
    void gate.run(() => new Promise<string>(() => undefined));
  }
}

describe('HeavyQueryGate', () => {
  it('runs at most `concurrency` at once, queues up to `queue`, and refuses one more at once', async () => {
    const gate = new HeavyQueryGate({ concurrency: 2, queue: 1 });
    const works = [pending(), pending(), pending()];
    const started: number[] = [];
    const results = works.map((work, index) =>
      gate.run(() => {
        started.push(index);
        return work.promise;
      }),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    expect(await refusalOf(gate)).toBeInstanceOf(TooBusyError);

    works[1].finish('second');
    await settle();
    expect(started).toEqual([0, 1, 2]);
    works[0].finish('first');
    works[2].finish('third');
    expect(await Promise.all(results)).toEqual(['first', 'second', 'third']);
  });

  it('admits waiting work first come, first served', async () => {
    const gate = new HeavyQueryGate({ concurrency: 1, queue: 3 });
    const first = pending();
    const order: string[] = [];
    const running = gate.run(() => first.promise);
    const queued = ['a', 'b', 'c'].map((name) =>
      gate.run(async () => {
        order.push(name);
        return name;
      }),
    );
    first.finish('first');
    await Promise.all([running, ...queued]);
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('frees the slot when the work fails, and passes the failure on', async () => {
    const gate = new HeavyQueryGate({ concurrency: 1, queue: 0 });
    const failing = pending();
    const result = gate.run(() => failing.promise);
    failing.fail(new Error('statement timeout'));
    await expect(result).rejects.toThrow('statement timeout');
    await expect(gate.run(async () => 'next')).resolves.toBe('next');
  });

  it('frees the slot when the work throws before returning a promise', async () => {
    const gate = new HeavyQueryGate({ concurrency: 1, queue: 0 });
    await expect(
      gate.run(() => {
        throw new Error('synchronous');
      }),
    ).rejects.toThrow('synchronous');
    await expect(gate.run(async () => 'next')).resolves.toBe('next');
  });

  it('tells a refused caller to come back once the work in front of it should be done, from measured durations', async () => {
    let now = 0;
    const gate = new HeavyQueryGate({ concurrency: 2, queue: 2 }, () => now);
    fill(gate, 4);
    // Before anything finished one second is assumed per operation: 4 in line, 2 at a time.
    expect((await refusalOf(gate))?.details).toEqual({ retryAfterSeconds: 2 });

    // Operations that took 3 s each: 4 in line, 2 at a time → 6 s.
    const slow = new HeavyQueryGate({ concurrency: 2, queue: 2 }, () => now);
    for (let round = 0; round < 20; round++) {
      const work = pending();
      const result = slow.run(() => work.promise);
      await settle();
      now += 3_000;
      work.finish('');
      await result;
    }
    fill(slow, 4);
    expect((await refusalOf(slow))?.details).toEqual({ retryAfterSeconds: 6 });
  });
});
