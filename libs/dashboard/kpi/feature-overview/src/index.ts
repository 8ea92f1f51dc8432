export * from './lib/overview-page/overview-page';
export * from './lib/period-params';
export * from './lib/period-query';
export * from './lib/period-label';
export * from './lib/stage-groups';
export * from './lib/today';
