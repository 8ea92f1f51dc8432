export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from './lib/org/demo-logins';
