import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILT_FROM, buildIsCurrent } from '../../bin/build-state.js';

/** A project folder with one source file and a build that records it as it stands. */
function projectWithBuild(root: string): string {
  const source = path.join(root, 'bot', 'index.ts');
  mkdirSync(path.dirname(source), { recursive: true });
  writeFileSync(source, 'export {};\n');
  const stat = statSync(source);
  mkdirSync(path.join(root, 'dist'));
  writeFileSync(path.join(root, 'dist', BUILT_FROM), JSON.stringify({ inputs: [['bot/index.ts', stat.mtimeMs, stat.size]] }));
  return source;
}

describe('npm start reuses its build only while the code is unchanged', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'st-build-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('runs the build it has when no file it was built from has changed', () => {
    projectWithBuild(root);
    expect(buildIsCurrent(root)).toBe(true);
  });

  it('builds again when a source file is edited, even to the same size', () => {
    const source = projectWithBuild(root);
    writeFileSync(source, 'export {}\n;');
    const later = new Date(Date.now() + 5000);
    utimesSync(source, later, later);
    expect(buildIsCurrent(root)).toBe(false);
  });

  it('builds again when a source file was removed, or there is no build', () => {
    const source = projectWithBuild(root);
    rmSync(source);
    expect(buildIsCurrent(root)).toBe(false);
    rmSync(path.join(root, 'dist'), { recursive: true });
    expect(buildIsCurrent(root)).toBe(false);
  });
});
