import MiniSearch from 'minisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acronymTable } from '../../knowledge/language/acronyms.js';
import { searchableText } from '../../knowledge/documents/glued-words.js';
import { acronymExpander, BOOST, PassageIndex } from '../../knowledge/search/search-index.js';
import { terms } from '../../knowledge/language/tokens.js';
import type { Store } from '../../knowledge/store/store.js';
import { HitCombiner } from '../../knowledge/search/term-hits.js';
import { concepts } from '../../knowledge/search/concepts.js';
import { realKnowledge } from '../helpers/knowledge.js';

/** Questions of every shape: figures, quotes, acronyms, periods, long and short. */
const QUESTIONS = [
  'CSTR 2023/24',
  'how many people did the custody health and diversion service see a year?',
  'what fraction of reported rapes now end in a charge, and is that better than the national picture?',
  "quote women's centres",
  'what is MATAC',
  'youth reoffending rate 2019',
  'Challenger disruptions of organised crime groups',
  'domestic abuse',
];

let store: Store;
let index: PassageIndex;
let reloaded: PassageIndex;
let reordered: PassageIndex;
let reference: MiniSearch;

beforeAll(async () => {
  ({ store } = await realKnowledge());
  const passages = await store.passages();
  const acronyms = acronymTable(await store.acronyms());
  index = PassageIndex.build(passages, acronyms);
  const ids = passages.map((p) => p.id);
  // As a restart loads it, over the same passages, and over a corpus listing them in another order.
  reloaded = PassageIndex.load(index.save(), ids)!;
  reordered = PassageIndex.load(index.save(), [...ids].reverse())!;
  // minisearch itself over the same fields: the ranking to agree with.
  const expand = acronymExpander(acronyms);
  reference = new MiniSearch({
    fields: ['text', 'section', 'expansions'],
    tokenize: (text: string) => terms(text),
    processTerm: (term: string) => term,
    searchOptions: { tokenize: (text: string) => text.split(' '), processTerm: (term: string) => term },
  });
  reference.addAll(
    passages.map((p) => {
      const text = searchableText(p.text);
      return { id: p.id, text, section: p.section.join(' '), expansions: expand(terms(text)).join(' ') };
    }),
  );
});
afterAll(() => store.close());

describe('the passage index', () => {
  it("ranks exactly as minisearch's own OR query, question after question, stand-in terms at half weight", () => {
    for (let round = 0; round < 2; round++) {
      for (const question of QUESTIONS) {
        const weights = new Map<string, number>();
        for (const c of concepts(question)) {
          for (const t of c.own) weights.set(t, 1);
          for (const t of c.alternatives) if (!weights.has(t)) weights.set(t, 0.5);
        }
        const asked = [...weights.keys()];
        const theirs = reference.search(asked.join(' '), { boost: BOOST, combineWith: 'OR', boostTerm: (t) => weights.get(t) ?? 1 }).slice(0, 60);
        for (const ours of [index.search(asked, weights, 60), reloaded.search(asked, weights, 60)]) {
          expect(ours.length, question).toBeGreaterThan(0);
          expect(ours.map((h) => h.id), question).toEqual(theirs.map((r) => r.id));
          ours.forEach((h, i) => {
            expect(h.score).toBeCloseTo(theirs[i]!.score, 9);
            expect([...h.matched].sort()).toEqual(Object.keys(theirs[i]!.match).sort());
          });
        }
        // Ties aside (kept in the corpus's order), the same passages with the same scores.
        const other = reordered.search(asked, weights, 60);
        expect(other.map((h) => h.score)).toEqual(index.search(asked, weights, 60).map((h) => h.score));
      }
    }
  });
});

describe('combining term hits', () => {
  const hits = (pairs: [number, number][]) => ({ ords: Int32Array.from(pairs.map((p) => p[0])), scores: Float64Array.from(pairs.map((p) => p[1])) });

  it('sums weighted scores, multiplies by the terms matched, keeps the best first, ties in passage order', () => {
    const combiner = new HitCombiner(10);
    const top = combiner.top(
      [
        { hits: hits([[1, 2], [4, 1], [7, 3]]), weight: 1 },
        { hits: hits([[4, 2], [9, 3]]), weight: 0.5 },
      ],
      3,
    );
    // 4: (1 + 0.5×2) × 2 = 4;  7: 3 × 1 = 3;  1: 2;  9: 1.5
    expect(top).toEqual([
      { ord: 4, score: 4 },
      { ord: 7, score: 3 },
      { ord: 1, score: 2 },
    ]);
    expect(combiner.top([{ hits: hits([[3, 1], [2, 1], [8, 1]]), weight: 1 }], 5).map((h) => h.ord)).toEqual([2, 3, 8]);
  });

  it('starts every question afresh', () => {
    const combiner = new HitCombiner(5);
    combiner.top([{ hits: hits([[0, 10], [1, 10]]), weight: 1 }], 5);
    expect(combiner.top([{ hits: hits([[1, 1]]), weight: 1 }], 5)).toEqual([{ ord: 1, score: 1 }]);
  });
});
