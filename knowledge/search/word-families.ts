import { termOf } from '../language/tokens.js';
import { baseForms } from '../language/wordnet.js';

/** The fewest letters two words of one family share from their start ("unemploy", "burglar"). */
const FAMILY_STEM = 6;
/** And the most letters either may have beyond that shared start. */
const FAMILY_ENDING = 4;

/**
 * Words the documents use, grouped so that another form of the same word is found where the
 * stemmer parts them: "unemployed" and "unemployment", "burglars" and "burglary", "robbers" and
 * "robbery" share a long start and differ only in their endings; "knives" inflects "knife".
 */
export class WordFamilies {
  private readonly byStart = new Map<string, [string, string][]>();
  /** The terms of the documents' inflected words, by the base each inflects: "knife" → knive (of "knives"). */
  private readonly byBase = new Map<string, Set<string>>();

  /** `spellings`: the documents' words and their terms. */
  constructor(spellings: Iterable<[string, string]>) {
    for (const s of spellings) {
      for (const base of baseForms(s[0])) {
        const terms = this.byBase.get(base);
        if (terms) terms.add(s[1]);
        else this.byBase.set(base, new Set([s[1]]));
      }
      if (s[0].length < FAMILY_STEM) continue;
      const start = s[0].slice(0, FAMILY_STEM);
      const list = this.byStart.get(start);
      if (list) list.push(s);
      else this.byStart.set(start, [s]);
    }
  }

  /** The terms of the documents' words in `word`'s family (not its own term). */
  of(word: string): string[] {
    const w = word.toLowerCase();
    const own = termOf(w);
    // An inflection the stemmer parts from its base ("knives" → knive, not knife).
    const out = new Set<string>([...(this.byBase.get(w) ?? [])].filter((t) => t !== own));
    for (const [other, term] of this.byStart.get(w.slice(0, FAMILY_STEM)) ?? []) {
      if (term === own) continue;
      let shared = 0;
      while (shared < w.length && w[shared] === other[shared]) shared++;
      if (w.length - shared <= FAMILY_ENDING && other.length - shared <= FAMILY_ENDING && shared >= Math.min(w.length, other.length) - 2) out.add(term);
    }
    return [...out];
  }
}
