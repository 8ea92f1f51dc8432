export * from './lib/chart-theme';
export * from './lib/status-colors';
export * from './lib/corridor/corridor-bands';
export * from './lib/provide-charts';
export * from './lib/sparkline/sparkline-options';
export * from './lib/sparkline/sparkline';
export * from './lib/corridor-trend/corridor-trend-options';
export * from './lib/corridor-trend/corridor-trend';
