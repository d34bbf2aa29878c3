/**
 * Ingest speed for one large text document (run in its own process by `npm run bench`): the
 * shipped documents repeated, their numbers shifted each time so no passage is a repeat, to 1, 8
 * and 48 MB. Reading a document must be linear in its size: MB/s stays within 2× across sizes.
 * Prints one JSON line: [{ mb, seconds, mbPerS, passages, rssMb }].
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { Command } from 'commander';
import { createLogger } from '../bot/runtime/logger.js';
import { readDocumentContent } from '../knowledge/documents/read-document.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sizes = new Command('big-file').option('--sizes <list>', 'MB, comma-separated', '1,8,48').parse().opts<{ sizes: string }>().sizes.split(',').map(Number);
const documents = path.join(root, 'data', 'documents');
const base = readdirSync(documents)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(documents, f), 'utf8'))
  .join('\n\n');
const quiet = createLogger('fatal', new Writable({ write: (_c, _e, done) => done() }));

/** The shipped documents repeated to `mb` megabytes, numbers shifted in each copy. */
function document(mb: number): Buffer {
  const parts: string[] = [];
  for (let n = 0, length = 0; length < mb * 1024 * 1024; n++) {
    const copy = `Part ${n}\n\n${base.replace(/\d+/g, (d) => String(Number(d) + n))}`;
    parts.push(copy);
    length += copy.length;
  }
  return Buffer.from(parts.join('\n\n'));
}

// One untimed read first: the first sizes would otherwise also time the JIT warming up.
await readDocumentContent(document(1), { file: 'warm-up.txt', full: 'warm-up.txt', id: 'warm-up' }, quiet);
const out: { mb: number; seconds: number; mbPerS: number; passages: number; rssMb: number }[] = [];
for (const mb of sizes) {
  const bytes = document(mb);
  const started = performance.now();
  const read = await readDocumentContent(bytes, { file: `big-${mb}.txt`, full: `big-${mb}.txt`, id: `big-${mb}` }, quiet);
  const seconds = (performance.now() - started) / 1000;
  out.push({ mb, seconds: Number(seconds.toFixed(1)), mbPerS: Number((bytes.length / 1024 / 1024 / seconds).toFixed(2)), passages: read.content.passages.length, rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024) });
}
console.log(JSON.stringify(out));
