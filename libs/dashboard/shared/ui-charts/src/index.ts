export * from './lib/chart-theme';
export * from './lib/provide-charts';
export * from './lib/sparkline/sparkline-options';
export * from './lib/sparkline/sparkline';
