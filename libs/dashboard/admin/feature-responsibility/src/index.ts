export * from './lib/responsibility-page/responsibility-page';
