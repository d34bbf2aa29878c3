import type { Block } from '../types.js';
import { englishWordList } from './glued-words.js';

/**
 * Headings extraction ran into the paragraph under them. A statistical release's key points come
 * as cards, a headline over its text, and extracted they read as one line: "Crown Court: outstanding
 * case volumes increased Receipts (2%) and disposals (12%) fell on the previous quarter…". Left
 * so, the headline's words become the first sentence's, and a figure in it is measured by them.
 *
 * A block is split where, within its first words and before any sentence has ended, a lower-case
 * word is followed by a capitalised English word that the document never capitalises after a
 * lower-case word elsewhere (so "Police" in "the 40 elected Police and Crime Commissioners" and
 * "Manchester" are names, not a sentence's start), and the rest reads as sentences.
 */

/** A headline is at least this many words, and at most the second number. */
const HEADLINE_WORDS = [3, 14] as const;
/** A paragraph cut off by the extraction (no full stop at its end) runs to at least this many words. */
const RUNNING_WORDS = 25;
/** The text after it is at least this many words. */
const MIN_BODY_WORDS = 6;
/** Words a headline does not end on: it would run on into the next word. */
const RUNS_ON = new Set(
  'the a an of to in for by with on at from and or as that which than into onto our their its his her my your we i they he she it is are was were be been this these those both either neither'.split(' '),
);
/** Prepositions a headline does not end on: a name follows as their object ("involving Violence against Women"). */
const TAKES_OBJECT = new Set('under within about against between through across over after before during without including per via involving'.split(' '));
/** Words that open a sentence whatever the document capitalises elsewhere ("… increased The ineffective trial rate …"). */
const OPENS = new Set('the there this these those that in we our it its a an more most over since between during as at on for of from by with some all each overall'.split(' '));
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The blocks, each headline run into its paragraph made a heading of that paragraph's section. */
export function splitGluedHeadings(blocks: Block[]): Block[] {
  const names = capitalisedMidSentence(blocks);
  return blocks.flatMap((block) => {
    if (block.text.includes('\t')) return [block];
    const at = gluedHeadingEnd(block.text, names);
    if (at === undefined) return [block];
    const headline = block.text.slice(0, at).trim();
    const body = { ...block, text: block.text.slice(at), start: block.start + at };
    // A headline stating a number ("1.4 million individuals were dealt with … in 2022") is a
    // key figure: it stays a passage of its own, so its number is still one the document states.
    // It heads its paragraph all the same.
    const headed = { ...body, section: [...block.section, headline] };
    return /\d/.test(headline) ? [{ ...block, text: headline, end: block.start + at }, headed] : [headed];
  });
}

/** Where the body starts after a headline run into it, or undefined. */
function gluedHeadingEnd(text: string, names: Map<string, number>): number | undefined {
  const ws = [...text.matchAll(/\S+/g)];
  // A line that is all headline, or a caption, is no paragraph to part from one.
  if (!/^[\p{Lu}\d£]/u.test(text) || (!/[.!?]["'’”)]*$/.test(text.trimEnd()) && ws.length < RUNNING_WORDS)) return undefined;
  const last = Math.min(ws.length - MIN_BODY_WORDS, HEADLINE_WORDS[1]);
  for (let i = HEADLINE_WORDS[0]; i <= last; i++) {
    // A headline holds no finished sentence nor an open bracket.
    const head = text.slice(0, ws[i]!.index);
    if (/[.!?;]/.test(head.replace(/\([^()]*\)/g, '').replace(/(?<=\d)\.(?=\d)/g, ''))) return undefined;
    // (Nor does it end inside a bracket: "64,607 FTE (full time equivalent) staff in post".)
    if (/\([^)]*$/.test(head)) continue;
    // A bracketed word ends a headline as well: "Timeliness fell at the Crown Court (end-to-end)".
    const before = ws[i - 1]![0].replace(/^\((.*)\)$/, '$1');
    const word = ws[i]![0];
    // (A headline may end on a number: "1.4 million individuals were dealt with … in 2022 The number of …".)
    if (!(/^[a-z][a-z’'-]*$/.test(before) || /^\d[\d,.]*%?$/.test(before)) || RUNS_ON.has(before) || TAKES_OBJECT.has(before)) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || MONTH.test(word) || !englishWordList().has(word.toLowerCase())) continue;
    // A capitalised word after it is a name going on ("Victim Support").
    if (/^\p{Lu}/u.test(ws[i + 1]![0])) continue;
    if (!OPENS.has(word.toLowerCase())) {
      // After "committing", a noun is its object ("committing Possession of Weapon offences").
      if (/ing$/.test(before)) continue;
      // Once here, and once more wherever the document capitalises it after a lower-case word: a name.
      if ((names.get(word) ?? 0) > 1) continue;
    }
    return ws[i]!.index;
  }
  return undefined;
}

/** How often each capitalised word follows a lower-case one across the document's blocks. */
function capitalisedMidSentence(blocks: Block[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of blocks) {
    for (const m of b.text.matchAll(/(?<=\b[a-z][a-z’'-]*,? )\p{Lu}\p{Ll}+\b/gu)) out.set(m[0], (out.get(m[0]) ?? 0) + 1);
  }
  return out;
}
