import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, renderSlack, SHARE_ACTION, trimAtSentence, type Block } from '../../../adapters/slack/render.js';
import type { Answer, AnswerPassage } from '../../../bot/answer.js';
import { handle } from '../../../bot/handle.js';
import { helpText } from '../../../bot/commands.js';
import { useRealKnowledge } from '../../helpers/knowledge.js';

const knowledge = useRealKnowledge();

type Section = { type: 'section'; text: { type: string; text: string } };
type Context = { type: 'context'; elements: { type: string; text: string }[] };
type Actions = { type: 'actions'; elements: { type: string; action_id: string; value: string; text: { text: string } }[] };

const sections = (blocks: Block[]) => blocks.filter((b): b is Section => b.type === 'section');
const actionsOf = (blocks: Block[]) => blocks.filter((b): b is Actions => b.type === 'actions');

/** A passage as the bot would cite it, with text the test chooses. */
function passage(text: string, extra: Partial<AnswerPassage> = {}): AnswerPassage {
  return {
    docId: 'doc-1',
    title: 'A Progress Report',
    publisher: 'GMCA',
    docDate: '2024-07-01',
    section: 'Summary',
    text,
    score: 1,
    periods: [],
    ...extra,
  };
}

function answerOf(overrides: Partial<Answer>): Answer {
  return { query: 'q', intent: 'passage', status: 'answered', headline: 'h', figures: [], passages: [], notes: [], ...overrides };
}

describe('renderSlack on a real answer', () => {
  it('leads with the figure in bold, then up to three cited passages', async () => {
    const answer = await handle('CSTR 2023/24', knowledge());
    const { text, blocks } = renderSlack(answer);

    const first = sections(blocks)[0]!;
    expect(first.text.type).toBe('mrkdwn');
    expect(first.text.text).toMatch(/^\*[^*]+\*$/);
    expect(first.text.text).toContain('1,362');
    expect(first.text.text).toContain('2023/24');
    expect(first.text.text).toContain('32%');

    // Each quoted passage section is followed by a context block citing its document.
    const passageAt = blocks.map((b, i) => (b.type === 'section' && /^\*\[\d\]\*/.test((b as Section).text.text) ? i : -1)).filter((i) => i >= 0);
    expect(passageAt.length).toBeGreaterThanOrEqual(1);
    expect(passageAt.length).toBeLessThanOrEqual(3);
    passageAt.forEach((at, n) => {
      const shown = answer.passages[n]!;
      expect((blocks[at] as Section).text.text).toMatch(new RegExp(`^\\*\\[${n + 1}\\]\\*\\n> `));
      const cite = blocks[at + 1] as Context;
      expect(cite.type).toBe('context');
      expect(cite.elements[0]!.text).toContain(`_${escapeMrkdwn(shown.title)}_`);
    });
    expect(answer.passages.length).toBeGreaterThan(3); // so the cap of three is what's tested
    expect(passageAt).toHaveLength(3);

    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const s of sections(blocks)) expect(s.text.text.length).toBeLessThanOrEqual(3000);
    expect(text.trim()).not.toBe('');
    expect(text).toContain('1,362');
    expect(actionsOf(blocks)).toEqual([]);
  });

  it('adds a Share in channel button carrying the question when shareable', async () => {
    const answer = await handle('CSTR 2023/24', knowledge());
    const { blocks } = renderSlack(answer, { shareable: true });
    const actions = actionsOf(blocks);
    expect(actions).toHaveLength(1);
    const button = actions[0]!.elements[0]!;
    expect(button.type).toBe('button');
    expect(button.action_id).toBe(SHARE_ACTION);
    expect(button.value).toBe('CSTR 2023/24');
    expect(button.text.text.length).toBeLessThanOrEqual(75);
  });

  it('says who shared an answer, first', async () => {
    const { blocks } = renderSlack(await handle('CSTR 2023/24', knowledge()), { sharedBy: 'U1' });
    const first = blocks[0] as Context;
    expect(first.type).toBe('context');
    expect(first.elements[0]!.text).toContain('<@U1>');
    expect(first.elements[0]!.text).toContain('CSTR 2023/24');
  });

  it('stays within Slack limits for every answer in the help examples', async () => {
    for (const q of ['youth reoffending rate', 'Challenger disruptions', "quote women's centres", 'CSTR 2023/24']) {
      const { text, blocks } = renderSlack(await handle(q, knowledge()), { shareable: true });
      expect(blocks.length, q).toBeLessThanOrEqual(50);
      expect(text.trim(), q).not.toBe('');
      for (const s of sections(blocks)) expect(s.text.text.length, q).toBeLessThanOrEqual(3000);
    }
  });
});

