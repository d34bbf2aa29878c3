// Whether the compiled build (dist/) is current: read by bin/start.js before every start.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The list the build writes in dist/ of the files it was made from (scripts/build.ts). */
export const BUILT_FROM = 'built-from.json';

/**
 * Whether `<root>/dist` was built from the files as they are now: each one the build read has
 * the size and modification time it had then. False when there is no build, or it predates the
 * list.
 * @param {string} root the project folder
 * @returns {boolean}
 */
export function buildIsCurrent(root) {
  try {
    /** @type {{ inputs: [file: string, mtimeMs: number, size: number][] }} */
    const { inputs } = JSON.parse(readFileSync(path.join(root, 'dist', BUILT_FROM), 'utf8'));
    return inputs.every(([file, mtimeMs, size]) => {
      const stat = statSync(path.join(root, file));
      return stat.mtimeMs === mtimeMs && stat.size === size;
    });
  } catch {
    return false;
  }
}
