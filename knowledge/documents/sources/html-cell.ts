import { Parser } from 'htmlparser2';

/** One readable piece of a table cell: a paragraph, a list item, or a bold sub-heading. */
export interface CellFragment {
  text: string;
  /** Offsets into the cell's own text. */
  start: number;
  end: number;
  /** True when the piece is only bold text (used as a sub-heading inside the cell). */
  heading: boolean;
}

const blockTags = new Set(['p', 'li', 'ul', 'ol', 'div', 'br', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const boldTags = new Set(['b', 'strong']);

/** Bullet characters the extraction left inside cells; each starts a new item. */
export const BULLET_CHARS = '•·▪◦●';
const bulletSplit = new RegExp(`\\s*[${BULLET_CHARS}]\\s*`, 'g');

/**
 * Turns one HTML table cell into its readable pieces: each `<p>` and `<li>` apart, bullets
 * typed as characters split apart too, entities decoded, whitespace collapsed.
 * @example
 * cellFragments('<ul><li>• One.</li><li>Two.</li></ul>') // → [{text:'One.'}, {text:'Two.'}]
 */
export function cellFragments(html: string): CellFragment[] {
  const out: CellFragment[] = [];
  let text = '';
  let start = -1;
  let end = -1;
  let boldDepth = 0;
  let allBold = true;

  const flush = () => {
    if (start >= 0) pushSplit(out, text, start, end, allBold);
    text = '';
    start = -1;
    end = -1;
    allBold = true;
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (blockTags.has(name)) flush();
        if (boldTags.has(name)) boldDepth++;
      },
      onclosetag(name) {
        if (boldTags.has(name)) boldDepth = Math.max(0, boldDepth - 1);
        if (blockTags.has(name)) flush();
      },
      ontext(chunk) {
        if (chunk.trim() === '') {
          text += chunk;
          return;
        }
        if (start < 0) start = parser.startIndex;
        end = parser.endIndex + 1;
        text += chunk;
        if (boldDepth === 0) allBold = false;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return out;
}

function pushSplit(out: CellFragment[], raw: string, start: number, end: number, heading: boolean): void {
  // A cell item may hold several typed bullets: "• 135 bed spaces. • 1013 people referred."
  const parts = raw.split(bulletSplit);
  for (const part of parts) {
    const text = part.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    out.push({ text, start, end, heading: heading && text.length < 120 });
  }
}
