import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { citationLine } from '../../bot/responders/quote-answer.js';
import { sourceForQuotes, wordsOnly } from '../../knowledge/documents/quotes.js';
import { sentences } from '../../knowledge/language/sentences.js';
import { shippedData, useRealKnowledge } from '../helpers/knowledge.js';

const knowledge = useRealKnowledge();

describe('quotes', () => {
  it('offers only sentences that are faithful spans of their source file, across the whole corpus', async () => {
    const kb = knowledge();
    const sources = new Map<string, string>();
    let offered = 0;
    for (const p of await knowledge.store().passages()) {
      const doc = kb.documents.get(p.docId)!;
      if (!sources.has(doc.id)) sources.set(doc.id, sourceForQuotes(readFileSync(path.join(shippedData, 'documents', doc.file), 'utf8')));
      for (const [start, end] of p.quotable ?? []) {
        offered++;
        const sentence = p.text.slice(start, end);
        expect(sources.get(doc.id)!.includes(wordsOnly(sentence)), sentence).toBe(true);
        expect(sentence).toBe(sentence.trim());
      }
    }
    expect(offered).toBeGreaterThan(500);
  });

  it('answers "quote …" with up to three verbatim sentences, each with a citation line to paste', async () => {
    const answer = await handle("quote women's centres", knowledge());
    expect(answer.quotes!.length).toBeGreaterThan(0);
    expect(answer.quotes!.length).toBeLessThanOrEqual(3);
    for (const q of answer.quotes!) {
      expect(q.citation).toBe(citationLine(q.text, q));
      expect(q.citation).toMatch(/^“.+” — .+ \((GMCA|HMPPS), [A-Z][a-z]+ \d{4}\)/);
    }
    expect(answer.quotes!.some((q) => /women.s centre/i.test(q.text))).toBe(true);
  });

  it('keeps a line-wrapped sentence whole, with the wrapping whitespace only', async () => {
    const answer = await handle('quote on courts losing faith in drug and alcohol treatment orders', knowledge());
    expect(answer.quotes!.map((q) => q.text)).toContain('This decline has been accompanied by a fall in judicial confidence in such court orders.');
  });

  it('writes the citation line as "…" — title (publisher, month year), section', async () => {
    expect(citationLine('Rates rose.', { title: 'Plan', publisher: 'GMCA', docDate: '2024-07-01', section: 'Summary' })).toBe('“Rates rose.” — Plan (GMCA, July 2024), Summary');
  });

  it('quotes words already in quotation marks once, and leaves out empty brackets when publisher and date are unknown', () => {
    expect(citationLine('“I was pleased to find the rate is high.', { title: 'Release', publisher: '', docDate: '', section: '' })).toBe('“I was pleased to find the rate is high.” — Release');
    expect(citationLine('“Rates rose.”', { title: 'Plan', publisher: 'GMCA', docDate: '', section: '' })).toBe('“Rates rose.” — Plan (GMCA)');
  });
});

describe('sentence boundaries on the corpus’ hard cases', () => {
  it.each([
    ['The service works with approx. 25,000 offenders per annum. An evaluation follows.', ['The service works with approx. 25,000 offenders per annum.', 'An evaluation follows.']],
    ['an increase of 32% compared with 2022/23 (n=1032). Of these, 581 were ATRs.', ['an increase of 32% compared with 2022/23 (n=1032).', 'Of these, 581 were ATRs.']],
    ['Interventions e.g. restorative justice work. They help.', ['Interventions e.g. restorative justice work.', 'They help.']],
  ])('%j', (text, expected) => {
    expect(sentences(text).map((s) => s.text)).toEqual(expected);
  });
});

describe('acronyms and commands', () => {
  it('says what an acronym stands for and where the documents define it', async () => {
    const answer = await handle('what is CSTR', knowledge());
    expect(answer.lead).toMatch(/^CSTR stands for Community Sentence Treatment Requirements \(as .+ defines it\)\.$/);
    expect((await handle('GMIRS?', knowledge())).lead).toContain('Greater Manchester Integrated Rehabilitative Services');
  });

  it('says so for an acronym the documents never use', async () => {
    const answer = await handle('what does XYZQ stand for', knowledge());
    expect(answer.status).toBe('no_answer');
    expect(answer.headline).toContain('XYZQ');
  });

  it('asks "did you mean" for a mistyped command', async () => {
    expect((await handle("qoute women's centres", knowledge())).headline).toMatch(/^Did you mean "quote women's centres"\?/);
    expect((await handle('digets', knowledge())).headline).toMatch(/^Did you mean "digest"\?/);
  });

  it('lists the sources newest first and marks the stale ones', async () => {
    const lines = (await handle('sources', knowledge())).headline.split('\n').slice(1);
    expect(lines[0]).toMatch(/^2024-07 /);
    expect(lines.filter((l) => l.includes('stale'))).toHaveLength(2);
  });
});
