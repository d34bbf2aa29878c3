import type { Block } from '../types.js';
import { isTableLine, splitLines, type Line } from './lines.js';
import { proseBlocks, type ProseState } from './prose.js';
import { tableRowBlocks } from './table-rows.js';

/** How many times a short line must repeat before it counts as page furniture (running headers). */
const FURNITURE_REPEATS = 3;

/**
 * Reads an extracted document into blocks. The text is cut into runs of one shape — tab-separated
 * table rows, or prose (wrapped text, with markdown syntax where the document uses it) — and each
 * run goes to its own reader; running headers repeated at every page break are dropped first.
 */
export function readDocument(text: string): Block[] {
  const lines = dropFurniture(splitLines(text));
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

function dropFurniture(lines: Line[]): Line[] {
  const key = (l: Line) => l.text.replace(/[\s*#]+/g, ' ').trim().toLowerCase();
  const counts = new Map<string, number>();
  for (const l of lines) {
    const k = key(l);
    if (k !== '' && k.length <= 120) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return lines.map((l) => ((counts.get(key(l)) ?? 0) >= FURNITURE_REPEATS ? { ...l, text: '' } : l));
}
