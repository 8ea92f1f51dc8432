#!/usr/bin/env node
// Type-checks every TypeScript project of the workspace (app, library and spec configurations).
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CONFIGS = ['tsconfig.app.json', 'tsconfig.lib.json', 'tsconfig.spec.json', 'tsconfig.e2e.json'];

function projectDirs(dir) {
  const entries = readdirSync(dir);
  const own = entries.includes('project.json') ? [dir] : [];
  const nested = entries
    .filter((name) => name !== 'node_modules' && !name.startsWith('.'))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory())
    .flatMap(projectDirs);
  return [...own, ...nested];
}

const configs = ['apps', 'libs', 'tools']
  .flatMap((top) => projectDirs(join(root, top)))
  .flatMap((dir) => CONFIGS.map((name) => join(dir, name)))
  .filter((path) => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  });

const tsc = join(root, 'node_modules', '.bin', 'tsc');
let failed = 0;
const queue = [...configs];
async function worker() {
  while (queue.length > 0) {
    const config = queue.shift();
    const output = await new Promise((resolve) => {
      const child = spawn(tsc, ['--noEmit', '-p', config], { cwd: root });
      let text = '';
      child.stdout.on('data', (chunk) => (text += chunk));
      child.stderr.on('data', (chunk) => (text += chunk));
      child.on('exit', (code) => resolve({ code, text }));
    });
    const name = relative(root, config);
    if (output.code === 0) {
      console.log(`ok   ${name}`);
    } else {
      failed++;
      console.log(`FAIL ${name}\n${output.text}`);
    }
  }
}
await Promise.all([worker(), worker()]);
if (failed > 0) {
  console.error(`${failed} of ${configs.length} TypeScript projects have type errors`);
  process.exit(1);
}
console.log(`${configs.length} TypeScript projects type-check`);
