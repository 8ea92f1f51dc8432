import { ThrottlerStorageService } from '@nestjs/throttler';
import { SlidingWindowStorage } from './sliding-window-storage';

const MINUTE = 60_000;
const NAME = 'heavy-queries';

function clocked() {
  let now = 1_000_000;
  const storage = new SlidingWindowStorage(() => now);
  return {
    storage,
    hit: (key = 'user:U1', limit = 3) => storage.increment(key, MINUTE, limit, 0, NAME),
    advance: (ms: number) => (now += ms),
  };
}

describe('SlidingWindowStorage', () => {
  it('counts up to the limit within a minute and refuses beyond it without counting the refusal', async () => {
    const { hit, advance } = clocked();
    expect(await hit()).toMatchObject({ totalHits: 1, isBlocked: false, timeToBlockExpire: 0 });
    advance(10_000);
    await hit();
    advance(10_000);
    expect(await hit()).toMatchObject({ totalHits: 3, isBlocked: false });
    advance(10_000);
    expect(await hit()).toEqual({ totalHits: 4, timeToExpire: 30, isBlocked: true, timeToBlockExpire: 30 });
    expect(await hit()).toMatchObject({ totalHits: 4, isBlocked: true });
  });

  it('lets a client go on as soon as its oldest counted request is a minute old', async () => {
    const { hit, advance } = clocked();
    await hit();
    advance(20_000);
    await hit();
    await hit();
    advance(39_999);
    expect(await hit()).toMatchObject({ isBlocked: true, timeToBlockExpire: 1 });
    advance(1);
    expect(await hit()).toMatchObject({ isBlocked: false, totalHits: 3 });
    expect(await hit()).toMatchObject({ isBlocked: true, timeToBlockExpire: 20 });
  });

  it('counts each key on its own and forgets keys with nothing counted', async () => {
    const { storage, hit, advance } = clocked();
    await hit('user:U1', 1);
    expect(await hit('user:U2', 1)).toMatchObject({ isBlocked: false });
    expect(await hit('user:U1', 1)).toMatchObject({ isBlocked: true });
    expect(storage.size).toBe(2);
    advance(MINUTE);
    await hit('user:U3', 1);
    expect(storage.size).toBe(1);
  });

  it('answers like the default storage for the same requests', async () => {
    const { hit, advance } = clocked();
    const reference = new ThrottlerStorageService();
    const realNow = Date.now;
    let now = 1_000_000;
    Date.now = () => now;
    try {
      for (const step of [0, 5_000, 5_000, 0, 30_000, 19_999, 1, 1, 45_000, 20_000]) {
        advance(step);
        now += step;
        const ours = await hit('user:U1', 3);
        const theirs = await reference.increment('user:U1', MINUTE, 3, 0, NAME);
        expect({ isBlocked: ours.isBlocked, totalHits: ours.totalHits }).toEqual({
          isBlocked: theirs.isBlocked,
          totalHits: theirs.totalHits,
        });
        expect(ours.timeToBlockExpire).toBe(theirs.timeToBlockExpire);
      }
    } finally {
      Date.now = realNow;
      reference.onApplicationShutdown();
    }
  });

  it('holds a rate of a million a minute, where spreading every counted request would throw', async () => {
    const { hit, advance } = clocked();
    for (let request = 0; request < 200_000; request += 1) {
      await hit('user:U1', 1_000_000);
      advance(0.1);
    }
    expect(await hit('user:U1', 1_000_000)).toMatchObject({ totalHits: 200_001, isBlocked: false });
    advance(MINUTE);
    expect(await hit('user:U1', 1_000_000)).toMatchObject({ totalHits: 1 });
  });

  it('refuses a lockout it does not implement', async () => {
    await expect(new SlidingWindowStorage().increment('k', MINUTE, 1, 1_000, NAME)).rejects.toThrow('blockDuration 0');
  });
});
