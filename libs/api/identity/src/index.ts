export * from './lib/viewer';
export * from './lib/identity.module';
export * from './lib/access/access.service';
export * from './lib/auth/account-bootstrap';
export * from './lib/auth/auth.service';
export * from './lib/auth/password-hasher';
export * from './lib/auth/jwt-secret';
export * from './lib/auth/demo-logins';
