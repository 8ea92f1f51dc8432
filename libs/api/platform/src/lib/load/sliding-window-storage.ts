import type { ThrottlerStorage } from '@nestjs/throttler';

/** The counted requests of one key: their expiry instants, oldest first, from `head` on. */
interface Window {
  expiries: number[];
  head: number;
}

/** Below this many spent entries a window's array is not compacted (compaction copies the live ones). */
const COMPACT_AFTER = 1024;

/**
 * A sliding window per key without lockout, in this process's memory: a request is counted unless
 * `limit` requests were counted within the last `ttl`, and a refused one is not counted. The same
 * rule as @nestjs/throttler's default storage with blockDuration 0, at a constant cost per request:
 * the default filters and spreads every counted request of the window on each one (with a rate of
 * 1,000,000 a minute, tens of thousands — and a spread of more than about 125,000 throws), where this
 * keeps them in expiry order and drops the expired from the front.
 */
export class SlidingWindowStorage implements ThrottlerStorage {
  private readonly windows = new Map<string, Window>();
  private nextSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Keys with a request still counted (idle ones are dropped at most one sweep interval late). */
  get size(): number {
    return this.windows.size;
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    if (blockDuration > 0) {
      throw new Error('SlidingWindowStorage counts a sliding window without lockout: set blockDuration 0');
    }
    const now = this.now();
    this.sweepIdle(now, ttl);
    const id = `${throttlerName}\u0000${key}`;
    const window = this.windows.get(id) ?? { expiries: [], head: 0 };
    this.windows.set(id, window);
    dropExpired(window, now);
    const counted = window.expiries.length - window.head;
    const isBlocked = counted >= limit;
    if (!isBlocked) {
      window.expiries.push(now + ttl);
    }
    const secondsUntil = (instant: number) => Math.ceil((instant - now) / 1000);
    const oldest = window.expiries[window.head];
    return {
      totalHits: counted + 1,
      timeToExpire: oldest === undefined ? secondsUntil(now + ttl) : secondsUntil(oldest),
      isBlocked,
      timeToBlockExpire: isBlocked ? secondsUntil(oldest) : 0,
    };
  }

  /** Forgets the keys with nothing counted any more, once per `ttl`. */
  private sweepIdle(now: number, ttl: number): void {
    if (now < this.nextSweep) {
      return;
    }
    this.nextSweep = now + ttl;
    for (const [id, window] of this.windows) {
      dropExpired(window, now);
      if (window.head === window.expiries.length) {
        this.windows.delete(id);
      }
    }
  }
}

function dropExpired(window: Window, now: number): void {
  const { expiries } = window;
  while (window.head < expiries.length && expiries[window.head] <= now) {
    window.head += 1;
  }
  if (window.head >= COMPACT_AFTER && window.head * 2 >= expiries.length) {
    window.expiries = expiries.slice(window.head);
    window.head = 0;
  }
}
