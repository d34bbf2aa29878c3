import { describe, expect, it } from 'vitest';
import type { Answer } from '../../bot/answer.js';
import { handle } from '../../bot/handle.js';
import { helpText } from '../../bot/commands.js';
import { useRealKnowledge } from '../helpers/knowledge.js';

const knowledge = useRealKnowledge();

/** Every answer, however odd the question, is a whole Answer a renderer can show. */
function expectWholeAnswer(answer: Answer, question: string) {
  expect(answer.query).toBe(question);
  expect(['answered', 'no_answer', 'other_period']).toContain(answer.status);
  expect(answer.headline.trim()).not.toBe('');
  expect(Array.isArray(answer.passages)).toBe(true);
  expect(Array.isArray(answer.figures)).toBe(true);
  expect(Array.isArray(answer.notes)).toBe(true);
  expect(() => JSON.stringify(answer)).not.toThrow();
}

describe('handle() on awkward input', () => {
  it('asks for words when the question is empty', async () => {
    for (const q of ['', '   ', '\t\n']) {
      const answer = await handle(q, knowledge());
      expectWholeAnswer(answer, q);
      expect(answer.status).toBe('no_answer');
      expect(answer.passages).toEqual([]);
      expect(answer.headline).toMatch(/empty/i);
      expect(answer.headline).toContain('CSTR 2023/24');
    }
  });

  it('says a question of only punctuation has no words in it', async () => {
    const answer = await handle('?!...', knowledge());
    expectWholeAnswer(answer, '?!...');
    expect(answer.status).toBe('no_answer');
    expect(answer.passages).toEqual([]);
    expect(answer.headline).toMatch(/no words or numbers/i);
  });

  it('shortens a 10,000-character question and says so', async () => {
    const long = 'youth reoffending rate '.repeat(500).slice(0, 10_000);
    expect(long).toHaveLength(10_000);
    const answer = await handle(long, knowledge());
    expectWholeAnswer(answer, long);
    expect(answer.notes.join(' ')).toMatch(/long.*first \d+ characters/);
    expect(answer.status).toBe('answered');
    expect(answer.passages[0]?.text).toContain('29.6%');
  });

  it('shortens a 10,000-character question with no spaces without failing', async () => {
    const answer = await handle('x'.repeat(10_000), knowledge());
    expectWholeAnswer(answer, 'x'.repeat(10_000));
    expect(answer.notes.join(' ')).toMatch(/first \d+ characters/);
  });

  it('ignores control characters in a question', async () => {
    const q = 'CSTR\u0000 2023/24\u0007';
    const answer = await handle(q, knowledge());
    expectWholeAnswer(answer, q);
    expect(answer.status).toBe('answered');
    expect(answer.passages[0]?.text).toContain('1362 CSTRs were ordered');
    expect(answer).toEqual({ ...(await handle('CSTR 2023/24', knowledge())), query: q });
  });

  it('shows what the bot can do for "help", whatever its case', async () => {
    for (const q of ['help', 'HELP', ' help ']) {
      const answer = await handle(q, knowledge());
      expectWholeAnswer(answer, q);
      expect(answer.intent).toBe('help');
      expect(answer.headline).toBe(helpText(knowledge()));
      expect(answer.passages).toEqual([]);
    }
  });
});
