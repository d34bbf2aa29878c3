/**
 * The production build: the bot and the CLI bundled by esbuild into `dist/` (`dist/bot/index.js`,
 * `dist/adapters/cli.js`, and chunks for what is imported only when used). Type-checking is
 * `npm run typecheck`; this only emits.
 *
 * Why a bundle: every start loads the code before it answers anything, and loading a module
 * costs more than its size — zod alone is 95 files and 50 ms to load one by one, 22 ms as one.
 * Bundled, a start is about 60 ms sooner. Only plain-JavaScript packages that every start loads
 * are inlined (pino among them: the bot writes its own destinations and starts no transport
 * worker); the rest stay in node_modules, loaded as they are: native ones (sqlite3), ones that
 * find their own files or workers at run time (pdf.js, word lists), and the chat SDKs, which load
 * only when their platform is configured.
 */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUILT_FROM } from '../bin/build-state.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INLINED = new Set(['pino', 'zod', 'commander', 'minisearch', 'lru-cache', 'stemmer', 'p-limit', 'fastest-levenshtein', 'croner']);

const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const external = Object.keys(pkg.dependencies)
  .filter((name) => !INLINED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

const outdir = path.join(root, 'dist');
// Built aside and moved into place, so a start running meanwhile never loads half a build.
const partial = `${outdir}.partial-${process.pid}`;
rmSync(partial, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ['bot/index.ts', 'adapters/cli.ts'],
  outbase: '.',
  outdir: partial,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  sourcemap: true,
  metafile: true,
  // Inlined CommonJS packages (commander) call `require` for Node's own modules, which an ES
  // module does not have.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
// What the build was made from, as each file stood: `npm start` runs the build while every one
// of them is unchanged, and builds again when one is not (bin/build-state.js).
const inputs = [...Object.keys(result.metafile.inputs), 'scripts/build.ts', 'package.json'].map((file) => {
  const stat = statSync(path.join(root, file));
  return [file, stat.mtimeMs, stat.size];
});
writeFileSync(path.join(partial, BUILT_FROM), `${JSON.stringify({ inputs })}\n`);
rmSync(outdir, { recursive: true, force: true });
renameSync(partial, outdir);
console.log(`built ${path.relative(process.cwd(), outdir) || 'dist'}/bot/index.js and dist/adapters/cli.js`);
