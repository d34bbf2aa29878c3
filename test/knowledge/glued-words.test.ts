import { describe, expect, it } from 'vitest';
import { mendGluedWords } from '../../knowledge/glued-words.js';

describe('glued words', () => {
  it('restores the hyphen a line break took from a compound', () => {
    expect(mendGluedWords('our placebased multi-agency teams')).toBe('our place-based multi-agency teams');
    expect(mendGluedWords('the use of shortterm custodial sentences')).toBe('the use of short-term custodial sentences');
    expect(mendGluedWords('cooccurring needs')).toBe('co-occurring needs');
  });

  it('leaves real words, names and web addresses alone', () => {
    const text = 'undertaking aftercare with TravelSafe, see greatermanchester-ca.gov.uk';
    expect(mendGluedWords(text)).toBe(text);
  });

  it('puts back the space lost after a full stop', () => {
    expect(mendGluedWords('will be completed in 2020.Commitment 2')).toBe('will be completed in 2020. Commitment 2');
  });
});
