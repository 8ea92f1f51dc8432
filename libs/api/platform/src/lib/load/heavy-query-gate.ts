import { TooBusyError } from '../errors/domain-errors';

export interface HeavyQueryLimits {
  /** Heavy operations running at once (HEAVY_QUERY_CONCURRENCY). */
  readonly concurrency: number;
  /** Heavy operations waiting for a turn (HEAVY_QUERY_QUEUE); one more is refused. */
  readonly queue: number;
}

/** Assumed duration of one heavy operation until the first has been measured. */
const INITIAL_ESTIMATE_MS = 1_000;
/** Weight of the latest duration in the moving average: recent load counts, one outlier does not. */
const SMOOTHING = 0.2;

/**
 * Admits heavy operations (KPI computations) at most `concurrency` at a time, first come first
 * served, with at most `queue` waiting. One more is refused at once with TooBusyError: a flood then
 * costs the database nothing, and an admitted request waits at most for the queue in front of it
 * (each statement bounded by the statement timeout). The refusal says when to come back: the time
 * the work in line needs, from the measured durations of recent operations.
 */
export class HeavyQueryGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private averageMs = INITIAL_ESTIMATE_MS;

  constructor(
    private readonly limits: HeavyQueryLimits,
    private readonly clock: () => number = Date.now,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.admit();
    const started = this.clock();
    try {
      return await work();
    } finally {
      this.averageMs += SMOOTHING * (this.clock() - started - this.averageMs);
      this.release();
    }
  }

  private admit(): Promise<void> {
    if (this.running < this.limits.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.queue) {
      const inLine = this.running + this.waiting.length;
      const seconds = Math.ceil(((inLine / this.limits.concurrency) * this.averageMs) / 1000);
      return Promise.reject(new TooBusyError(Math.max(1, seconds)));
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) {
      // The slot passes straight to the next in line, so `running` stays as it is.
      next();
    } else {
      this.running--;
    }
  }
}
