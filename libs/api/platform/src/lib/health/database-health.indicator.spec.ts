import { HealthIndicatorService } from '@nestjs/terminus';
import type { DataSource } from 'typeorm';
import type { EmbeddedState } from '../database/shared-embedded-postgres';
import { DatabaseHealthIndicator } from './database-health.indicator';

function indicator(query: () => Promise<unknown>, state: EmbeddedState = 'up'): DatabaseHealthIndicator {
  return new DatabaseHealthIndicator(new HealthIndicatorService(), { query } as unknown as DataSource, () => state);
}

describe('DatabaseHealthIndicator', () => {
  it('is up when the database answers', async () => {
    expect(await indicator(async () => [{ '?column?': 1 }]).check('database')).toEqual({
      database: { status: 'up' },
    });
  });

  it('is down, without the error, when the database refuses', async () => {
    const refused = indicator(async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    });
    expect(await refused.check('database')).toEqual({ database: { status: 'down' } });
  });

  it('is down while an embedded database is being restarted, and says so', async () => {
    const query = jest.fn();
    expect(await indicator(query, 'restarting').check('database')).toEqual({
      database: { status: 'down', state: 'restarting' },
    });
    expect(query).not.toHaveBeenCalled();
  });

  it('is down when the database does not answer within 2 s', async () => {
    jest.useFakeTimers();
    try {
      const check = indicator(() => new Promise(() => undefined)).check('database');
      await jest.advanceTimersByTimeAsync(2_000);
      expect(await check).toEqual({ database: { status: 'down' } });
    } finally {
      jest.useRealTimers();
    }
  });
});
