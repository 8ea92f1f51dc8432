/** How long one step of an import took (`npm run import -- --verbose` prints them). */
export interface ImportPhase {
  readonly name: string;
  readonly ms: number;
}

/** Times the steps of one import in the order they run. */
export class ImportPhases {
  private readonly phases: ImportPhase[] = [];

  async time<T>(name: string, step: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await step();
    } finally {
      this.phases.push({ name, ms: performance.now() - started });
    }
  }

  list(): ImportPhase[] {
    return [...this.phases];
  }
}
