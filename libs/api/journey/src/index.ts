export * from './lib/journey.module';
