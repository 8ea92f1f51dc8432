/**
 * Answers kept under a key that names everything they depend on — the change counters of their data
 * included — so an answer is never served after its data changed: the key it sits under is simply
 * not asked for again, and it ages out. The least recently used entry goes first; identical misses at
 * the same time share one computation.
 */
export class AnswerCache<V> {
  private readonly entries = new Map<string, V>();
  private readonly pending = new Map<string, Promise<V>>();

  constructor(private readonly capacity: number) {}

  /** The answer kept under `key`, or the one `compute` gives (kept under `key`, unless it fails). */
  answer(key: string, compute: () => Promise<V>): Promise<V> {
    const kept = this.recall(key);
    if (kept !== undefined) {
      return Promise.resolve(kept);
    }
    const shared = this.pending.get(key);
    if (shared) {
      return shared;
    }
    const computed = compute().then((value) => {
      this.remember(key, value);
      return value;
    });
    this.pending.set(key, computed);
    computed.finally(() => this.pending.delete(key)).catch(() => undefined);
    return computed;
  }

  /** Keeps an answer under a key of its own (e.g. the newer version it was computed at). */
  remember(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) {
        break;
      }
      this.entries.delete(oldest);
    }
  }

  private recall(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Least recently used first in the map's order.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
}
