import { mendSentenceBreaks } from './glued-words.js';
import { splitGluedHeadings } from './glued-headings.js';
import { markLeadIns } from './lead-ins.js';
import { findPeriods } from '../language/periods.js';
import type { Block, Passage } from '../types.js';

/** Text compared for repeats: case, punctuation and spacing ignored. */
export function repeatKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}%£]+/gu, ' ').trim();
}

/** A passage's id: its document's id, "#", and its place in the document counted from 1. */
const PASSAGE_ID = /^(.*)#(\d+)$/;

/** The id of the passage before this one in its document, or undefined for its first. */
export function passageBeforeId(id: string): string | undefined {
  const m = PASSAGE_ID.exec(id);
  return m && Number(m[2]) > 1 ? `${m[1]}#${Number(m[2]) - 1}` : undefined;
}

/** The ids of the `count` passages after `id` in its document (some may not exist). */
export function passageIdsAfter(id: string, count: number): string[] {
  const m = PASSAGE_ID.exec(id);
  return m ? Array.from({ length: count }, (_, k) => `${m[1]}#${Number(m[2]) + k + 1}`) : [];
}

/**
 * Turns a document's blocks into passages, putting back the space extraction lost after a full
 * stop and parting headlines run into their paragraph. A passage whose text the document repeats (a summary
 * bullet restated in a table) is kept once, with every location it stands at. A list item notes the
 * lead-in it reads on from.
 */
export function buildPassages(docId: string, docDate: string, blocks: Block[]): Passage[] {
  const byKey = new Map<string, Passage>();
  const passages: Passage[] = [];
  const items = new Set<string>();
  for (const block of joinSpeech(joinLabels(splitGluedHeadings(blocks)))) {
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
    if (block.item) items.add(passage.id);
  }
  markLeadIns(passages, items);
  return passages;
}

/** "Chair: DCC Ian Pilling", "Lead: Head of Service": a short label and its short value. */
const LABEL_LINE = /^\p{Lu}[\p{L}' ]{1,24}:\s+\S/u;
/** Most words a fragment naming what a label belongs to, or the label line itself, may have. */
const FRAGMENT_WORDS = 8;

/**
 * Joins a label line to the fragments just before it in the same section: an organisation chart
 * or diagram extracts as "Local Criminal Justice", "Board", then "Chair: DCC Ian Pilling", and
 * the label means nothing on its own ("who chairs the board?" finds none of the three). A
 * fragment is a few words with no closing punctuation and no list number; the fragments joined
 * come to at most {@link FRAGMENT_WORDS} words, and anything else is left as it was.
 */
function joinLabels(blocks: Block[]): Block[] {
  const out: Block[] = [];
  const words = (text: string) => text.trim().split(/\s+/).length;
  const isFragment = (b: Block, section: string[]) => {
    const t = b.text.trim();
    return !/[.:;!?]$/.test(t) && !LABEL_LINE.test(t) && !/^\d+[.)]/.test(t) && b.section.join('\u0000') === section.join('\u0000');
  };
  for (const block of blocks) {
    const text = block.text.trim();
    let from = out.length;
    let named = 0;
    if (LABEL_LINE.test(text) && words(text) <= FRAGMENT_WORDS) {
      while (from > 0 && isFragment(out[from - 1]!, block.section) && named + words(out[from - 1]!.text) <= FRAGMENT_WORDS) {
        named += words(out[from - 1]!.text);
        from--;
      }
    }
    if (from === out.length) {
      out.push(block);
      continue;
    }
    const fragments = out.splice(from);
    out.push({ ...block, text: [...fragments.map((b) => b.text.trim()), text].join(' '), start: fragments[0]!.start });
  }
  return out;
}

/**
 * A short paragraph introducing someone's words: "On today's report Chief Constable Lee Freeman
 * said.", or a name set over their words as a label: "Prisons and Probation Ombudsman Sue McAllister CB:".
 */
const INTRODUCES_SPEECH = /(?:\b(?:said|says|added|commented|stated)\s*[.:,]?|:)\s*$/i;
/** Most words such an introduction has. */
const INTRODUCTION_WORDS = 25;
/** A quotation opened and not closed by the end of the paragraph. */
const UNCLOSED_SPEECH = /[“"][^”"]*$/;
/** Words closed by a quotation mark and the speaker's "he said": "…,” he said." */
const SAID_AFTER = /[”"]\s*(?:he|she|they|it)\s+(?:said|says|added)\.?\s*$/i;
/** Most words a speech joined into one passage may have: about two paragraphs of a press release. */
const SPEECH_WORDS = 100;

/**
 * Joins a paragraph that introduces someone's words to the words, when these open the next
 * paragraph of the section in quotation marks: apart, the words name no speaker and the
 * introduction says nothing, so neither is found by a question about what that person said.
 */
function joinSpeech(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const prev = out.at(-1);
    const said = prev?.text.trim() ?? '';
    const sameSection = prev !== undefined && prev.section.join('\u0000') === block.section.join('\u0000');
    const opensQuote = /^\s*[“"]/.test(block.text);
    const saidWords = said.split(/\s+/).length;
    const introduces = INTRODUCES_SPEECH.test(said) && saidWords <= INTRODUCTION_WORDS;
    // A speech running on: a paragraph in quotation marks after one whose quotation is left open
    // (print leaves it so when the same person goes on) or closed by naming the speaker ("…,” he said.).
    const runsOn = (UNCLOSED_SPEECH.test(said) || SAID_AFTER.test(said)) && saidWords + block.text.trim().split(/\s+/).length <= SPEECH_WORDS;
    if (prev && sameSection && opensQuote && (introduces || runsOn)) {
      out[out.length - 1] = { ...block, text: `${said} ${block.text.trim()}`, start: prev.start };
      continue;
    }
    out.push(block);
  }
  return out;
}
