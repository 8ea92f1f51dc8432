export * from './lib/targets.module';
