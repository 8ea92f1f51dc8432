export * from './lib/access.models';
export * from './lib/access.operations';
export * from './lib/access-api.service';
