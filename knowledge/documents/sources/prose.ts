import type { Block } from '../../types.js';
import { BULLET_CHARS } from './html-cell.js';
import { isKeyFigure, markdownHeadingOf, openHeading, plainHeadingOf, stripEmphasis, type Heading } from './headings.js';
import { endsSentence, nextText, type Line } from './lines.js';
import { isPageChrome } from '../page-chrome.js';

/** Reading state carried across a document's runs, so tables nest under the heading before them. */
export interface ProseState {
  headings: Heading[];
}

export interface ProseOptions {
  /** Honour markdown syntax: `#` headings, `- ` bullets, `**` emphasis. */
  markdown: boolean;
}

/** How many lines either side set the local wrap width (columns and sidebars wrap narrower). */
const WIDTH_WINDOW = 4;
/** Share of the wrap width past which an unfinished line is taken as wrapped. */
const NEAR_FULL_WIDTH = 0.85;

const bulletStart = new RegExp(`^\\s*(?:[${BULLET_CHARS}]|[-*]\\s)\\s*`);
const paragraphNumber = /^\s*\d+(?:\.\d+)*\.?\s*$/;

interface Open {
  text: string;
  start: number;
  end: number;
  lastLine: string;
  /** Index of the line that last extended the block. */
  lastIndex: number;
  /** Whether the block is a list item (it began with a bullet). */
  item: boolean;
}

/**
 * Reflows wrapped lines into paragraphs. A line continues the one before it when that one was
 * wrapped (it reached the wrap width) or broke off mid-sentence before a lower-case word; blank
 * lines, bullets and headings always start a new block. Headings are not blocks: they become the
 * section path of the blocks under them.
 */
export function proseBlocks(lines: Line[], state: ProseState, options: ProseOptions): Block[] {
  const blocks: Block[] = [];
  let open: Open | undefined;
  let previous: string | undefined;

  const section = () => state.headings.map((h) => h.text);
  // Blocks since the last heading or signature: what the next signature signs.
  let unsigned = 0;
  let signedFrom: number | undefined;
  const close = () => {
    if (open && open.text.trim() !== '') {
      blocks.push({ section: section(), text: clean(open.text, options), start: open.start, end: open.end, ...(open.item ? { item: true } : {}) });
    }
    open = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const raw = line.text;
    const text = raw.trim();
    // (A web page's furniture, "Bookmark and Share", reads as a blank line.)
    const blank = text === '' || isPageChrome(text);
    if (blank || paragraphNumber.test(text)) {
      // A blank line inside a sentence is a page or column break: keep the block open for a
      // lower-case continuation and decide at the next line.
      if (!open || endsSentence(open.lastLine) || paragraphNumber.test(text)) close();
      previous = blank ? undefined : previous;
      continue;
    }
    const mdHeading = options.markdown ? markdownHeadingOf(raw) : undefined;
    if (mdHeading) {
      close();
      state.headings = openHeading(state.headings, mdHeading);
      previous = undefined;
      continue;
    }

    const bullet = bulletStart.exec(raw);
    const indented = /^\s+\S/.test(raw) && !/^\s*$/.test(raw);
    // An indented line starts an item whose bullet the extraction lost, unless it plainly
    // continues a cut sentence.
    const startsItem = bullet || (indented && !(open && !endsSentence(open.lastLine) && /^[a-z]/.test(text)));
    if (!startsItem && open && continues(open, text, lines, i)) {
      // (An item of a list set as separate lines stays in the passage, for what the items around
      // it say, but as a sentence of its own.)
      open.text += listItemAfterBreak(open, text, i) ? `${ITEM_BREAK}${text}` : `\n${text}`;
      open.end = line.start + raw.length;
      open.lastLine = text;
      open.lastIndex = i;
      previous = text;
      continue;
    }

    // "Jo Farrar" over "Second Permanent Secretary and CEO, HMPPS" after a foreword: who wrote
    // the text above, not a heading for the text below.
    const role = open === undefined || endsSentence(open.lastLine) ? signatureRole(lines, i) : undefined;
    if (role) {
      close();
      const signer = `${text}, ${role.text.replace(/[()]/g, '').replace(/\s+and$/, '')}`;
      // A co-signer, straight after the first, signs the same text.
      const from = blocks.length === unsigned && signedFrom !== undefined ? signedFrom : unsigned;
      const signs = blocks.slice(from);
      for (const b of signs) b.section = [...b.section, signer];
      signedFrom = signs.length > 0 ? from : undefined;
      unsigned = blocks.length;
      i = role.index;
      previous = undefined;
      continue;
    }
    const next = nextText(lines, i);
    // A numbered heading after a blank line ("1 Introduction") opens its section even when the
    // text above broke off unfinished (a chart's caption, a cut-off sentence); so does any heading
    // after a list item, which is complete without a full stop ("• perceptions of organised crime").
    const afterBreak = open !== undefined && open.lastIndex < i - 1 && (/^\d+(?:\.\d+)*\.?\s+\p{Lu}/u.test(text) || open.item);
    const candidate = !bullet && (open === undefined || !indented) ? headingHere(text, open && !afterBreak ? open.lastLine : previous, next) : undefined;
    // A heading introduces text: one followed only by short lines is a box of a diagram (an org
    // chart's "2. Smarter Justice"), not a section.
    const heading = candidate && introducesText(lines, i) ? candidate : undefined;
    close();
    if (heading) {
      state.headings = openHeading(state.headings, heading);
      unsigned = blocks.length;
      signedFrom = undefined;
      previous = undefined;
      continue;
    }
    const body = bullet ? raw.slice(bullet[0].length) : text;
    const offset = line.start + (bullet ? bullet[0].length : raw.indexOf(text));
    open = { text: body, start: offset, end: line.start + raw.length, lastLine: body, lastIndex: i, item: Boolean(bullet) };
    previous = body;
  }
  close();
  return blocks;
}

