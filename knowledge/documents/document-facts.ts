/**
 * What a document without a catalog entry says about itself in its own text: its title (the
 * first line that reads as one) and its date (a "Published …" or "Release date: …" line, else a
 * line holding only a date). Its file's times are never its date: a copied file is not a new
 * report.
 */

import { monthIndex, monthWord } from '../language/periods.js';

const MONTH = `(${monthWord})`;

/** Date forms, each read to ISO: "27 October 2022", "October 27, 2022", "10/05/2023", "2023-05-10", "October 2022". */
const DATE_FORMS: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
  [new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\.?,?\s+((?:19|20)\d{2})\b`, 'i'), (m) => iso(+m[3]!, monthIndex(m[2]!), +m[1]!)],
  [new RegExp(String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`, 'i'), (m) => iso(+m[3]!, monthIndex(m[1]!), +m[2]!)],
  [/\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/, (m) => iso(+m[3]!, +m[2]!, +m[1]!)],
  [/\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/, (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
  [new RegExp(String.raw`\b${MONTH}\.?\s+((?:19|20)\d{2})\b`, 'i'), (m) => iso(+m[2]!, monthIndex(m[1]!), 1)],
];

/** Labels that say a date is the document's own, and what follows them on the line. */
const DATE_LABEL = /\b(?:date\s+published|published(?:\s+on)?|publication\s+date|date\s+of\s+publication|release\s+date|released(?:\s+on)?|issued(?:\s+on)?|issue\s+date|report\s+date|date\s+of\s+(?:report|meeting)|meeting\s+date|date)\b\s*:?\s*(.*)$/i;

/** "today, Thursday 14 November 2024", "today (4 August 2022)": the day a release says it is. */
const TODAY_DATED = /\btoday\s*[,(]?\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s*)?(\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4})/giu;
/** How far into a release its "today" is looked for: its opening paragraphs. */
const RELEASE_OPENING = 1500;
/** How far into a document its own date is looked for: a front page, not the body. */
const FRONT_MATTER = 6000;

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The first date a piece of text holds, as ISO, and where it starts. */
function firstDate(text: string): { at: number; date: string } | undefined {
  let best: { at: number; date: string } | undefined;
  for (const [re, read] of DATE_FORMS) {
    const m = re.exec(text);
    const date = m ? read(m) : undefined;
    if (m && date && (!best || m.index < best.at)) best = { at: m.index, date };
  }
  return best;
}

/**
 * The date a document gives itself: a labelled date in its front matter ("Published 27 October
 * 2022", "Release date: 24 July 2024", "Date: 10/05/2023"), else a line near its top that holds
 * only a date ("4 August 2022"). Undefined when it gives none.
 */
export function dateInText(text: string): string | undefined {
  const front = text.slice(0, FRONT_MATTER);
  const lines = front.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const labelled = DATE_LABEL.exec(lines[i]!);
    // A label opens its line or stands on a short one: "How many notices were issued in November
    // 2016 …?" is a sentence about a time, not the document's date.
    if (!labelled || (labelled.index > 2 && lines[i]!.trim().length > 60)) continue;
    // The label may stand on its own line, the date on the next ("Release date:" / "24 July 2024").
    const rest = labelled[1]!.trim();
    const found = firstDate(rest === '' ? (lines[i + 1] ?? '').trim() : rest.slice(0, 40));
    // The date follows the label at once ("Published on 4 August 2022"), not later in a sentence.
    if (found && found.at <= 3) return found.date;
  }
  // A release saying when it came out: "… laid in Parliament today, Thursday 14 November 2024".
  for (const m of front.slice(0, RELEASE_OPENING).matchAll(TODAY_DATED)) {
    const found = firstDate(m[1]!);
    if (found && found.at === 0) return found.date;
  }
  for (const line of lines.slice(0, 40)) {
    const bare = line.trim();
    if (bare.length > 0 && bare.length <= 30) {
      const found = firstDate(bare);
      // (One date: "Nov 2016 to Oct 2017: 7" is a span the document reports on, not its date.)
      const years = bare.match(/\b(?:19|20)\d\d\b/g)?.length ?? 0;
      if (found && years <= 1 && bare.replace(/[\d\s,./-]|st|nd|rd|th/gi, '').length <= 10) return found.date;
    }
  }
  return undefined;
}

/** Lines that are never a title: links, labels, dates, page furniture. */
const NOT_A_TITLE = /^(?:https?:|www\.|source\b|contact\b|e-?mail\b|tel(?:ephone)?\b|date\b|published\b|release\b|page\s+\d|contents\b|this is not the latest)/i;
/**
 * A web page's furniture, as a copied page keeps it above its heading: "Skip to main content",
 * "Cookies on GOV.UK", a menu's items, a trail of links ("Home > Statistics > Woodland").
 */
const PAGE_FURNITURE = /^(?:skip to\b|cookies?\b|you are here\b|back to\b|share this\b|print this\b|sign in\b|log in\b|main (?:menu|navigation)\b|(?:menu|search|home|news|about(?: us)?|contact us|accessibility|news and (?:media|events|press)|media centre|press releases?)$)|\s[>›»]\s/i;

/**
 * Who issued a document, where an opening line says so in so many words ("From: Home Office",
 * "Published by the Youth Justice Agency", "Publisher: Ofsted").
 */
export function publisherInText(text: string): string | undefined {
  for (const raw of text.split(/\r?\n/).slice(0, PUBLISHER_LINES)) {
    const named = PUBLISHER_LABEL.exec(raw.trim())?.[1]?.trim();
    if (named && named.split(/\s+/).length <= 12 && !firstDate(named)) return named;
  }
  return undefined;
}

