import { applyDecorators, UseGuards } from '@nestjs/common';
import { HeavyQueryThrottlerGuard } from './heavy-query-throttler.guard';

/**
 * Marks an operation that computes over the facts (KPIs, medians, corridor previews): it counts
 * against the caller's HEAVY_QUERY_RATE. Method guards run after the global access guard, so the rate
 * is counted per signed-in user. The computation itself passes the heavy-query gate
 * (HEAVY_QUERY_CONCURRENCY at once, HEAVY_QUERY_QUEUE waiting) where it reads the facts and misses
 * their cache (api-facts `FactReader`), so an answer the cache already holds never waits in line.
 */
export const HeavyOperation = () => applyDecorators(UseGuards(HeavyQueryThrottlerGuard));
