import { describe, expect, it } from 'vitest';
import { sentences } from '../../knowledge/language/sentences.js';

describe('sentences', () => {
  it('end at a full stop with a footnote mark run on, each pointing at its own text', () => {
    const text = 'Rapes are at their highest ever level.3 Home Office data show 1.3% were charged.4 Recent figures show 1,557 cases.';
    const found = sentences(text);
    expect(found.map((s) => s.text)).toEqual(['Rapes are at their highest ever level.3', 'Home Office data show 1.3% were charged.4', 'Recent figures show 1,557 cases.']);
    for (const s of found) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('end where a headline ran into the text under it, its full stop lost before "This is"', () => {
    expect(sentences('5,283 FTE band 4 probation officers in post This is an increase of 334 FTE since 2023.').map((x) => x.text)).toEqual([
      '5,283 FTE band 4 probation officers in post',
      'This is an increase of 334 FTE since 2023.',
    ]);
    // Not after a full stop, a comma or a capitalised word: those are sentences as written.
    expect(sentences('After the review, This is Us was launched. The charity Victim Support This is Me ran.').length).toBe(2);
  });

  it('keep decimals, section numbers and abbreviations inside their sentence', () => {
    expect(sentences('In section 2.1 The rule stands. Approx. 25,000 people (n=1032). GM was 29.6%.').map((s) => s.text)).toEqual([
      'In section 2.1 The rule stands.',
      'Approx. 25,000 people (n=1032).',
      'GM was 29.6%.',
    ]);
  });

  it('end at a full stop before a number that opens the next sentence', () => {
    expect(sentences('INQUEST opened 436 new cases in 2015, an increase of 9%. 241 were new custody cases. Prisons held 2,000. 15 died.').map((s) => s.text)).toEqual([
      'INQUEST opened 436 new cases in 2015, an increase of 9%.',
      '241 were new custody cases.',
      'Prisons held 2,000. 15 died.',
    ]);
    expect(sentences('There were approx. 25,000 people.').length).toBe(1);
  });
});
