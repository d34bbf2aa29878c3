import type { Answer } from '../../bot/answer.js';
import { figureLine, namedFigures } from '../../bot/figure-line.js';
import { citedSource } from '../../bot/responders/citation.js';

/** Passages shown in a terminal answer (the JSON form carries more). */
const SHOWN = 3;

/** A terminal answer: the finding, its notes, then numbered passages each with its citation. */
export function renderText(answer: Answer): string {
  if (answer.intent === 'help' || answer.passages.length === 0) {
    return [answer.headline, ...answer.notes.map((n) => `Note: ${n}`)].join('\n');
  }
  const lines: string[] = [];
  if (answer.lead) lines.push(answer.lead);
  if (answer.status === 'other_period') lines.push('Not for the period you asked about.');
  lines.push(...answer.notes.map((n) => `Note: ${n}`));
  for (const f of namedFigures(answer.figures)) lines.push(`▸ ${figureLine(f)}`);
  if (answer.quotes?.length) {
    lines.push('Quotes you can paste:');
    for (const q of answer.quotes) lines.push('', q.citation);
    lines.push('', 'The passages they come from:');
  }
  answer.passages.slice(0, SHOWN).forEach((p, i) => {
    // (A passage shown with the list it introduces keeps that list under it, indented as its source line is.)
    lines.push('', `[${i + 1}] ${p.text.replace(/\n/g, '\n    ')}`, `    — ${citedSource(p)}`);
    if (p.url) lines.push(`      ${p.url}`);
  });
  return lines.join('\n').replace(/^\n/, '');
}