/** How far into a document its publisher is looked for: its opening lines. */
const PUBLISHER_LINES = 40;
/** A line naming who issued the document, and the name. */
const PUBLISHER_LABEL = /^(?:[Ff]rom:|[Pp]ublisher:|(?:[Pp]ublished|[Ii]ssued|[Pp]roduced) by:?)\s*(?:the\s+)?(\p{Lu}[^.;]{1,100}?)\s*$/u;

/**
 * The first line of the text that reads as a title: words (three or more letters-only words),
 * not a link, label or date, at most 200 characters. Undefined when none of the first lines does.
 */
export function titleInText(text: string): string | undefined {
  for (const raw of text.split(/\r?\n/).slice(0, 60)) {
    const line = titleOf(raw);
    if (line !== undefined) return line;
  }
  return undefined;
}

/** The line as a title, if it reads as one: not a label or link, not a sentence, `least` words or more. */
function titleOf(raw: string, least = 3): string | undefined {
  const line = raw.replace(/^#+\s*/, '').replace(/[*_]{2}/g, '').trim();
  // A sentence is not a title: it ends in a full stop.
  if (line.length < 8 || line.length > 200 || NOT_A_TITLE.test(line) || PAGE_FURNITURE.test(line) || /[^.]\.$/.test(line)) return undefined;
  const words = line.split(/\s+/).filter((w) => /^\p{L}[\p{L}'’-]*[,:;]?$/u.test(w));
  return words.length >= least ? line : undefined;
}

/** What a document's opening lines say about it, set apart from its text. */
export interface FrontMatter {
  /** Where the front matter ends in the text: what follows is the document's own text. */
  end: number;
  title: string;
  /** Who issued it, where a line names them ("Home Office", "House of Commons Home Affairs Committee"). */
  publisher?: string;
}

/** Front-matter lines past which an opening run of lines is text, not a title block. */
const FRONT_LINES = 5;
/** Lines that say where a document came from. */
const SOURCE_LINE = /^(?:source|url|link|retrieved|available (?:at|from)|https?:|www\.)/i;
/** Whether a title block's line dates the document or says where it came from. */
function datesDocument(line: string): boolean {
  return DATE_LABEL.exec(line)?.index === 0 || NO_DATE.test(line) || SOURCE_LINE.test(line) || (line.length <= 30 && firstDate(line) !== undefined);
}

/** A date line that says there is none. */
const NO_DATE = /^date not (?:shown|given|known|stated)\b/i;

/** Lines a page sets under its title that name what kind of page it is, not who issued it. */
const PAGE_LABEL = /^(?:press release|news(?: release| story)?|media release|statement|blog(?: post)?|official statistics|national statistics|accredited official statistics|statistical (?:release|bulletin)|research and analysis|guidance|policy paper|report)$/i;

/**
 * A title block opening a text document: the title line, then, before the first blank line, short
 * lines saying who published it, when, or where it came from ("Home Office" / "Published 24
 * January 2024"). These lines describe the document; they are not passages of it. At least one
 * must be a date or source line, so a title over an ordinary first heading is not taken for one.
 *
 * A page copied as text often sets each of those lines apart ("Title", blank, "Press release",
 * blank, "30 Mar 2017"): past a blank line, the block goes on only through such lines, up to its
 * date or source line. A title line standing alone above the text (a headline, then a blank line,
 * then the first paragraph) is a title block of its own: it names the document, and is no passage.
 */
export function frontMatter(text: string, { endsAtDate = false }: { endsAtDate?: boolean } = {}): FrontMatter | undefined {
  const lines: { text: string; end: number }[] = [];
  let at = 0;
  let gap = false;
  let titleStandsAlone = false;
  for (const raw of text.split('\n')) {
    const end = at + raw.length;
    at = end + 1;
    const line = raw.trim();
    if (line === '') {
      if (lines.length === 1) titleStandsAlone = true;
      gap ||= lines.length > 0;
      continue;
    }
    if (gap && (lines.slice(1).some((l) => datesDocument(l.text)) || (!datesDocument(line) && !describesPage(line)))) break;
    lines.push({ text: line, end });
    // (Text read from a PDF keeps no blank line after its title block: its date line ends it.)
    // (Nor does a block whose lines a blank line sets apart go on past its date.)
    if ((endsAtDate || gap) && lines.length > 1 && datesDocument(line)) break;
    if (lines.length > FRONT_LINES) return undefined;
  }
  // Over a publisher or date line, a shorter title ("Annual Report 2023/24") is still the title.
  const title = lines[0] && titleOf(lines[0].text, 2);
  if (!title) return undefined;
  const alone = titleStandsAlone && titleOf(lines[0]!.text) !== undefined ? { end: lines[0]!.end, title } : undefined;
  if (lines.length < 2) return alone;
  let dated = false;
  let publisher: string | undefined;
  for (const { text: line } of lines.slice(1)) {
    if (datesDocument(line)) dated = true;
    else if (PAGE_LABEL.test(line)) continue;
    else if (describesPage(line)) publisher ??= line;
    else return alone;
  }
  return dated ? { end: lines.at(-1)!.end, title, publisher } : alone;
}

/** Whether a title block's line could say who issued the page or what kind of page it is: short, capitalised, no sentence. */
function describesPage(line: string): boolean {
  return line.length <= 140 && !/[.;]$/.test(line) && /^[\p{Lu}\d]/u.test(line) && line.split(/\s+/).length <= 16;
}
