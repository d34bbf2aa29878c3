import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useRealKnowledge } from '../helpers/knowledge.js';

const knowledge = useRealKnowledge();

describe('answers over the shipped documents', () => {
  it('answers "CSTR 2023/24" with the 2024 report\'s figure first', async () => {
    const answer = await handle('CSTR 2023/24', knowledge());
    expect(answer.status).toBe('answered');
    const top = answer.passages[0]!;
    expect(top.text).toContain('1362 CSTRs were ordered');
    expect(top.docId.startsWith('002_')).toBe(true);
    expect(top.periods).toContain('2023/24');
    expect(answer.headline).toBe('1,362 CSTRs ordered in Greater Manchester in 2023/24, up 32% on 2022/23 (1,032)');
    expect(answer.figures[0]).toMatchObject({ value: '1362', period: '2023/24', previous: { period: '2022/23', value: '1032', change: '+32%' } });
    expect(answer.figures[0]!.title).toBe(top.title);
  });

  it('says so when the asked period is not one the documents hold', async () => {
    const answer = await handle('how many CSTRs were ordered in 2024/25?', knowledge());
    expect(['other_period', 'no_answer']).toContain(answer.status);
    if (answer.status === 'other_period') {
      expect(answer.notes.join(' ')).toContain('2024/25');
    }
  });

  it.each(["what's the average time to answer a 999 call?", 'police precept increase 2024/25'])(
    'declines an off-topic question: %s',
    async (question) => {
      const answer = await handle(question, knowledge());
      expect(answer.status).toBe('no_answer');
      expect(answer.passages).toEqual([]);
      expect(answer.headline).toMatch(/don't cover/);
    },
  );

  it('finds a passage written with an acronym when asked in words', async () => {
    const answer = await handle('organised crime groups archived 2018/19', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.passages[0]?.text).toContain('73 OCGs were archived');
  });

  it('reads "rise" and "rose" as the documents\' "increased", but not "grew up" as growth', async () => {
    for (const question of ['how much did arrest rates rise?', 'arrest rates rose by how much']) {
      const answer = await handle(question, knowledge());
      expect(answer.passages[0]?.text, question).toContain('Arrest rates have increased by 7.9%');
      expect(answer.figures[0]?.value, question).toBe('7.9%');
    }
    const reading = knowledge().question('prisoners who grew up in care');
    expect(reading.concepts.flatMap((c) => c.alternatives)).not.toContain('increas');
  });

  it('finds a passage written with an acronym when asked with its long form', async () => {
    const answer = await handle('Community Sentence Treatment Requirements ordered 2023/24', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.passages[0]?.text).toContain('1362 CSTRs were ordered');
    expect(answer.passages[0]?.text).not.toContain('Community Sentence Treatment Requirements');
  });

  it('knows the long form of CSTR from the documents', async () => {
    expect(knowledge().acronyms.get('CSTR')?.long).toBe('Community Sentence Treatment Requirements');
    expect(knowledge().acronyms.get('OCG')?.long.toLowerCase()).toBe('organised crime groups');
  });

  it('stores a summary bullet that 002 repeats in its table once, with both places', async () => {
    const inTwoPlaces = (await knowledge.store().passages()).filter((p) => p.docId.startsWith('002_') && p.locations.length >= 2);
    expect(inTwoPlaces.length).toBeGreaterThan(0);
    const arrests = inTwoPlaces.find((p) => p.text.startsWith('Arrest rates have increased by 7.9%'));
    expect(arrests).toBeDefined();
    const sections = arrests!.locations.map((l) => l.section.join(' › '));
    expect(sections).toContain('Executive Summary');
    expect(new Set(sections).size).toBeGreaterThanOrEqual(2);
    const same = (await knowledge.store().passages()).filter((p) => p.docId === arrests!.docId && p.text === arrests!.text);
    expect(same).toHaveLength(1);

    // A person asking sees the bullet once, not once per place it stands.
    const texts = (await handle('arrest rates increased', knowledge())).passages.map((p) => p.text);
    expect(texts.filter((t) => t === arrests!.text)).toHaveLength(1);
  });

  it('cites every answered passage with title, publisher, date and section', async () => {
    const questions = ['CSTR 2023/24', 'youth reoffending rate', 'Challenger disruptions', "quote women's centres", 'rape charge rate', 'organised crime groups archived 2018/19'];
    for (const question of questions) {
      const answer = await handle(question, knowledge());
      expect(answer.status, question).not.toBe('no_answer');
      expect(answer.passages.length, question).toBeGreaterThan(0);
      for (const p of answer.passages) {
        expect(p.title.trim(), question).not.toBe('');
        expect(p.title, question).not.toBe(p.docId);
        expect(p.publisher.trim(), question).not.toBe('');
        expect(p.docDate, question).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(p.section.trim(), question).not.toBe('');
      }
    }
  });
});

describe('how much an idea of the question counts', () => {
  it('weighs a word the documents never use by the phrase they write for it, as rare as its rarest word', () => {
    const kb = knowledge();
    // WordNet's "organized crime" for "gangland" is written "organised crime" in the documents.
    const [gangland] = kb.question('gangland groups').concepts;
    expect(gangland!.alternatives.some((t) => t.includes('organis'))).toBe(true);
    const parts = ['organised', 'crime'].map((w) => kb.conceptWeightOf(kb.question(w).concepts[0]!));
    expect(kb.conceptWeightOf(gangland!)).toBeCloseTo(Math.max(...parts));
  });
});
