import type { Answer, AnswerPassage, AnswerQuote } from '../../bot/answer.js';
import type { Welcome } from '../../bot/welcome.js';
import { figureLine, namedFigures } from '../../bot/figure-line.js';
import { monthYear } from '../../bot/dates.js';

/** An Adaptive Card (schema 1.5), as plain JSON. */
export type AdaptiveCard = Record<string, unknown>;

/** A Teams reply: text with [n] markers, the card, and the citation entity Teams numbers. */
export interface TeamsMessage {
  type: 'message';
  text: string;
  attachments: { contentType: string; content: AdaptiveCard }[];
  entities: Record<string, unknown>[];
  /** `feedbackLoopEnabled`: Teams puts its own 👍/👎 (with its own form) under an answer. */
  channelData?: { feedbackLoopEnabled: boolean };
}

/** Teams' limits: a card payload under 28 KB; citation names ≤ 80 and abstracts ≤ 160 chars. */
export const MAX_CARD_BYTES = 28_000;
const MAX_NAME = 80;
const MAX_ABSTRACT = 160;
const SHOWN_PASSAGES = 3;
const PASSAGE_CHARS = 600;

const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * Escapes text for Teams, whose messages and card text blocks read markdown: words from a
 * document or a question can't make a link (`[Reset password](https://…)`), emphasis, a heading or
 * HTML. Each markup character is taken literally, as Slack's text is escaped for mrkdwn.
 */
export function escapeTeamsMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#~|]/g, (c) => `\\${c}`);
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** "Title · GMCA, Jul 2024 · Section › Path" */
export function sourceLine(p: Pick<AnswerPassage, 'title' | 'publisher' | 'docDate' | 'section'>): string {
  return [p.title, [p.publisher, monthYear(p.docDate)].filter(Boolean).join(', '), p.section].filter(Boolean).join(' · ');
}

/** The source line as card text: escaped, cut to `max`, its title a link when the document has a url. */
function sourceText(p: AnswerPassage, max = PASSAGE_CHARS): string {
  const line = escapeTeamsMarkdown(cut(sourceLine(p), max));
  if (!p.url || !/^https?:\/\//.test(p.url)) return line;
  const title = escapeTeamsMarkdown(cut(p.title, max));
  return line.startsWith(title) ? `[${title}](${p.url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})${line.slice(title.length)}` : line;
}

/** A card holding one verbatim passage and its source (answers and the "Find a quote" results). */
export function passageCard(p: AnswerPassage, n?: number): AdaptiveCard {
  return card([
    { type: 'TextBlock', text: `${n ? `[${n}] ` : ''}${escapeTeamsMarkdown(cut(p.text, PASSAGE_CHARS))}`, wrap: true },
    { type: 'TextBlock', text: sourceText(p), wrap: true, isSubtle: true, size: 'Small' },
  ]);
}

/**
 * Lines of help or of a list as a card: a line pairing two things across a gap of spaces (an
 * example and what it gets, a date and a document) joins a FactSet, read as two columns;
 * any other line is a paragraph of its own.
 */
function listCard(lines: string[]): AdaptiveCard {
  const body: Record<string, unknown>[] = [];
  let facts: { title: string; value: string }[] = [];
  const flush = () => {
    if (facts.length > 0) body.push({ type: 'FactSet', facts });
    facts = [];
  };
  for (const line of lines) {
    const pair = /^\s*(\S.*?)\s{2,}(\S.*)$/.exec(line);
    if (pair) {
      facts.push({ title: escapeTeamsMarkdown(pair[1]!), value: escapeTeamsMarkdown(pair[2]!) });
      continue;
    }
    flush();
    body.push({ type: 'TextBlock', text: escapeTeamsMarkdown(line.trim()), wrap: true });
  }
  flush();
  return card(body);
}

function card(body: Record<string, unknown>[]): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body };
}

/**
 * Renders the neutral Answer for Teams: an Adaptive Card with the figure (period and change),
 * notes and up to three cited passages; reply text whose [1], [2], [3] match the citation entity
 * Teams shows as numbered references. Pure: no network, no search.
 */
export function renderTeams(answer: Answer): TeamsMessage {
  if (answer.intent === 'help') {
    // Help and the sources list as a card: Teams' markdown drops single line breaks and its
    // proportional font loses aligned columns. The text is the first line, for notifications.
    // Help may repeat the question's words ("Did you mean …?"): all of it is escaped.
    const first = answer.headline.split('\n')[0]!;
    const lines = answer.headline.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 1) return { type: 'message', text: escapeTeamsMarkdown(first), attachments: [], entities: [] };
    return { type: 'message', text: escapeTeamsMarkdown(first), attachments: [{ contentType: CARD_TYPE, content: listCard(lines) }], entities: [] };
  }
  if (answer.passages.length === 0) {
    const text = [answer.headline, ...answer.notes].map(escapeTeamsMarkdown).join('\n\n');
    return { type: 'message', text, attachments: [], entities: [] };
  }
  // Passages are dropped from the end until the card fits Teams' size limit; the card, the
  // [n] markers and the citations are all built from the same list, so they always agree.
  let passages = answer.passages.slice(0, SHOWN_PASSAGES);
  const figure = namedFigures(answer.figures)[0];
  let content = buildCard(answer, passages);
  while (Buffer.byteLength(JSON.stringify(content)) > MAX_CARD_BYTES && passages.length > 1) {
    passages = passages.slice(0, -1);
    content = buildCard(answer, passages);
  }

  const lead = figure ? figureLine(figure) : 'From the plan documents';
  const markers = passages.map((_, i) => `[${i + 1}]`).join(' ');
  return {
    type: 'message',
    text: `${escapeTeamsMarkdown(lead)} ${markers}`,
    attachments: [{ contentType: CARD_TYPE, content }],
    // Teams' own feedback under the answer: nothing is posted to the channel, and a vote can't be cast twice.
    channelData: { feedbackLoopEnabled: true },
    entities: [
      {
        type: 'https://schema.org/Message',
        '@type': 'Message',
        '@context': 'https://schema.org',
        '@id': '',
        citation: passages.map((p, i) => ({
          '@type': 'Claim',
          position: i + 1,
          appearance: { '@type': 'DigitalDocument', name: cut(p.title, MAX_NAME), abstract: cut(p.text, MAX_ABSTRACT), ...(p.url ? { url: p.url } : {}) },
        })),
      },
    ],
  };
}

