import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { BotError, ErrorCode } from '../../errors.js';
import type { Block } from '../../types.js';
import { plainHeadingOf } from './headings.js';

const HEADING = /^h([1-6])$/;
const BLOCK = new Set(['p', 'li', 'blockquote', 'dd', 'dt', 'figcaption', 'pre']);
const SKIP = new Set(['script', 'style', 'nav', 'noscript', 'template', 'head', 'footer']);
/** Tags that set text in bold. */
const BOLD = new Set(['strong', 'b']);
/**
 * Where a heading read from a paragraph's look sits: below every heading the markup names
 * (h1…h6), so it opens a part of the section it stands in and closes only its own kind.
 */
const READ_HEADING_LEVEL = 7;

/** What an HTML document holds: its title and its readable blocks under their headings. */
export interface HtmlContent {
  title?: string;
  blocks: Block[];
  /** Every heading and block's text in reading order: what the page says of itself (its date). */
  lines: string[];
}

/**
 * Reads a web page (or the HTML a Word file converts to): `<title>`, headings as the section
 * path, each paragraph and list item a block, and each table cell a block labelled with its
 * row's first cell and its column header. Scripts, styles and navigation are skipped.
 */
export function readHtml(html: string, file?: string): HtmlContent {
  const depth = nestingDepth(html);
  if (depth > MAX_NESTING) throw new BotError(ErrorCode.SourceMalformed, `HTML nested ${depth.toLocaleString('en-GB')} elements deep (a page is under ${MAX_NESTING.toLocaleString('en-GB')}): not read`, { file });
  const doc = parseDocument(html, { decodeEntities: true, withStartIndices: true, withEndIndices: true });
  const blocks: Block[] = [];
  const headings: { level: number; text: string }[] = [];
  const lines: string[] = [];
  let title: string | undefined;

  const textOf = (node: ChildNode): string => {
    if (node.type === 'text') return node.data;
    if ('children' in node && !(node.type === 'tag' && SKIP.has(node.name))) {
      return node.children.map(textOf).join(node.type === 'tag' && node.name === 'br' ? '\n' : '');
    }
    return node.type === 'tag' && node.name === 'br' ? ' ' : '';
  };
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  // A Word file whose author set headings in bold, or gave them no style at all, converts to
  // paragraphs only: with no heading below the title in the markup, a paragraph is read as a
  // plain-text line is (short, capitalised, no sentence, after a finished one).
  const marksHeadings = HEADINGS_BELOW_TITLE.test(html) || (html.match(MAIN_HEADING)?.length ?? 0) > 1;
  const readHeading = (el: Element, text: string) => {
    if (el.name !== 'p') return undefined;
    const t = clean(text);
    if (allBold(el) && plainHeadingOf(t, undefined)) return t;
    return !marksHeadings && plainHeadingOf(t, lines.at(-1)) ? t : undefined;
  };
  const openHeading = (level: number, text: string) => {
    while (headings.length > 0 && headings[headings.length - 1]!.level >= level) headings.pop();
    headings.push({ level, text });
    lines.push(text);
  };
  const push = (node: Element, text: string, extra: string[] = []) => {
    const t = clean(text);
    if (t) lines.push(t);
    if (t) blocks.push({ section: [...headings.map((h) => h.text), ...extra], text: t, start: node.startIndex ?? 0, end: (node.endIndex ?? 0) + 1 });
  };

  const table = (node: Element) => {
    const rows = findAll(node, 'tr');
    const header = rows[0] ? childrenNamed(rows[0], ['th', 'td']).map((c) => clean(textOf(c))) : [];
    for (const row of rows.slice(1)) {
      const cells = childrenNamed(row, ['th', 'td']);
      const rowName = clean(textOf(cells[0] ?? row));
      cells.forEach((cell, i) => {
        if (i === 0 && cells.length > 1) return;
        push(cell, textOf(cell), [rowName, header[i] ?? `Column ${i + 1}`].filter(Boolean));
      });
    }
  };

  const walk = (node: ChildNode) => {
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') return;
    if (node.type !== 'root' && 'name' in node) {
      const el = node as Element;
      if (el.name === 'title') title ??= clean(textOf(el));
      if (SKIP.has(el.name)) return;
      const h = HEADING.exec(el.name);
      if (h) return openHeading(Number(h[1]), clean(textOf(el)));
      if (el.name === 'table') return table(el);
      if (BLOCK.has(el.name) && !el.children.some((c) => c.type === 'tag' && (BLOCK.has(c.name) || c.name === 'ul' || c.name === 'ol' || c.name === 'table'))) {
        const text = textOf(el);
        const heading = readHeading(el, text);
        return heading ? openHeading(READ_HEADING_LEVEL, heading) : push(el, text);
      }
    }
    if ('children' in node) node.children.forEach(walk);
  };
  // <title> sits in <head>, which is otherwise skipped.
  for (const t of findAll(doc as unknown as Element, 'title')) title ??= clean(textOf(t));
  walk(doc as unknown as ChildNode);
  const h1 = findAll(doc as unknown as Element, 'h1')[0];
  return { title: pageTitle(title, h1 && clean(textOf(h1))), blocks, lines };
}

