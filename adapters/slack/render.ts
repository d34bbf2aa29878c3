import type { Answer, AnswerPassage } from '../../bot/answer.js';
import { figureLine, namedFigures } from '../../bot/figure-line.js';
import { byIsoDate, monthYear } from '../../bot/dates.js';

/** A Block Kit block; only the shapes this renderer makes. */
export type Block = Record<string, unknown>;

/** The message payload for chat.postMessage / response_url: blocks plus a plain-text fallback. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Slack's own limits. */
const MAX_BLOCKS = 50;
const MAX_SECTION_TEXT = 3000;
/** How much of the top passage a notification's fallback text shows. */
const FALLBACK_CHARS = 300;
/** Passage text shown per citation, trimmed at a sentence end. */
const PASSAGE_CHARS = 700;
const SHOWN_PASSAGES = 3;

/** The action id of the "Share in channel" button. */
export const SHARE_ACTION = 'share_answer';
/** The action ids of the 👍 / 👎 buttons under an answer. */
export const FEEDBACK_UP = 'feedback_up';
export const FEEDBACK_DOWN = 'feedback_down';

/**
 * Escapes text for mrkdwn so that words from a document or a user can't ping (`<!channel>`),
 * link (`<http://…|x>`) or mention anyone: Slack reads control sequences only inside < >.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Text as a Slack link to `url` (`<url|text>`), both escaped; the text alone without a url. A "|"
 * in the text would end the link's address part early, so it is shown as a broken bar.
 */
export function linked(text: string, url: string | undefined): string {
  if (!url) return escapeMrkdwn(text);
  return `<${escapeMrkdwn(url).replace(/\|/g, '%7C')}|${escapeMrkdwn(text).replace(/\|/g, '¦')}>`;
}

/** Text cut at a sentence end within `max` characters, with "…" when anything was cut. */
export function trimAtSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('; '));
  return `${end > max / 3 ? cut.slice(0, end + 1) : cut.replace(/\s+\S*$/, '')} …`;
}

/**
 * Text within Slack's limit, cut at a space and never inside an escape ("&amp;" whole or not at
 * all), with "…" when anything was cut.
 */
function withinLimit(text: string, max = MAX_SECTION_TEXT): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 2).replace(/\s+\S*$/, '').replace(/&[a-z]*$/, '');
  return `${cut} …`;
}

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text: withinLimit(text) } });
const context = (text: string): Block => ({ type: 'context', elements: [{ type: 'mrkdwn', text: withinLimit(text) }] });

/** The fence around a code block, on each section it is split into. */
const FENCE = '```';

/**
 * Text shown as a code block in as many sections as it needs: split between lines, each part
 * fenced on its own, so a long help or sources list never loses its fence at Slack's limit.
 */
function fencedSections(text: string): Block[] {
  const room = MAX_SECTION_TEXT - 2 * FENCE.length;
  const parts: string[] = [];
  let part = '';
  for (const line of escapeMrkdwn(text).split('\n')) {
    for (const piece of line.length > room ? (line.match(new RegExp(`.{1,${room}}(?:\\s|$)`, 'g')) ?? [line]) : [line]) {
      if (part !== '' && part.length + 1 + piece.length > room) {
        parts.push(part);
        part = '';
      }
      part = part === '' ? piece : `${part}\n${piece}`;
    }
  }
  if (part !== '') parts.push(part);
  return parts.map((p) => ({ type: 'section', text: { type: 'mrkdwn', text: `${FENCE}${p}${FENCE}` } }));
}

/** "_Title_ · GMCA, Jul 2024 · Section › Path", the title linking to the document when it has a url. */
function citation(p: { title: string; publisher: string; docDate: string; section: string; url?: string }): string {
  const parts = [`_${linked(p.title, p.url)}_`, [escapeMrkdwn(p.publisher), monthYear(p.docDate)].filter(Boolean).join(', ')];
  if (p.section) parts.push(escapeMrkdwn(p.section));
  return parts.join(' · ');
}

function passageBlocks(p: AnswerPassage, n: number): Block[] {
  const quoted = escapeMrkdwn(trimAtSentence(p.text, PASSAGE_CHARS))
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return [section(`*[${n}]*\n${quoted}`), context(citation(p))];
}

/** Options for a rendered answer. */
export interface RenderOptions {
  /** Add the "Share in channel" button (ephemeral answers to a slash command). */
  shareable?: boolean;
  /** Who shared it, for an answer posted to the channel from the button. */
  sharedBy?: string;
  /** Add 👍 / 👎 buttons (every answer but a shared copy). */
  feedback?: boolean;
}

