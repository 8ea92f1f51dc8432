export * from './lib/interpolate';
export * from './lib/role-names';
