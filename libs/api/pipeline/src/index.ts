export * from './lib/pipeline.module';
