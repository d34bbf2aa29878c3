import { endsSentence } from './lines.js';

/** A heading and how deep it sits: 1 is outermost. */
export interface Heading {
  level: number;
  text: string;
}

const markdownHeading = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
// "Commitment 1", "Priority Two", "1.", "2.0 REDUCING HARM", "Section 3" and the like.
const numberedHeading = /^(?:(?:commitment|priority|section|chapter|part|appendix|annex)\s+(?:\d+|one|two|three|four|five|six)\b|\d+(?:\.\d+)*\.?\s+\S)/i;

/** Verbs that make a line beginning with a number a statement ("… were cautioned", "… rose by"). */
const STATING_VERB = /\b(?:were|was|are|is|has|have|had|rose|fell|increased|decreased|grew|dropped|received|recorded|committed|reached)\b/i;

/**
 * A figure alone on its line ("25,566", "18%", "£3.5m"): a report's key statistic, whose
 * description is the line under it. Its thousands comma, sign or unit tells it from a paragraph
 * number ("12", "3.1").
 */
const KEY_FIGURE = /^(?:[£$€]\s?\d[\d,]*(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?\s?%)\s?(?:m|bn|k|million|billion)?$/i;

/** Whether a line holds only a key figure, set apart for its description to follow. */
export function isKeyFigure(line: string): boolean {
  return KEY_FIGURE.test(line.trim());
}

/** A markdown ATX heading (`## Title`), or undefined. */
export function markdownHeadingOf(line: string): Heading | undefined {
  const m = markdownHeading.exec(line.trim());
  if (!m) return undefined;
  return { level: m[1]!.length, text: stripEmphasis(m[2]!) };
}

/**
 * Whether a plain-text line reads as a heading: short, capitalised, not a sentence, and standing
 * apart from the text before it. Numbered and all-capitals headings are outermost (level 1).
 */
export function plainHeadingOf(line: string, previous: string | undefined): Heading | undefined {
  const text = line.trim();
  if (text.length < 3 || text.length > 70) return undefined;
  if (!/^[A-Z0-9]/.test(text)) return undefined;
  if (endsSentence(text) || /[,–-]$/.test(text)) return undefined;
  // "3. Improving the" is a heading cut by the layout, and the rest of the line is elsewhere.
  if (/\b(?:the|and|of|to|for|in|with|a|an|on|by|from|or)$/i.test(text)) return undefined;
  if (text.split(/\s+/).length > 10) return undefined;
  if (/^\d+(\.\d+)*\.?$/.test(text)) return undefined; // a bare paragraph number
  if (isKeyFigure(text)) return undefined;
  // "Nov 2017 to Oct 2018: 15": a label and the value it is given is a line of data, not a heading.
  if (/:\s*[£$€]?\d[\d,.]*%?$/.test(text)) return undefined;
  // "19,000 children were cautioned or sentenced": a bulletin's key figure, set on its own line
  // like a heading, is a statement of the text (a numbered heading has no verb).
  if (/^\d[\d,.]*%?\s/.test(text) && STATING_VERB.test(text)) return undefined;
  if (previous !== undefined && previous.trim() !== '' && !endsSentence(previous)) return undefined;
  // "Our response:" over "We are unable to provide this information": what a colon introduces is
  // text, not a heading over it.
  if (previous !== undefined && /:\s*$/.test(previous)) return undefined;
  const level = numberedHeading.test(text) || (text === text.toUpperCase() && /[A-Z]{3}/.test(text)) ? 1 : 2;
  return { level, text: tidyHeading(text) };
}

/** Keeps a stack of open headings; returns the section path after `heading` opens. */
export function openHeading(stack: Heading[], heading: Heading): Heading[] {
  const kept = stack.filter((h) => h.level < heading.level);
  return [...kept, heading];
}

/** Markdown emphasis markers removed: `**14,290**` reads as `14,290`. */
export function stripEmphasis(text: string): string {
  return text.replace(/(\*\*|__)(.+?)\1/g, '$2').replace(/^\*\*|\*\*$/g, '');
}

function tidyHeading(text: string): string {
  // Title-case an all-capitals heading so section paths read naturally.
  if (text === text.toUpperCase() && /[A-Z]{3}/.test(text)) {
    return text.toLowerCase().replace(/(^|\s)([a-z])/, (_m, s: string, c: string) => s + c.toUpperCase());
  }
  return text;
}
