export * from './lib/targets-page/targets-page';
