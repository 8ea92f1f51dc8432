export * from './lib/org-admin-page/org-admin-page';
