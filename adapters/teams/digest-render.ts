import type { Digest } from '../../bot/digest/digest.js';
import { digestSections, weekLabel } from '../../bot/digest/render-text.js';
import { escapeTeamsMarkdown, MAX_CARD_BYTES, type AdaptiveCard } from './render.js';

/** The weekly digest as an Adaptive Card (schema 1.5), within Teams' card size limit. */
export function renderDigestTeams(d: Digest): { type: 'message'; text: string; attachments: { contentType: string; content: AdaptiveCard }[] } {
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: 'Standing Together weekly digest', size: 'Large', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: `${weekLabel(d)} · ${d.weekStart.slice(0, 10)} to ${d.weekEnd.slice(0, 10)}`, isSubtle: true, wrap: true },
  ];
  if (d.quiet) body.push({ type: 'TextBlock', text: 'A quiet week: no new documents, figures or targets due, and no questions asked.', wrap: true });
  for (const [heading, items] of digestSections(d)) {
    body.push({ type: 'TextBlock', text: heading, weight: 'Bolder', wrap: true, separator: true }, { type: 'TextBlock', text: items.map((i) => `- ${escapeTeamsMarkdown(i)}`).join('\n'), wrap: true });
  }
  const card = () => ({ type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body });
  while (Buffer.byteLength(JSON.stringify(card())) > MAX_CARD_BYTES && body.length > 3) body.splice(body.length - 2, 2);
  return { type: 'message', text: `Standing Together weekly digest — ${weekLabel(d)}`, attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card() }] };
}