/**
 * Renders the neutral Answer as a Slack message: the figure first in bold with its period and
 * change, notes, up to three cited passages, a context line naming the newest document quoted,
 * and (for a slash command) the share button. Pure: no network, no search.
 */
export function renderSlack(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const blocks: Block[] = [];
  if (options.sharedBy) blocks.push(context(`Shared by <@${options.sharedBy.replace(/[^A-Z0-9]/gi, '')}> · asked: “${escapeMrkdwn(answer.query)}”`));

  if (answer.intent === 'help') {
    blocks.push(...fencedSections(answer.headline).slice(0, MAX_BLOCKS - blocks.length));
    return { text: escapeMrkdwn(answer.headline), blocks };
  }
  if (answer.passages.length === 0) {
    blocks.push(section(escapeMrkdwn(answer.headline)));
    for (const note of answer.notes) blocks.push(context(escapeMrkdwn(note)));
    return { text: escapeMrkdwn(answer.headline), blocks };
  }

  const figure = namedFigures(answer.figures)[0];
  if (answer.lead) blocks.push(section(`*${escapeMrkdwn(answer.lead)}*`));
  if (figure) blocks.push(section(`*${escapeMrkdwn(figureLine(figure))}*`));
  for (const q of answer.quotes ?? []) blocks.push(section(escapeMrkdwn(q.citation)));
  if (answer.status === 'other_period') blocks.push(context(':information_source: Not for the period you asked about.'));
  for (const note of answer.notes) blocks.push(context(escapeMrkdwn(note)));
  answer.passages.slice(0, SHOWN_PASSAGES).forEach((p, i) => blocks.push(...passageBlocks(p, i + 1)));

  // The newest of the passages shown, not of every passage found.
  const newest = answer.passages.slice(0, SHOWN_PASSAGES).sort((a, b) => byIsoDate(b.docDate, a.docDate))[0]!;
  blocks.push(context(`Newest document quoted: _${escapeMrkdwn(newest.title)}_${newest.docDate ? ` (${monthYear(newest.docDate)})` : ''}`));
  const buttons: Block[] = [];
  const value = answer.query.slice(0, 2000);
  if (options.shareable) buttons.push({ type: 'button', action_id: SHARE_ACTION, text: { type: 'plain_text', text: 'Share in channel' }, value });
  if (options.feedback) {
    buttons.push(
      // A screen reader says what the button does, not "thumbs up".
      { type: 'button', action_id: FEEDBACK_UP, text: { type: 'plain_text', text: '👍', emoji: true }, value, accessibility_label: 'This answer helped' },
      { type: 'button', action_id: FEEDBACK_DOWN, text: { type: 'plain_text', text: '👎', emoji: true }, value, accessibility_label: 'This answer was wrong or missing something' },
    );
  }
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });

  // The fallback shows in notifications and is read as mrkdwn too: escaped like the blocks.
  const fallback = figure ? figureLine(figure) : `${trimAtSentence(answer.passages[0]!.text, FALLBACK_CHARS)} — ${answer.passages[0]!.title}`;
  // Keep the share button if the notes ever push past Slack's block limit.
  const actions = blocks[blocks.length - 1]?.type === 'actions' ? blocks.pop() : undefined;
  const kept = blocks.slice(0, actions ? MAX_BLOCKS - 1 : MAX_BLOCKS);
  return { text: escapeMrkdwn(fallback), blocks: actions ? [...kept, actions] : kept };
}

/** What an answer says once its reader has voted: the same message, thanked, with no vote left to give. */
export const VOTED = 'Thanks — noted.';

/**
 * The message a vote leaves: its blocks without the 👍 / 👎 buttons (the share button stays), and
 * a line thanking the reader, so the same answer cannot be voted on twice.
 */
export function afterVote(message: SlackMessage): SlackMessage {
  const blocks = message.blocks.flatMap((block): Block[] => {
    if (block.type !== 'actions') return [block];
    const left = (block.elements as Block[]).filter((e) => e.action_id !== FEEDBACK_UP && e.action_id !== FEEDBACK_DOWN);
    return left.length > 0 ? [{ ...block, elements: left }] : [];
  });
  return { text: message.text, blocks: [...blocks.slice(0, MAX_BLOCKS - 1), context(VOTED)] };
}
