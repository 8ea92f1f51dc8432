import { type DynamicModule, Module } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AdminModule } from '@salesdash/api/admin';
import { CorridorsModule } from '@salesdash/api/corridors';
import { FactsModule } from '@salesdash/api/facts';
import { IdentityModule } from '@salesdash/api/identity';
import { IngestionModule } from '@salesdash/api/ingestion';
import { JourneyModule } from '@salesdash/api/journey';
import { KpiEngineModule } from '@salesdash/api/kpi-engine';
import { PipelineModule } from '@salesdash/api/pipeline';
import { TargetsModule } from '@salesdash/api/targets';
import {
  type AppConfig,
  DatabaseModule,
  domainErrorFilterProvider,
  type EmbeddedState,
  graphqlOptions,
  HealthModule,
  LoadSheddingModule,
} from '@salesdash/api/platform';

export interface AppModuleOptions {
  readonly config: AppConfig;
  readonly dataSource: DataSource;
  readonly jwtSecret: string;
  readonly logger: Logger;
  /** Whether an embedded PostgreSQL is being restarted, for /health; 'up' when not given. */
  readonly databaseState?: () => EmbeddedState;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const production = options.config.mode === 'production';
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forDataSource(options.dataSource),
        GraphQLModule.forRoot<ApolloDriverConfig>(
          graphqlOptions({
            production,
            logUnexpected: (error) => options.logger.error({ err: error }, 'unexpected error in a GraphQL operation'),
            // Operators tune STATEMENT_TIMEOUT_MS and watch the database by these lines.
            logDatabaseRefusal: (refusal, cause) =>
              options.logger.warn(
                { err: cause, code: refusal.category },
                `a GraphQL operation was answered ${refusal.category}`,
              ),
          }),
        ),
        LoadSheddingModule.forRoot(options.config.load),
        IdentityModule.forRoot({ jwtSecret: options.jwtSecret, secureCookies: production }),
        FactsModule.forRoot({ readPath: options.config.factsReadPath }),
        KpiEngineModule,
        CorridorsModule,
        TargetsModule,
        PipelineModule,
        JourneyModule,
        IngestionModule,
        AdminModule,
        HealthModule.forDatabase(options.databaseState),
      ],
      providers: [domainErrorFilterProvider(options.logger)],
    };
  }
}
