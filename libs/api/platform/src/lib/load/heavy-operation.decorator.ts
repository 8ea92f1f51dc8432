import { applyDecorators, UseGuards, UseInterceptors } from '@nestjs/common';
import { HeavyQueryInterceptor } from './heavy-query.interceptor';
import { HeavyQueryThrottlerGuard } from './heavy-query-throttler.guard';

/**
 * Marks an operation that computes over the facts (KPIs, medians, corridor previews): it counts
 * against the caller's HEAVY_QUERY_RATE and runs through the heavy-query gate
 * (HEAVY_QUERY_CONCURRENCY at once, HEAVY_QUERY_QUEUE waiting). Method guards run after the global
 * access guard, so the rate is counted per signed-in user, and a refused request takes no place in line.
 */
export const HeavyOperation = () =>
  applyDecorators(UseGuards(HeavyQueryThrottlerGuard), UseInterceptors(HeavyQueryInterceptor));