describe('renderSlack escaping', () => {
  const hostile = 'Call <!channel> now and <https://evil.example|click> here & <@U999>.';

  it('shows control sequences from documents and questions as text, never as pings or links', async () => {
    const answer = answerOf({ query: `ping ${hostile}`, passages: [passage(hostile)], headline: hostile });
    const json = JSON.stringify(renderSlack(answer, { sharedBy: 'U1' }).blocks);
    expect(json).toContain('&lt;!channel&gt;');
    expect(json).toContain('&lt;https://evil.example|click&gt;');
    expect(json).toContain('&amp;');
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<https');
    expect(json).not.toContain('<@U999>');
  });

  it('escapes the headline and notes of an answer with no passages', async () => {
    const answer = answerOf({ status: 'no_answer', query: hostile, headline: `Nothing for ${hostile}`, notes: [hostile] });
    const json = JSON.stringify(renderSlack(answer).blocks);
    expect(json).toContain('&lt;!channel&gt;');
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<https');
  });

  it('keeps a shared-by mention to a bare user id', async () => {
    const json = JSON.stringify(renderSlack(answerOf({ passages: [passage('x')] }), { sharedBy: 'U1> <!channel' }).blocks);
    expect(json).not.toContain('<!channel');
    expect(json).toContain('<@U1channel>');
  });

  // The citation escapes a document's title and section but not its publisher (from catalog.json).
  it('escapes the publisher in a citation (BUG: render.ts citation() leaves it raw)', async () => {
    const answer = answerOf({ passages: [passage('Plain words.', { publisher: 'GMCA <!channel> & partners' })] });
    const json = JSON.stringify(renderSlack(answer).blocks);
    expect(json).toContain('GMCA &lt;!channel&gt; &amp; partners');
    expect(json).not.toContain('<!channel>');
  });

  // The plain-text `text` is what Slack shows in notifications and is mrkdwn too: a document's
  // words there can still ping a channel. See the report: render.ts builds `text` unescaped.
  it('escapes the fallback text as well as the blocks (BUG: render.ts fallback is unescaped)', async () => {
    const answer = answerOf({ query: hostile, passages: [passage(hostile)] });
    const json = JSON.stringify(renderSlack(answer));
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<https');
  });
});

describe('trimAtSentence', () => {
  const text = 'The first sentence is here. The second sentence is a little longer than that. The third goes on and on and on.';

  it('leaves short text alone', async () => {
    expect(trimAtSentence('Short. Text.', 100)).toBe('Short. Text.');
  });

  it('cuts at the last sentence end that fits, and ends with …', async () => {
    const cut = trimAtSentence(text, 90);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toMatch(/^The first sentence is here\. The second sentence is a little longer than that\.\s?…$/);
    expect(cut.length).toBeLessThanOrEqual(92);
  });

  it('cuts at a word when no sentence end is far enough in', async () => {
    const cut = trimAtSentence('Onewordafteranother then more words without any stop at all in the line', 30);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/\w…$/); // not mid-word
    expect('Onewordafteranother then more words without any stop at all in the line'.startsWith(cut.replace(/\s?…$/, ''))).toBe(true);
  });

  it('trims a long real passage to at most 700 characters in the rendered block', async () => {
    const long = `${'The partnership met its targets for the year. '.repeat(30)}End`;
    const { blocks } = renderSlack(answerOf({ passages: [passage(long)] }));
    const quoted = sections(blocks)[0]!.text.text;
    expect(quoted.endsWith('…')).toBe(true);
    expect(quoted).toMatch(/targets for the year\.\s?…$/);
    expect(quoted.length).toBeLessThan(750);
  });
});

