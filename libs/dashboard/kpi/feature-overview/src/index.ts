export * from './lib/overview-page/overview-page';
export * from './lib/overview-params';
export * from './lib/stage-groups';
export * from './lib/today';
