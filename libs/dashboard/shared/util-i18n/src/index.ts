export * from './lib/interpolate';
export * from './lib/role-names';
export * from './lib/format-instant';
export * from './lib/language';
