export * from './lib/login-page/login-page';
