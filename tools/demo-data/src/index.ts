export {
  DEFAULT_DEMO_SEED,
  generateDemoBundle,
  TEAM_TARGET_TEAM_ID,
  type DemoBundleOptions,
  type DemoBundleSummary,
} from './lib/demo-data';
export { DEMO_LOGINS, DEMO_PASSWORD, DEMO_TEAM_ID, type DemoLogin } from './lib/org/organisation';
export { BUNDLE_FILES, BUNDLE_HEADERS, type BundleFile } from './lib/output/bundle-writer';
export { DEMO_BUSINESS_MODELS, type BusinessModel } from './lib/model';
export { DEMO_CORRIDORS, demoDataStart, type DemoCorridor } from './lib/corridors/demo-corridors';