describe('renderSlack with nothing to cite', () => {
  it('shows a no_answer headline and no share button', async () => {
    const answer = await handle('what is the weather on mars', knowledge());
    expect(answer.status).toBe('no_answer');
    const { text, blocks } = renderSlack(answer, { shareable: true });
    expect(text).toBe(answer.headline);
    expect(sections(blocks)[0]!.text.text).toBe(escapeMrkdwn(answer.headline));
    expect(actionsOf(blocks)).toEqual([]);
  });

  it('shows help as a code block with no share button', async () => {
    const { text, blocks } = renderSlack(await handle('help', knowledge()), { shareable: true });
    expect(text).toBe(helpText(knowledge()));
    expect(sections(blocks)[0]!.text.text).toMatch(/^```[\s\S]*CSTR 2023\/24[\s\S]*```$/);
    expect(actionsOf(blocks)).toEqual([]);
  });
});

describe('long text within Slack limits', () => {
  it('splits a 60-document sources list into fenced sections, each within 3,000 characters', () => {
    const lines = Array.from({ length: 60 }, (_, i) => `${String(i + 1).padStart(2)}. Police & Crime Panel report number ${i + 1} on <reducing harm> (GMCA, 2024-07)`);
    const { blocks } = renderSlack(answerOf({ intent: 'help', headline: ['Documents:', ...lines].join('\n') }));
    const parts = sections(blocks);
    expect(parts.length).toBeGreaterThan(1);
    for (const s of parts) {
      expect(s.text.text.length).toBeLessThanOrEqual(3000);
      expect(s.text.text).toMatch(/^```[\s\S]*```$/);
      expect(s.text.text).not.toMatch(/&(?![a-z]+;)/); // no escape cut in two
    }
    // Every line arrives, once, in order.
    const shown = parts.map((s) => s.text.text.slice(3, -3)).join('\n').split('\n');
    expect(shown).toEqual(['Documents:', ...lines].map(escapeMrkdwn));
  });

  it('cuts the notification text at a word, and names the newest of the passages shown', () => {
    const long = `${'word '.repeat(100)}end`;
    const shown = [passage(long, { docDate: '2019-11-01', title: 'Old' }), passage('b', { docDate: '2022-08-01', title: 'Middle' }), passage('c', { docDate: '2018-03-01' })];
    const hidden = passage('d', { docDate: '2024-07-01', title: 'Newest, not shown' });
    const { text, blocks } = renderSlack(answerOf({ passages: [...shown, hidden] }));
    expect(text).toMatch(/^(?:word )+…/);
    expect(text).not.toMatch(/\bwor …/);
    const contexts = blocks.filter((b): b is Context => b.type === 'context').map((c) => c.elements[0]!.text);
    expect(contexts.some((t) => t.includes('Newest document quoted: _Middle_'))).toBe(true);
  });
});

describe('a citation of a document with a url', () => {
  it('links its title to the document, the address and title escaped', () => {
    const url = 'https://example.org/report?year=2024&part=2';
    const answer = answerOf({ passages: [passage('Plain words.', { title: 'Progress | Year <3>', url })] });
    const contexts = renderSlack(answer).blocks.filter((b): b is Context => b.type === 'context').map((c) => c.elements[0]!.text);
    expect(contexts[0]).toBe('_<https://example.org/report?year=2024&amp;part=2|Progress ¦ Year &lt;3&gt;>_ · GMCA, Jul 2024 · Summary');
  });

  it('is plain text when the document has none', () => {
    const contexts = renderSlack(answerOf({ passages: [passage('Plain words.')] })).blocks.filter((b): b is Context => b.type === 'context');
    expect(contexts[0]!.elements[0]!.text).toBe('_A Progress Report_ · GMCA, Jul 2024 · Summary');
  });
});
