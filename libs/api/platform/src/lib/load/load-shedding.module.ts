import { type DynamicModule, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type { LoadLimits } from '../config/app-config';
import { HeavyQueryGate } from './heavy-query-gate';
import { HEAVY_QUERY_THROTTLER } from './heavy-query-throttler.guard';
import { SlidingWindowStorage } from './sliding-window-storage';

const MINUTE_MS = 60_000;

/**
 * The heavy-query gate and the per-user rate of heavy operations, for @HeavyOperation() anywhere.
 * The rate is counted in this process's memory (SlidingWindowStorage); several API processes share
 * one budget by passing a shared ThrottlerStorage as `storage` instead (e.g. Redis via
 * @nest-lab/throttler-storage-redis). The gate stays per process on purpose: it protects this
 * process's share of the database pool.
 */
@Module({})
export class LoadSheddingModule {
  static forRoot(limits: LoadLimits): DynamicModule {
    return {
      module: LoadSheddingModule,
      global: true,
      imports: [
        ThrottlerModule.forRoot({
          throttlers: [
            {
              name: HEAVY_QUERY_THROTTLER,
              ttl: MINUTE_MS,
              limit: limits.heavyQueryRatePerMinute,
              // A sliding minute without a lockout: refused requests are not counted, and a client
              // may continue as soon as its oldest counted request is a minute old.
              blockDuration: 0,
            },
          ],
          storage: new SlidingWindowStorage(),
          // Retry-After comes from the TOO_MANY_REQUESTS error (refusalStatusPlugin), under its standard name.
          setHeaders: false,
        }),
      ],
      providers: [
        {
          provide: HeavyQueryGate,
          useValue: new HeavyQueryGate({
            concurrency: limits.heavyQueryConcurrency,
            queue: limits.heavyQueryQueue,
          }),
        },
      ],
      exports: [HeavyQueryGate],
    };
  }
}
