import type { Block } from '../../types.js';
import { markdownHeadingOf, plainHeadingOf } from './headings.js';
import { endsSentence, isTableLine, splitLines, type Line } from './lines.js';
import { proseBlocks, type ProseState } from './prose.js';
import { tableRowBlocks } from './table-rows.js';
import { dropContents } from './contents.js';

/** How many times a short line must repeat before it counts as page furniture (running headers). */
const FURNITURE_REPEATS = 3;
/** How near (in lines) a header block's lines stand to each other. */
const BLOCK_REACH = 2;

/**
 * Reads an extracted document into blocks. The text is cut into runs of one shape — tab-separated
 * table rows, or prose (wrapped text, with markdown syntax where the document uses it) — and each
 * run goes to its own reader; running headers repeated at every page break, and the table of
 * contents, are dropped first.
 */
export function readDocument(text: string): Block[] {
  const lines = dropContents(dropFurniture(splitLines(text)));
  const markdown = /^#{1,6}\s/m.test(text) || /\*\*[^*\n]+\*\*/.test(text);
  const state: ProseState = { headings: [] };
  const blocks: Block[] = [];
  for (const run of runs(lines)) {
    if (run.shape === 'table-rows') {
      blocks.push(...tableRowBlocks(run.lines, state.headings.map((h) => h.text)));
    } else {
      blocks.push(...proseBlocks(run.lines, state, { markdown }));
    }
  }
  return blocks;
}

function runs(lines: Line[]): { shape: 'table-rows' | 'prose'; lines: Line[] }[] {
  const out: { shape: 'table-rows' | 'prose'; lines: Line[] }[] = [];
  for (const line of lines) {
    const blank = line.text.trim() === '';
    const shape = isTableLine(line.text) ? 'table-rows' : 'prose';
    const last = out[out.length - 1];
    if (last && (blank || last.shape === shape)) last.lines.push(line);
    else out.push({ shape, lines: [line] });
  }
  return out;
}

/**
 * Blanks running headers and footers: short lines repeated at page breaks, most often the
 * document's title. Any other line repeated as a heading ("Regional context" opening each
 * chapter's part) is kept: a page break falls inside a sentence sooner or later, so a line that
 * never once interrupts one, and each time stands where a heading would, is one.
 */
function dropFurniture(lines: Line[]): Line[] {
  const key = (l: Line) => l.text.replace(/[\s*#]+/g, ' ').trim().toLowerCase();
  const seen = new Map<string, { n: number; interrupts: boolean }>();
  lines.forEach((l, i) => {
    const k = key(l);
    if (k === '' || k.length > 120 || isReplyLabel(k)) return;
    const entry = seen.get(k) ?? { n: 0, interrupts: false };
    entry.n++;
    entry.interrupts ||= interruptsText(lines, i);
    seen.set(k, entry);
  });
  // A running header most often repeats the document's title, the line that opens it; the
  // lines of a header block travel with it.
  const keys = lines.map(key);
  const title = keys.find((k) => k !== '') ?? '';
  const repeated = (k: string) => (seen.get(k)?.n ?? 0) >= FURNITURE_REPEATS;
  const furniture = new Set<string>();
  for (const [k, entry] of seen) if (repeated(k) && (entry.interrupts || title.includes(k) || k.includes(title))) furniture.add(k);
  const besideFurniture = (i: number) => keys.slice(Math.max(0, i - BLOCK_REACH), i + BLOCK_REACH + 1).some((k) => furniture.has(k));
  const travelling = new Set([...seen.keys()].filter((k) => repeated(k) && !furniture.has(k)));
  keys.forEach((k, i) => {
    if (travelling.has(k) && !besideFurniture(i)) travelling.delete(k);
  });
  return lines.map((l, i) => (furniture.has(keys[i]!) || travelling.has(keys[i]!) ? { ...l, text: '' } : l));
}

/**
 * "Our response:", "Answer:" before each answer of an FOI reply or a Q&A: a word or two leading
 * in to what follows, never a running header (which names the document: "Standing Together 2022-25:").
 */
function isReplyLabel(key: string): boolean {
  return /^[\p{L}' ]+:$/u.test(key) && key.split(' ').length <= 3;
}

/** Whether line i sits where no heading would: inside a sentence, or as no heading reads. */
function interruptsText(lines: Line[], i: number): boolean {
  const near = (step: number) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.text.trim() !== '') return lines[j]!.text.trim();
    return undefined;
  };
  const before = near(-1);
  const after = near(1);
  if (before !== undefined && !endsSentence(before) && after !== undefined && /^[a-z]/.test(after)) return true;
  return plainHeadingOf(lines[i]!.text, undefined) === undefined && markdownHeadingOf(lines[i]!.text) === undefined;
}
