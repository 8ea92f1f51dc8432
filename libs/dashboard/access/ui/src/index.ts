export * from './lib/access-ui.texts';
export * from './lib/why-panel/why-panel';
