import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import type { EmbeddedState } from '../database/shared-embedded-postgres';

/** Provides `() => EmbeddedState`: whether an embedded PostgreSQL is being restarted. */
export const DATABASE_STATE = Symbol('DATABASE_STATE');

/** A probe answers within this time, whatever the database does. */
const PING_TIMEOUT_MS = 2_000;

/**
 * The database's state for /health: 'up', 'down', or down with `state: 'restarting'` while an
 * embedded PostgreSQL that stopped is started again. Nothing else (no message, no address).
 *
 * Not terminus' TypeOrmHealthIndicator: it requires @nestjs/typeorm, which this app does not use
 * (its DataSource is opened at boot and handed to Nest) — measured for issue 12: resolving it
 * without that package logs 'The "@nestjs/typeorm" package is missing' and ends the process with
 * exit code 1. Its check is the same `SELECT 1` with a timeout, kept here.
 */
@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    @Inject(DATABASE_STATE) private readonly state: () => EmbeddedState,
  ) {}

  async check<const Key extends string>(key: Key) {
    const indicator = this.indicators.check(key);
    if (this.state() === 'restarting') {
      return indicator.down({ state: 'restarting' });
    }
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), PING_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timedOut]);
      return indicator.up();
    } catch {
      return indicator.down();
    } finally {
      clearTimeout(timer);
    }
  }
}
