import { type DynamicModule, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { ADVISORY_LOCKS, HeavyQueryGate, lockUntilCommit } from '@salesdash/api/platform';
import { DataSource } from 'typeorm';
import { FactReader, type FactReadPath } from './fact-reader';
import { FactMaintenance } from './rollup/fact-maintenance';

/**
 * Fills the rollups before the first request when they do not hold this build: data stored before
 * the facts layer existed, or by a build whose rollups meant something else. Behind the import lock,
 * so no import writes meanwhile.
 */
@Injectable()
export class FactBuildOnStart implements OnApplicationBootstrap {
  private readonly logger = new Logger('Facts');

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const started = performance.now();
    const rebuilt = await this.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL statement_timeout = 0');
      await lockUntilCommit(manager, ADVISORY_LOCKS.IMPORT);
      return FactMaintenance.ensureBuilt(manager);
    });
    if (rebuilt) {
      this.logger.log(`rollups rebuilt from the stored facts in ${Math.round(performance.now() - started)} ms`);
    }
  }
}

@Module({})
export class FactsModule {
  static forRoot(options: { readonly readPath: FactReadPath }): DynamicModule {
    return {
      module: FactsModule,
      global: true,
      providers: [
        {
          provide: FactReader,
          // The gate comes from LoadSheddingModule (global): computations that miss the cache queue there.
          useFactory: (gate: HeavyQueryGate) => new FactReader(options.readPath, gate),
          inject: [HeavyQueryGate],
        },
        FactBuildOnStart,
      ],
      exports: [FactReader],
    };
  }
}
