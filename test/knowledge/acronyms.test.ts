import { describe, expect, it } from 'vitest';
import { acronymTable, findAcronyms } from '../../knowledge/language/acronyms.js';
import { acronymExpander } from '../../knowledge/search/search-index.js';
import { terms } from '../../knowledge/language/tokens.js';

describe('acronyms', () => {
  it('learns a long form followed by its acronym in brackets, plural or not', () => {
    const found = findAcronyms('the number of Community Sentence Treatment Requirements (CSTRs) under which', 'd');
    expect(found).toMatchObject([{ short: 'CSTR', long: 'Community Sentence Treatment Requirements' }]);
  });

  it('skips minor words and a generic noun before the bracket', () => {
    const found = findAcronyms('18 are voluntary, community and social enterprise organisations (VCSE)', 'd');
    expect(found[0]).toMatchObject({ short: 'VCSE', long: 'voluntary, community and social enterprise' });
  });

  it('learns an acronym followed by its long form', () => {
    expect(findAcronyms('delivery of Intensive Community Orders (ICO) via both', 'd')[0]?.long).toBe('Intensive Community Orders');
    expect(findAcronyms('DAPO – Domestic Abuse Protection Order pilot', 'd')[0]?.long).toBe('Domestic Abuse Protection Order');
  });

  it('does not take counts or names in brackets for acronyms', () => {
    expect(findAcronyms('compared with 2022/23 (n=1032) and a new provider (Catch22)', 'd')).toEqual([]);
  });

  it('keeps the long form given most often', () => {
    const table = acronymTable([
      { short: 'GM', long: 'Greater Manchester', docId: 'a', context: '' },
      { short: 'GM', long: 'Greater Manchester', docId: 'b', context: '' },
      { short: 'GM', long: 'General Medicine', docId: 'c', context: '' },
    ]);
    expect(table.get('GM')?.long).toBe('Greater Manchester');
  });
});

describe('a passage that spells an acronym out', () => {
  const expand = acronymExpander(acronymTable(findAcronyms('They support Employment, Training and Education (ETE) needs.', 'doc')));

  it('is found by the acronym whatever order it names the long form\'s words in', () => {
    const found = (text: string) => expand(terms(text)).map((t) => t.toLowerCase());
    expect(found('Work with all education, training and employment providers.')).toContain('ete');
    expect(found('Support into employment, training and education.')).toContain('ete');
  });

  it('is not found by it when only some of those words stand together', () => {
    expect(expand(terms('Training for employment is offered; education is separate.'))).not.toContain('ETE');
  });
});
