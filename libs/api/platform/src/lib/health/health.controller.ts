import { Controller, Get } from '@nestjs/common';
import { HealthCheck, type HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { Public } from '../auth/access-decision';
import { DatabaseHealthIndicator } from './database-health.indicator';

/**
 * Liveness and the database's state for load balancers and probes: public, tells nothing else.
 * 200 `{ status: 'ok', ... }`, or 503 `{ status: 'error', ... }` naming the database as down
 * (terminus' format: info, error, details).
 */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database.check('database')]);
  }
}