/** Marks where one item of a list set as separate lines ends and the next begins, until the block is cleaned. */
const ITEM_BREAK = '\u2029';
/** A line ending on a word that a number goes on from: "rose to", "a total of", "there were", "around". */
const LEADS_TO_NUMBER = /\b(?:and|or|of|the|a|an|to|in|for|with|by|on|at|from|that|which|is|are|was|were|be|been|as|than|about|around|over|under|nearly|almost|some|approximately|roughly|just|only|total(?:led|ed)?|reached|had|has|have|between)$/i;

/**
 * "Domestic violence crime accounted for 14.2% of all crime reported to the PSNI", a blank line,
 * then "13 babies born to women in refuge": after a line that states a number of its own, a line
 * opening with another is the next item of a list set as separate lines (an infographic's), not
 * the rest of a sentence cut at a page break ("… rose to", "", "25,000 in 2023").
 */
function listItemAfterBreak(open: Open, text: string, i: number): boolean {
  const last = open.lastLine;
  // (A short line is a label the next goes on from: "A population of 2.8 million" over "80% of
  // people are white British, 10% are Asian".)
  return open.lastIndex < i - 1 && /^\d/.test(text) && /\d/.test(last) && !endsSentence(last) && !LEADS_TO_NUMBER.test(last) && last.split(/\s+/).length >= ITEM_WORDS;
}
/** The fewest words a line stating a number has for the next to be an item of its own, not what it labels. */
const ITEM_WORDS = 8;

