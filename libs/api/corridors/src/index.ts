export * from './lib/corridors.module';
