export * from './lib/session';
export * from './lib/session-operations';
export * from './lib/auth.service';
export * from './lib/auth.interceptor';
export * from './lib/auth-error-link';
export * from './lib/auth.guards';
export * from './lib/demo-logins.service';
export * from './lib/language-choice';
