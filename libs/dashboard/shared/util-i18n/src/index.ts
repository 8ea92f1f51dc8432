export * from './lib/interpolate';
