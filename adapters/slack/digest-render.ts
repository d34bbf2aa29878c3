import type { Digest } from '../../bot/digest/digest.js';
import { digestSections, weekLabel } from '../../bot/digest/render-text.js';
import { escapeMrkdwn, type Block, type SlackMessage } from './render.js';

const MAX_BLOCKS = 50;
const MAX_SECTION_TEXT = 3000;

/** The weekly digest as Block Kit: a header, the period covered, then one section per part. */
export function renderDigestSlack(d: Digest): SlackMessage {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Standing Together weekly digest' } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: `${escapeMrkdwn(weekLabel(d))} · ${d.weekStart.slice(0, 10)} to ${d.weekEnd.slice(0, 10)}` }] },
  ];
  if (d.quiet) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: 'A quiet week: no new documents, figures or targets due, and no questions asked.' } });
    return { text: `Standing Together weekly digest — ${weekLabel(d)}: a quiet week.`, blocks };
  }
  for (const [heading, items] of digestSections(d)) {
    blocks.push({ type: 'divider' });
    const text = `*${escapeMrkdwn(heading)}*\n${items.map((i) => `• ${escapeMrkdwn(i)}`).join('\n')}`;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: text.length > MAX_SECTION_TEXT ? `${text.slice(0, MAX_SECTION_TEXT - 2)} …` : text } });
  }
  return { text: `Standing Together weekly digest — ${weekLabel(d)}`, blocks: blocks.slice(0, MAX_BLOCKS) };
}