function continues(open: Open, text: string, lines: Line[], i: number): boolean {
  const previous = open.lastLine;
  const adjacent = open.lastIndex === i - 1;
  // After a blank line, "1. This inquiry was launched…" opens a numbered paragraph, even when the
  // line before ended on a footnote mark rather than a full stop.
  if (!adjacent && /^\d+(?:\.\d+)*\.?\s+\p{Lu}/u.test(text)) return false;
  // "25,566" over "The number of cases considered during the year.": the line under a key
  // figure says what it counts, and reads on from it.
  if (adjacent && isKeyFigure(previous) && open.text === previous && /^\p{L}/u.test(text)) return true;
  if (isKeyFigure(text) && endsSentence(previous)) return false;
  if (!endsSentence(previous) && /^[a-z0-9(‘'"“–-]/.test(text)) return true;
  if (!adjacent) return false;
  // The previous line was wrapped if this line's first word would not have fitted on it.
  const firstWord = text.split(/\s/, 1)[0]!.length;
  const width = localWidth(lines, i);
  if (previous.length + 1 + firstWord > width * 0.97) return true;
  // A line that runs nearly the full width and stops mid-sentence was wrapped, even when the next
  // word (a capitalised name: "… 11 GMP / Victim Service Coordinators") would have squeezed in:
  // the extraction's width is only estimated. A shorter unpunctuated line is more often one item
  // of a list set without bullets, and stays apart.
  if (!endsSentence(previous) && previous.trimEnd().length >= width * NEAR_FULL_WIDTH) return true;
  // A line ending in a joining word ("and", "the", "of") is cut mid-sentence whatever follows.
  return /\b(?:and|or|of|the|a|an|to|in|for|with|by|on|at|from|that|which|is|are|was|were|be|as)$/i.test(previous);
}

/**
 * The width the extraction wrapped at around line i: the longest of the lines just before it in
 * the same paragraph (a narrow sidebar wraps narrower than the page). With too few lines before,
 * the next ones are looked at too.
 */
function localWidth(lines: Line[], i: number): number {
  const widths: number[] = [];
  for (let j = i - 1, n = 0; j >= 0 && n < WIDTH_WINDOW; j--, n++) {
    const len = lines[j]!.text.trimEnd().length;
    if (len === 0) break;
    widths.push(len);
  }
  if (widths.length < 2) {
    for (let j = i, n = 0; j < lines.length && n < 3; j++, n++) {
      const len = lines[j]!.text.trimEnd().length;
      if (len === 0) break;
      widths.push(len);
    }
  }
  return Math.max(0, ...widths);
}

function headingHere(text: string, previous: string | undefined, next: string | undefined): Heading | undefined {
  const heading = plainHeadingOf(text, previous);
  if (!heading) return undefined;
  // A "heading" followed by lower-case text is a wrapped sentence start, not a heading;
  // one followed by another would-be heading is an item of a short list.
  if (next !== undefined && /^[a-z]/.test(next)) return undefined;
  if (next !== undefined && plainHeadingOf(next, text)?.level === heading.level) return undefined;
  return heading;
}

/** Lines at least this long are running text, not labels. */
const BODY_LINE = 60;
/** How far below a heading its text must start. */
const BODY_WITHIN = 6;

function introducesText(lines: Line[], i: number): boolean {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < BODY_WITHIN; j++) {
    const t = lines[j]!.text.trim();
    if (t === '') continue;
    seen++;
    if (t.length >= BODY_LINE || /^#{1,6}\s/.test(t) || /^\s*[-*•·]\s/.test(lines[j]!.text)) return true;
  }
  return seen < BODY_WITHIN;
}

/** Words a signer's role line holds ("Chief Constable", "Director General of Probation"). */
const ROLE = /\b(?:chief|director|secretary|commissioner|mayor|minister|lead|officer|executive|ceo|chair|chairman|chairwoman|head|governor|deputy|manager|constable|president|leader|clerk|superintendent|inspector|member|councillor)\b/i;
/** A person's name on a line of its own: two to four capitalised words. */
const NAME_LINE = /^(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3}$/;

/**
 * The role line under a name line at i, when the two sign the text above: the name alone on its
 * line, then (blank lines allowed) a short line of its own naming a role that is no sentence.
 */
function signatureRole(lines: Line[], i: number): { text: string; index: number } | undefined {
  if (!NAME_LINE.test(lines[i]!.text.trim())) return undefined;
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const t = lines[j]!.text.trim();
    if (t === '') continue;
    if (t.split(/\s+/).length > 14 || endsSentence(t) || !ROLE.test(t) || !/^[A-Z(]/.test(t)) return undefined;
    // A role stands alone; a line that runs on is the start of a paragraph.
    const after = lines[j + 1]?.text.trim();
    return after === undefined || after === '' ? { text: t, index: j } : undefined;
  }
  return undefined;
}

function clean(text: string, options: ProseOptions): string {
  // Wrapped lines rejoin with spaces; items of a list set as lines keep a line each, so that each
  // is a sentence of its own.
  const joined = text
    .split(ITEM_BREAK)
    .map((part) => part.replace(/\s*\n\s*/g, ' ').replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n');
  return options.markdown ? stripEmphasis(joined) : joined;
}
