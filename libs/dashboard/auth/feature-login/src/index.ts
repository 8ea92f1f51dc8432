export * from './lib/login-page/login-page';
export * from './lib/change-password-page/change-password-page';
