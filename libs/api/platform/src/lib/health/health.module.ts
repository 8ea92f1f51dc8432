import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import type { EmbeddedState } from '../database/shared-embedded-postgres';
import { DATABASE_STATE, DatabaseHealthIndicator } from './database-health.indicator';
import { HealthController } from './health.controller';

/** /health, on terminus' HealthCheckService; a failed check is logged as one JSON line. */
@Module({})
export class HealthModule {
  /** `databaseState` tells when an embedded PostgreSQL is being restarted; always 'up' for DATABASE_URL. */
  static forDatabase(databaseState: () => EmbeddedState = () => 'up'): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
      controllers: [HealthController],
      providers: [DatabaseHealthIndicator, { provide: DATABASE_STATE, useValue: databaseState }],
    };
  }
}