/**
 * What a 👍 / 👎 button sent back, in the activity's `value`, from the cards answers carried
 * before Teams' own feedback loop replaced them: cards already in chats still send it.
 */
export interface FeedbackSubmit {
  action: 'feedback';
  verdict: 'up' | 'down';
  query: string;
  comment?: string;
}

function buildCard(answer: Answer, passages: AnswerPassage[]): AdaptiveCard {
  const figure = namedFigures(answer.figures)[0];
  const body: Record<string, unknown>[] = [];
  if (answer.lead) body.push({ type: 'TextBlock', text: escapeTeamsMarkdown(answer.lead), weight: 'Bolder', size: 'Medium', wrap: true });
  if (figure) body.push({ type: 'TextBlock', text: escapeTeamsMarkdown(figureLine(figure)), weight: 'Bolder', size: 'Medium', wrap: true });
  for (const q of answer.quotes ?? []) body.push({ type: 'TextBlock', text: escapeTeamsMarkdown(q.citation), wrap: true });
  if (answer.status === 'other_period') body.push({ type: 'TextBlock', text: 'Not for the period you asked about.', color: 'Warning', wrap: true });
  for (const note of answer.notes) body.push({ type: 'TextBlock', text: escapeTeamsMarkdown(cut(note, PASSAGE_CHARS)), isSubtle: true, wrap: true });
  passages.forEach((p, i) => {
    body.push(
      { type: 'TextBlock', text: `[${i + 1}] ${escapeTeamsMarkdown(cut(p.text, PASSAGE_CHARS))}`, wrap: true, separator: true },
      { type: 'TextBlock', text: sourceText(p), wrap: true, isSubtle: true, size: 'Small' },
    );
  });
  return card(body);
}

/** What an empty "Find a quote" search shows: how to use it, not an empty list. */
export const FIND_QUOTE_HELP = 'Type a few words to find sentences the plan documents say word for word, each with the line to paste under it, e.g. women’s centres.';

/**
 * Message-extension results: one card per verbatim sentence with its paste-ready citation line
 * (a quote search), else per passage with its source; an empty search gets the help text.
 */
export function quoteResults(answer: Answer): Record<string, unknown> {
  if (answer.intent === 'help') return { type: 'message', text: FIND_QUOTE_HELP };
  const quotes = answer.quotes ?? [];
  if (quotes.length > 0) {
    return { type: 'result', attachmentLayout: 'list', attachments: quotes.slice(0, 10).map((q) => result(quoteCard(q), q.text, q)) };
  }
  return { type: 'result', attachmentLayout: 'list', attachments: answer.passages.slice(0, 10).map((p) => result(passageCard(p), p.text, p)) };
}

/** A quote as it is pasted: the sentence in quotation marks, then its document, date and section, whole. */
function quoteCard(q: AnswerQuote): AdaptiveCard {
  return card([{ type: 'TextBlock', text: escapeTeamsMarkdown(q.citation), wrap: true }]);
}

function result(content: AdaptiveCard, text: string, source: Pick<AnswerPassage, 'title' | 'publisher' | 'docDate' | 'section'>) {
  return {
    contentType: CARD_TYPE,
    content,
    preview: { contentType: 'application/vnd.microsoft.card.thumbnail', content: { title: escapeTeamsMarkdown(cut(text, 80)), text: escapeTeamsMarkdown(sourceLine(source)) } },
  };
}

/**
 * The card sent when the app is added to a chat or team: how to ask, with examples drawn from
 * the documents beside what each gets, what every answer does, and the documents answered from.
 */
export function welcomeMessage(w: Welcome): TeamsMessage {
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: 'Standing Together', weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: escapeTeamsMarkdown(w.intro), wrap: true },
    { type: 'FactSet', facts: w.examples.map((e) => ({ title: escapeTeamsMarkdown(e.ask), value: escapeTeamsMarkdown(e.gets) })) },
    { type: 'TextBlock', text: escapeTeamsMarkdown([...w.promises, w.digest].join(' ')), wrap: true, isSubtle: true },
    { type: 'TextBlock', text: 'What it answers from', weight: 'Bolder', wrap: true, separator: true },
    {
      type: 'FactSet',
      facts: w.documents.map((d) => ({ title: d.date ? monthYear(d.date) : 'undated', value: escapeTeamsMarkdown(`${d.title} (${d.publisher})${d.stale ? ' — a newer one of this kind is held' : ''}`) })),
    },
  ];
  return { type: 'message', text: escapeTeamsMarkdown(w.intro), attachments: [{ contentType: CARD_TYPE, content: card(body) }], entities: [] };
}
