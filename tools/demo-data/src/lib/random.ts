/**
 * Seeded randomness. Every draw goes through Rng so the same seed always yields the same bundle
 * (Math.random would make the demo data and its tests unreproducible).
 */
export type Weighted<T> = readonly (readonly [T, number])[];

/** FNV-1a, used to derive independent streams from one seed and a label. */
function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class Rng {
  private state: number;

  /** Separate streams per concern keep e.g. the org chart stable when the journey logic changes. */
  constructor(seed: number, label = '') {
    this.state = (seed ^ hashLabel(label)) >>> 0;
  }

  /** mulberry32: tiny, fast and good enough for synthetic data; uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  float(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new Error('Cannot pick from an empty list');
    }
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(entries: Weighted<T>): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) {
        return value;
      }
    }
    return entries[entries.length - 1][0];
  }

  /** Standard normal via Box–Muller. */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Log-normal around a median: amounts and durations are right-skewed in real data. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Knuth's method; fine for the small daily rates used here. */
  poisson(lambda: number): number {
    const limit = Math.exp(-lambda);
    let count = 0;
    let product = this.next();
    while (product > limit) {
      count++;
      product *= this.next();
    }
    return count;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}

/**
 * Draws without replacement from a refilled bag, so a rare outcome (a default, an incomplete
 * payout) hits its target share closely at any sample size while its position stays random.
 */
export class ShuffleBag<T> {
  private bag: T[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly contents: Weighted<T>,
  ) {}

  draw(): T {
    if (this.bag.length === 0) {
      const fill = this.contents.flatMap(([value, count]) => Array.from({ length: count }, () => value));
      this.bag = this.rng.shuffle(fill);
    }
    const value = this.bag.pop();
    if (value === undefined) {
      throw new Error('ShuffleBag needs at least one item');
    }
    return value;
  }
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
