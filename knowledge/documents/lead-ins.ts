import { sentences } from '../language/sentences.js';
import type { Passage } from '../types.js';

/** Items past which a run after a colon is no longer read as its list. */
const MAX_ITEMS = 15;
/** Words past which a passage is a paragraph of its own, not a list item. */
const MAX_ITEM_WORDS = 70;
/** A lead-in this short that opens with a pointing word ("This includes:") names nothing itself. */
const BARE_LEAD_WORDS = 5;
const POINTING = /^(?:this|these|that|those|it|they|which|such|of these|of which|including|includes?)\b/i;

/**
 * Marks each list item with the passage it reads on from: the lead-in that introduces its list
 * ("The number of hate crime offences in 2015/16 … were as follows:"), so an item such as "3,629
 * (6%) were disability hate crimes" is searched and dated with what the lead-in says. A bare
 * lead-in ("This includes:") points back at the passage before it, which the items then read on
 * from instead. Items are the passages after a colon-ended lead-in in the same section, up to the
 * first long paragraph or the next lead-in.
 *
 * Passages are changed in place; the ones that lean on another get `leansOn`. `bulleted` holds
 * the ids of passages that began with a bullet.
 */
export function markLeadIns(passages: Passage[], bulleted: ReadonlySet<string> = new Set()): void {
  for (let i = 0; i < passages.length; i++) {
    const lead = passages[i]!;
    if (asksForRows(lead.text)) {
      markRows(passages, i);
      continue;
    }
    if (!endsLeadIn(lead.text)) continue;
    const target = bareLead(lead) ? previousInSection(passages, i) ?? lead : lead;
    // Items of one kind: a list of single sentences or phrases ends at the first paragraph of
    // several sentences ("The team met with a range of partners… It is evident…"), which goes on
    // from the list rather than being one of its items.
    let phrases: boolean | undefined;
    // (A list set with bullets ends at the first paragraph without one: "Platforms responded to
    // our alerts …" after "• 1,274 reports from the public;" goes on from the list, not in it.)
    const bullets = bulleted.has(passages[i + 1]?.id ?? '');
    for (let j = i + 1, n = 0; j < passages.length && n < MAX_ITEMS; j++, n++) {
      const item = passages[j]!;
      if (item.docId !== lead.docId || !sameSection(item, lead) || endsLeadIn(item.text) || words(item.text) > MAX_ITEM_WORDS) break;
      if (bullets && !bulleted.has(item.id)) break;
      const single = sentences(item.text).length <= 1;
      phrases ??= single;
      if (phrases && !single) break;
      item.leansOn = target.id;
    }
  }
}

/** Words past which a passage is no row of figures. */
const MAX_ROW_WORDS = 12;

/** A question asking how many, answered by the rows after it: "How many Fixed Penalty Notices have been issued?". */
function asksForRows(text: string): boolean {
  return /^\s*(?:\d+[.)]\s*)?how (?:many|much)\b[^?]*\?\s*$/i.test(text);
}

/**
 * Marks the rows of figures after a question as reading on from it ("Dog Fouling 5 7" under
 * "How many Fixed Penalty Notices have been issued?"): short passages that each hold a number,
 * in its section or, where a table's header row was read as a heading over them, in the one
 * that follows.
 */
function markRows(passages: Passage[], i: number): void {
  const lead = passages[i]!;
  const first = passages[i + 1];
  if (!first) return;
  for (let j = i + 1, n = 0; j < passages.length && n < MAX_ITEMS; j++, n++) {
    const row = passages[j]!;
    if (row.docId !== lead.docId || !sameSection(row, first) || words(row.text) > MAX_ROW_WORDS || !/\d/.test(row.text)) break;
    row.leansOn = lead.id;
  }
}

function endsLeadIn(text: string): boolean {
  return /:\s*$/.test(text);
}

function bareLead(lead: Passage): boolean {
  return words(lead.text) <= BARE_LEAD_WORDS && POINTING.test(lead.text.trim());
}

function previousInSection(passages: Passage[], i: number): Passage | undefined {
  const prev = passages[i - 1];
  const lead = passages[i]!;
  return prev && prev.docId === lead.docId && sameSection(prev, lead) && !endsLeadIn(prev.text) ? prev : undefined;
}

/** Whether two passages stand under the same section path. */
export function sameSection(a: Passage, b: Passage): boolean {
  return a.section.length === b.section.length && a.section.every((h, k) => h === b.section[k]);
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
