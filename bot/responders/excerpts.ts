import { sameSection } from '../../knowledge/documents/lead-ins.js';
import { passageBeforeId, passageIdsAfter } from '../../knowledge/documents/passages.js';
import type { KnowledgeBase, Ranked } from '../../knowledge/search/retrieve.js';
import type { Passage } from '../../knowledge/types.js';
import type { AnswerPassage } from '../answer.js';
import { citationOf } from './citation.js';

/** Items looked for after a lead-in, and how much of its list is shown with it. */
const LIST_ITEMS_READ = 8;
const LIST_SHOWN_CHARS = 800;
/**
 * Longest excerpt neighbouring passages are joined into: within what a chat card shows of a
 * passage (Teams cuts at 600 characters), so the reader sees every sentence, not half of one.
 */
const JOINED_CHARS = 600;

/**
 * The passages an answer shows, in rank order, each as the reader should see it:
 * - a list item with the lead-in it reads on from before it ("Fixed Penalty Notices have been
 *   issued for the following breaches:" above "12 x urinating in public"), since the item alone
 *   does not say what it counts;
 * - a lead-in with the list it introduces after it;
 * - shown passages that stand next to each other in one section of a document as one excerpt,
 *   in the document's order, as far as they fit in a card: the sentence that ranked second is
 *   often the one that finishes what the first began ("BTP recorded 52,235 crimes …" then "That
 *   compares with 48,718 … a 7% increase"), and shown apart they read as two sources.
 */
export async function shownPassages(ranked: Ranked[], kb: KnowledgeBase): Promise<AnswerPassage[]> {
  const groups = joinNeighbours(ranked);
  return Promise.all(groups.map(async (group) => excerpt(group, kb)));
}

/** Groups each shown passage with the later-ranked shown passages beside it in its document. */
function joinNeighbours(ranked: Ranked[]): Ranked[][] {
  const taken = new Set<Ranked>();
  const groups: Ranked[][] = [];
  for (const r of ranked) {
    if (taken.has(r)) continue;
    taken.add(r);
    const group = [r];
    let length = r.passage.text.length;
    // Grow the excerpt one neighbour at a time, before or after, while a shown passage is there.
    for (;;) {
      const first = group[0]!.passage;
      const last = group.at(-1)!.passage;
      const before = ranked.find((o) => !taken.has(o) && o.passage.id === passageBeforeId(first.id) && sameSection(o.passage, first));
      const after = ranked.find((o) => !taken.has(o) && o.passage.id === passageIdsAfter(last.id, 1)[0] && sameSection(o.passage, last));
      // The better ranked of the two joins first.
      const fits = [before, after].filter((o): o is Ranked => o !== undefined && length + o.passage.text.length <= JOINED_CHARS);
      const next = fits.sort((a, b) => ranked.indexOf(a) - ranked.indexOf(b))[0];
      if (!next) break;
      taken.add(next);
      length += next.passage.text.length;
      if (next === before) group.unshift(next);
      else group.push(next);
    }
    groups.push(group);
  }
  return groups;
}

/** One shown excerpt: its passages' text in document order, cited and scored as the best of them. */
async function excerpt(group: Ranked[], kb: KnowledgeBase): Promise<AnswerPassage> {
  const best = group.reduce((a, b) => (b.score > a.score ? b : a));
  const first = group[0]!;
  const last = group.at(-1)!;
  const lead = await leadBefore(first.passage, kb);
  const list = await listAfter(last.passage, kb);
  const text = [lead, ...group.map((r) => r.passage.text), list].filter(Boolean).join('\n');
  const periods = [...new Set(group.flatMap((r) => r.passage.periods.map((p) => p.label)))];
  return Object.assign(citationOf(first.passage, kb), { text, score: Math.round(best.score * 1000) / 1000, periods });
}

/** The lead-in a list item reads on from, shown above it; none for a passage that leans on nothing. */
async function leadBefore(p: Passage, kb: KnowledgeBase): Promise<string> {
  if (p.leansOn === undefined) return '';
  const [lead] = await kb.passagesById([p.leansOn]);
  return lead && lead.text.length + p.text.length <= LIST_SHOWN_CHARS ? lead.text : '';
}

/**
 * The list a passage ending in a colon introduces ("The definition … used by Police Scotland is:"),
 * or the rows of figures answering a question ("How many Fixed Penalty Notices have been issued?"),
 * as far as it is shown with it: the passages after it that read on from it, whole, up to
 * {@link LIST_SHOWN_CHARS}. A lead-in shown alone answers nothing.
 */
async function listAfter(p: Passage, kb: KnowledgeBase): Promise<string> {
  // (A lead-in ends with a colon; a question may be answered by the rows after it.)
  if (!/[:?]\s*$/.test(p.text)) return '';
  const ids = passageIdsAfter(p.id, LIST_ITEMS_READ);
  const byId = new Map((await kb.passagesById(ids)).map((x) => [x.id, x]));
  const shown: string[] = [];
  let length = 0;
  for (const id of ids) {
    const item = byId.get(id);
    if (!item || item.leansOn !== p.id || (shown.length > 0 && length + item.text.length > LIST_SHOWN_CHARS)) break;
    shown.push(item.text);
    length += item.text.length;
  }
  return shown.join('\n');
}
