import { describe, expect, it } from 'vitest';
import { mendSentenceBreaks, searchableText } from '../../knowledge/documents/glued-words.js';
import { buildPassages } from '../../knowledge/documents/passages.js';
import { PassageIndex } from '../../knowledge/search/search-index.js';
import { terms } from '../../knowledge/language/tokens.js';

describe('glued words', () => {
  it('are searched in parts: the hyphen a line break took from a compound is restored for search', () => {
    expect(searchableText('our placebased multi-agency teams')).toBe('our place-based multi-agency teams');
    expect(searchableText('the use of shortterm custodial sentences')).toBe('the use of short-term custodial sentences');
    expect(searchableText('cooccurring needs')).toBe('co-occurring needs');
  });

  it('leave real words, names and web addresses alone', () => {
    const text = 'undertaking aftercare with TravelSafe, see greatermanchester-ca.gov.uk';
    expect(searchableText(text)).toBe(text);
  });

  it('are quoted as the document prints them, and still found by their parts', () => {
    const passages = buildPassages('d', '2024-01-01', [
      { text: 'Approximately 1,000 have standalone orders and placebased teams.', start: 0, end: 60, section: ['Unpaid work'] },
      { text: 'Teams and orders.', start: 61, end: 100, section: ['Courts'] },
    ]);
    expect(passages[0]!.text).toBe('Approximately 1,000 have standalone orders and placebased teams.');
    const index = PassageIndex.build(passages, new Map());
    for (const [question, part] of [['place-based teams', 'place'], ['stand-alone orders', 'alone']] as const) {
      const [best] = index.search(terms(question));
      expect(best?.id, question).toBe(passages[0]!.id);
      expect([...best!.matched], question).toContain(terms(part)[0]);
    }
  });

  it('puts back the space lost after a full stop', () => {
    expect(mendSentenceBreaks('will be completed in 2020.Commitment 2')).toBe('will be completed in 2020. Commitment 2');
  });
});
