#!/usr/bin/env node
// `npm start`: the bot from its compiled build (dist/), built first when any file it was built
// from has changed since. Loading TypeScript through tsx costs most of a second at every start;
// the build loads in a fraction of that, and checking it is current costs a few milliseconds.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIsCurrent } from './build-state.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

/** Builds dist/; false (the build's own errors shown) when it could not. */
function build() {
  process.stderr.write('Building the bot (first start, or the code changed)…\n');
  const built = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'build.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return built.status === 0;
}

if (buildIsCurrent(root) || build()) {
  await import(pathToFileURL(path.join(dist, 'bot', 'index.js')).href);
} else {
  // It still answers: from the TypeScript sources, as it would with no build at all.
  process.stderr.write('The build failed (above); starting from the sources instead.\n');
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, 'bot', 'index.ts')).href);
}
