/** What the server runs in demo mode only (DEMO_DATA): main.ts loads it on demand. */
export { seedDemoCorridorsIfNone } from './demo-corridors';
export { loadDemoDataIfEmpty } from './demo-data-loader';
