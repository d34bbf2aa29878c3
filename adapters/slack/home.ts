import type { HomeView, KnownBlock } from '@slack/types';
import { monthYear } from '../../bot/dates.js';
import type { Welcome } from '../../bot/welcome.js';
import { escapeMrkdwn } from './render.js';

/** Slack's limit on a Home tab's blocks. */
const MAX_HOME_BLOCKS = 100;

/**
 * The App Home tab: how to ask (the slash command with examples drawn from the documents), what
 * every answer does, and the documents the bot answers from with their dates.
 */
export function renderSlackHome(w: Welcome): HomeView {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Standing Together', emoji: false } },
    { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(w.intro) } },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: w.examples.map((e) => `\`/standing-together ${escapeMrkdwn(e.ask)}\` — ${escapeMrkdwn(e.gets)}`).join('\n') },
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn([...w.promises, w.digest].join(' ')) }] },
    ...digestStatus(w.digestChannels),
    { type: 'divider' },
    { type: 'header', text: { type: 'plain_text', text: 'What it answers from', emoji: false } },
  ];
  for (const d of w.documents) {
    if (blocks.length >= MAX_HOME_BLOCKS) break;
    const when = d.date ? monthYear(d.date, 'long') : 'undated';
    const stale = d.stale ? ' · _a newer one of this kind is held_' : '';
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${escapeMrkdwn(d.title)}*\n${escapeMrkdwn(d.publisher)}, ${when}${stale}` } });
  }
  return { type: 'home', blocks };
}

/** Which channels get the weekly digest: named as Slack links (`<#C123>`), or how to start one. */
function digestStatus(channels: string[] | undefined): KnownBlock[] {
  if (!channels) return [];
  const named = channels.filter((c) => /^[A-Z0-9]+$/.test(c)).map((c) => `<#${c}>`);
  const text = named.length > 0
    ? `*Weekly digest* — posted on Mondays to ${named.join(', ')}.`
    : '*Weekly digest* — no channel gets it yet: type `/standing-together digest subscribe` in the channel that should.';
  return [{ type: 'section', text: { type: 'mrkdwn', text } }];
}