/** How a page's `<title>` sets the page's name off from its site's ("… - GOV.UK", "Site | …"). */
const SITE_SEPARATOR = /\s+[|–—-]\s+/g;
/** A site's name is short: "GOV.UK", "Office for National Statistics". */
const SITE_NAME_WORDS = 4;

/**
 * A page's own name: its `<title>` holds the site's too ("Hate crime, 2015/16 - GOV.UK"), so the
 * main heading wins where the title holds it; with no such heading, the title without a short
 * part at its end ("… | Office for National Statistics"), else at its start.
 */
function pageTitle(title: string | undefined, heading: string | undefined): string | undefined {
  if (!title) return heading || undefined;
  if (heading && title.toLowerCase().includes(heading.toLowerCase())) return heading;
  const cuts = [...title.matchAll(SITE_SEPARATOR)];
  if (cuts.length === 0) return title;
  const first = cuts[0]!;
  const last = cuts.at(-1)!;
  const head = title.slice(0, first.index);
  const tail = title.slice(last.index! + last[0].length);
  const short = (part: string) => part.split(/\s+/).length <= SITE_NAME_WORDS;
  if (short(tail)) return title.slice(0, last.index);
  if (short(head)) return title.slice(first.index! + first[0].length);
  return title;
}

/** Deeper than this, markup is no page anyone wrote: its parse would take minutes and its reading overflow the stack. */
export const MAX_NESTING = 2_000;
/** Elements that hold nothing, or that the parser closes by itself when the next one opens. */
const NOT_NESTING = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param', 'p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd']);

/** How deep the elements nest, counted from the tags alone in one pass, before anything is parsed. */
function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (NOT_NESTING.has(m[2]!.toLowerCase()) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > deepest) deepest = depth;
  }
  return deepest;
}

/** A heading below a page's or document's title in the markup. */
const HEADINGS_BELOW_TITLE = /<h[2-6][\s>]/i;
/** A main heading: a page or document with several uses them for its parts. */
const MAIN_HEADING = /<h1[\s>]/gi;

/** Whether every word of an element is set in bold (`<p><strong>Victim profile</strong></p>`). */
function allBold(el: Element): boolean {
  let bold = false;
  const plain = (n: ChildNode): boolean => {
    if (n.type === 'text') return n.data.trim() !== '';
    if (n.type !== 'tag') return false;
    if (BOLD.has(n.name)) {
      bold = true;
      return false;
    }
    return n.children.some(plain);
  };
  return !el.children.some(plain) && bold;
}

function childrenNamed(node: Element, names: string[]): Element[] {
  return node.children.filter((c): c is Element => c.type === 'tag' && names.includes(c.name));
}

function findAll(node: Element, name: string): Element[] {
  const out: Element[] = [];
  const visit = (n: ChildNode) => {
    if (n.type === 'tag' && n.name === name) out.push(n);
    if ('children' in n) n.children.forEach(visit);
  };
  node.children.forEach(visit);
  return out;
}
