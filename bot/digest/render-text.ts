import { periodPhrase } from '../figure-line.js';
import type { Digest } from './digest.js';

const BARS = '▁▂▃▄▅▆▇█';

/** A Unicode sparkline of a series ("▁▄█"), for an indicator with several periods. */
export function sparkline(values: number[]): string {
  if (values.length < 2) return '';
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  return values.map((v) => BARS[Math.round(((v - min) / span) * (BARS.length - 1))]).join('');
}

/** "w/e 24 Nov 2026" */
export function weekLabel(digest: Digest): string {
  const end = new Date(new Date(digest.weekEnd).getTime() - 1);
  return `week ending ${end.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' })}`;
}

/** The digest's sections as plain lines, shared by every renderer: [heading, lines][]. */
export function digestSections(d: Digest): [string, string[]][] {
  const sections: [string, string[]][] = [];
  if (d.documents.length > 0) sections.push(['Documents added or updated', d.documents.map((x) => `${x.change === 'new' ? 'New' : 'Updated'}: ${x.title} (${[x.date.slice(0, 7), x.kind].filter(Boolean).join(', ')})`)]);
  if (d.indicators.length > 0) {
    sections.push([
      'Figures that moved',
      d.indicators.map((x) => {
        // With no change worked out (values not comparable), the earlier value is set beside it.
        const change = !x.previous ? '' : x.previous.change ? `, ${x.previous.change} on ${x.previous.period} (${x.previous.value})` : `, against ${x.previous.value} ${periodPhrase(x.previous.period)}`;
        const spark = sparkline(x.trend);
        return `${x.indicator} (${x.geography}): ${x.value} in ${x.period}${change}${spark ? `  ${spark}` : ''}`;
      }),
    ]);
  }
  if (d.targetsDue.length > 0) sections.push(['Targets due in the next 30 days', d.targetsDue.map((t) => `${t.due}: ${t.sentence} — ${t.title}`)]);
  if (d.targetsOverdue.length > 0 && !d.quiet) sections.push(['Targets past their date, not marked met', d.targetsOverdue.slice(0, 5).map((t) => `${t.due}: ${t.sentence} — ${t.title}`)]);
  if (d.topQuestions.length > 0) sections.push(['Most asked this week', d.topQuestions.map((q) => `${q.query} (${q.count}×)`)]);
  if (d.unanswered.length > 0) sections.push(["Asked but not in the documents (gaps worth filling)", d.unanswered.map((q) => q)]);
  return sections;
}

/** The digest as terminal text (`standing-together digest --print`). */
export function renderDigestText(d: Digest): string {
  const title = `Standing Together weekly digest — ${weekLabel(d)}`;
  if (d.quiet) return `${title}\nA quiet week: no new documents, figures or targets due, and no questions asked.`;
  const lines = [title];
  for (const [heading, items] of digestSections(d)) lines.push('', heading, ...items.map((i) => `  • ${i}`));
  return lines.join('\n');
}
