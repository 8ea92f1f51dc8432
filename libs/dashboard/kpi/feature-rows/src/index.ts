export * from './lib/rows-page/rows-page';
export * from './lib/deal-page/deal-page';
