export * from './lib/access.models';
export * from './lib/access-api.service';
