import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../bot/answer.js';
import { handle } from '../../../bot/handle.js';
import { helpText } from '../../../bot/commands.js';
import { escapeTeamsMarkdown, FIND_QUOTE_HELP, MAX_CARD_BYTES, quoteResults, renderTeams, sourceLine, type TeamsMessage } from '../../../adapters/teams/render.js';
import { cardProblems } from '../../helpers/cards.js';
import { useRealKnowledge } from '../../helpers/knowledge.js';

const knowledge = useRealKnowledge();

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

interface Claim {
  '@type': string;
  position: number;
  appearance: { '@type': string; name: string; abstract: string };
}

type Block = { type: string; text?: string; weight?: string; color?: string };

/** The [n] markers in a text, in order of appearance. */
function markers(text: string): number[] {
  return [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}

function citationsOf(message: TeamsMessage): Claim[] {
  const entity = message.entities.find((e) => e['@type'] === 'Message');
  expect(entity, 'a schema.org Message entity').toBeDefined();
  return entity!.citation as Claim[];
}

function bodyOf(message: TeamsMessage): Block[] {
  return message.attachments[0]!.content.body as Block[];
}

/** A cut string ends in "…" and is a prefix of the whole; an uncut one equals it. */
function expectCutOf(shown: string, whole: string) {
  if (shown.endsWith('…') && shown !== whole) expect(whole.startsWith(shown.slice(0, -1))).toBe(true);
  else expect(shown).toBe(whole);
}

/** Everything Teams needs for numbered references to line up with the reply text. */
function expectCitationsMatch(message: TeamsMessage, answer: Answer) {
  const inText = markers(message.text);
  expect(inText.length).toBeGreaterThan(0);
  const n = inText.length;
  expect(inText).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  const claims = citationsOf(message);
  expect(claims.map((c) => c.position)).toEqual(inText);
  // The card's numbered passages are the same ones.
  const inCard = bodyOf(message).flatMap((b) => (b.text && /^\[\d+\] /.test(b.text) ? [Number(/^\[(\d+)\]/.exec(b.text)![1])] : []));
  expect(inCard).toEqual(inText);
  for (const claim of claims) {
    const passage = answer.passages[claim.position - 1]!;
    expect(claim['@type']).toBe('Claim');
    expect(claim.appearance['@type']).toBe('DigitalDocument');
    expect(claim.appearance.name.length).toBeLessThanOrEqual(80);
    expect(claim.appearance.abstract.length).toBeLessThanOrEqual(160);
    expect(claim.appearance.name.trim()).not.toBe('');
    expect(claim.appearance.abstract.trim()).not.toBe('');
    // Names the document it came from, and quotes the passage.
    expectCutOf(claim.appearance.name, passage.title);
    expectCutOf(claim.appearance.abstract, passage.text);
  }
}

describe('renderTeams', () => {
  it('puts a figure answer in one Adaptive Card 1.5 led by the figure in bold', async () => {
    const answer = await handle('CSTR 2023/24', knowledge());
    const message = renderTeams(answer);
    expect(message.type).toBe('message');
    expect(message.attachments).toHaveLength(1);
    const [attachment] = message.attachments;
    expect(attachment!.contentType).toBe(ADAPTIVE);
    expect(attachment!.content.type).toBe('AdaptiveCard');
    expect(attachment!.content.version).toBe('1.5');
    // Microsoft's parser reads every element, property and action of it without complaint.
    for (const q of ['CSTR 2023/24', "quote women's centres", 'youth reoffending rate 2019']) expect(cardProblems(renderTeams(await handle(q, knowledge())).attachments[0]!.content), q).toEqual([]);
    const first = bodyOf(message).find((b) => b.type === 'TextBlock')!;
    expect(first.weight).toBe('Bolder');
    expect(first.text).toContain('1,362');
    expect(first.text).toContain('2023/24');
    expect(message.text).toContain('1,362');
  });

  it('keeps the card under the Teams size limit', async () => {
    for (const q of ['CSTR 2023/24', 'youth reoffending rate', 'Challenger disruptions']) {
      const message = renderTeams(await handle(q, knowledge()));
      for (const a of message.attachments) expect(Buffer.byteLength(JSON.stringify(a.content))).toBeLessThan(MAX_CARD_BYTES);
      // The whole activity, which Teams limits too, stays well under it.
      expect(Buffer.byteLength(JSON.stringify(message))).toBeLessThan(MAX_CARD_BYTES + 4000);
    }
  });

  it('numbers citations 1..n exactly as the [n] markers in the text', async () => {
    for (const q of ['CSTR 2023/24', 'youth reoffending rate', 'Challenger disruptions']) {
      const answer = await handle(q, knowledge());
      expect(answer.passages.length, q).toBeGreaterThan(0);
      expectCitationsMatch(renderTeams(answer), answer);
    }
  });

  it('gives each passage its source line: title, publisher and month', async () => {
    const answer = await handle('youth reoffending rate', knowledge());
    const message = renderTeams(answer);
    const texts = bodyOf(message).map((b) => b.text ?? '');
    const top = answer.passages[0]!;
    expect(texts).toContain(escapeTeamsMarkdown(sourceLine(top)));
    expect(sourceLine(top)).toContain(top.title);
    expect(sourceLine(top)).toMatch(new RegExp(`${top.publisher}, [A-Z][a-z]{2} \\d{4}`));
    expect(message.text).toContain('29.6%');
  });

  it('answers help with a card pairing each example with what it gets, as two columns', async () => {
    const message = renderTeams(await handle('help', knowledge()));
    expect(message.entities).toEqual([]);
    expect(message.text).toBe(escapeTeamsMarkdown(helpText(knowledge()).split('\n')[0]!));
    const content = message.attachments[0]!.content;
    expect(cardProblems(content)).toEqual([]);
    const facts = (content.body as { type: string; facts?: { title: string; value: string }[] }[]).flatMap((b) => b.facts ?? []);
    for (const example of ['CSTR 2023/24', 'youth reoffending rate', "quote women's centres"]) expect(facts.map((f) => f.title)).toContain(escapeTeamsMarkdown(example));
    expect(facts.find((f) => f.title === 'CSTR 2023/24')?.value).toBe('a figure for a period, with the change');
    // Every line of help is in the card, none run into the next.
    expect(JSON.stringify(content)).toContain('Every answer names the document');
  });

  it('lists the sources in a card, each document beside its date', async () => {
    const message = renderTeams(await handle('sources', knowledge()));
    const content = message.attachments[0]!.content;
    expect(cardProblems(content)).toEqual([]);
    const facts = (content.body as { facts?: { title: string; value: string }[] }[]).flatMap((b) => b.facts ?? []);
    expect(facts.length).toBeGreaterThanOrEqual(5);
    for (const f of facts) expect(f.title).toMatch(/^\d{4}-\d{2}$/);
    expect(facts[0]!.value).toContain('Year 3 Progress Report');
  });

  it('sends no live link, emphasis or HTML from what a person typed or a document says', async () => {
    const typed = renderTeams(await handle('quot [Reset password](https://evil.example)', knowledge()));
    expect(typed.text).toContain('Did you mean');
    expect(typed.text).not.toMatch(/(?<!\\)\[Reset password(?<!\\)\]\(/);
    expect(typed.text).toContain('\\[Reset password\\](https://evil.example)');
    const answer = await handle('youth reoffending rate', knowledge());
    const hostile = { ...answer, passages: answer.passages.map((p) => ({ ...p, title: '**Urgent** [login](https://evil.example) <b>x</b>', text: `_${p.text}_` })) };
    const texts = bodyOf(renderTeams(hostile)).map((b) => b.text ?? '');
    expect(texts.join('\n')).not.toMatch(/(?<!\\)\*\*Urgent|(?<!\\)\[login(?<!\\)\]|(?<!\\)<b>/);
    expect(texts).toContain(escapeTeamsMarkdown(sourceLine(hostile.passages[0]!)));
  });

  it('answers no_answer with the headline as text and no card', async () => {
    const answer = await handle('bananas on mars', knowledge());
    expect(answer.status).toBe('no_answer');
    const message = renderTeams(answer);
    expect(message.attachments).toEqual([]);
    expect(message.entities).toEqual([]);
    expect(message.text.split('\n\n')[0]).toBe(escapeTeamsMarkdown(answer.headline));
    expect(markers(message.text)).toEqual([]);
  });

  it('says why an empty question has no answer', async () => {
    const answer = await handle('', knowledge());
    const message = renderTeams(answer);
    expect(message.attachments).toEqual([]);
    expect(message.text).toContain(answer.headline);
  });

  it('is pure: the same answer renders the same message', async () => {
    const answer = await handle('CSTR 2023/24', knowledge());
    const before = JSON.stringify(answer);
    expect(renderTeams(answer)).toEqual(renderTeams(answer));
    expect(JSON.stringify(answer)).toBe(before);
  });
});

describe('quoteResults', () => {
  type Results = {
    type: string;
    attachmentLayout: string;
    attachments: { contentType: string; content: Record<string, unknown> & { version: string; body: Block[] }; preview: { contentType: string; content: { title: string; text: string } } }[];
  };

  it("returns each sentence word for word with the line to paste under it, for women's centres", async () => {
    const answer = await handle("quote women's centres", knowledge());
    const quotes = answer.quotes ?? [];
    expect(quotes.length).toBeGreaterThan(0);
    const results = quoteResults(answer) as Results;
    expect(results.type).toBe('result');
    expect(results.attachmentLayout).toBe('list');
    expect(results.attachments.length).toBe(Math.min(10, quotes.length));
    results.attachments.forEach((a, i) => {
      const quote = quotes[i]!;
      expect(a.contentType).toBe(ADAPTIVE);
      expect(a.content.version).toBe('1.5');
      expect(cardProblems(a.content)).toEqual([]);
      // The whole citation line, uncut: the quote in quotation marks, then its source.
      expect(a.content.body.map((b) => b.text)).toEqual([escapeTeamsMarkdown(quote.citation)]);
      expect(quote.citation).toContain(quote.text);
      expect(a.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
      expect(a.preview.content.title.length).toBeLessThanOrEqual(80);
      expectCutOf(a.preview.content.title, quote.text);
      expect(a.preview.content.text).toBe(escapeTeamsMarkdown(sourceLine(quote)));
    });
    expect(JSON.stringify(results).toLowerCase()).toContain('women');
  });

  it('says how to search when the search box is empty', async () => {
    const results = quoteResults(await handle('help', knowledge())) as { type: string; text: string };
    expect(results).toEqual({ type: 'message', text: FIND_QUOTE_HELP });
    expect(results.text).toMatch(/word for word/);
  });

  it('returns an empty result list when nothing is found', async () => {
    const results = quoteResults(await handle('quote bananas on mars', knowledge())) as { type: string; attachments: unknown[] };
    expect(results.type).toBe('result');
    expect(results.attachments).toEqual([]);
  });
});

describe('a cited document with a url', () => {
  it('carries the url in its citation and links the title in the card, which still validates', async () => {
    const answer = await handle('youth reoffending rate', knowledge());
    const url = 'https://example.org/plans/youth (2024).pdf';
    answer.passages = answer.passages.map((p) => ({ ...p, url }));
    const message = renderTeams(answer);
    const claims = citationsOf(message) as (Claim & { appearance: { url?: string } })[];
    expect(claims.every((c) => c.appearance.url === url)).toBe(true);
    const sources = bodyOf(message).map((b) => b.text ?? '').filter((t) => t.includes('](https://'));
    expect(sources[0]).toMatch(/^\[[^\]]+\]\(https:\/\/example\.org\/plans\/youth%20%282024%29\.pdf\) · /);
    expect(cardProblems(message.attachments[0]!.content)).toEqual([]);
  });
});
