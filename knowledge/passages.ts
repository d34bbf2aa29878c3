import { mendSentenceBreaks } from './glued-words.js';
import { markLeadIns } from './lead-ins.js';
import { findPeriods } from './periods.js';
import type { Block, Passage } from './types.js';

/** Text compared for repeats: case, punctuation and spacing ignored. */
export function repeatKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}%£]+/gu, ' ').trim();
}

/**
 * Turns a document's blocks into passages, putting back the space extraction lost after a full stop. A passage whose text the document repeats (a summary
 * bullet restated in a table) is kept once, with every location it stands at. A list item notes the
 * lead-in it reads on from.
 */
export function buildPassages(docId: string, docDate: string, blocks: Block[]): Passage[] {
  const byKey = new Map<string, Passage>();
  const passages: Passage[] = [];
  for (const block of blocks) {
    const text = mendSentenceBreaks(block.text.trim());
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const key = repeatKey(text);
    const location = { start: block.start, end: block.end, section: block.section };
    const seen = byKey.get(key);
    if (seen) {
      seen.locations.push(location);
      continue;
    }
    const passage: Passage = {
      id: `${docId}#${passages.length + 1}`,
      docId,
      section: block.section,
      text,
      start: block.start,
      end: block.end,
      locations: [location],
      periods: findPeriods(text, docDate),
    };
    byKey.set(key, passage);
    passages.push(passage);
  }
  markLeadIns(passages);
  return passages;
}
