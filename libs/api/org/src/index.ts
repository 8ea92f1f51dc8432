export * from './lib/row-scope';
export * from './lib/org-directory';
export * from './lib/org.module';
export * from './lib/org.types';
