import { termOf } from '../../language/tokens.js';
import { baseForms } from '../../language/wordnet.js';

/** The fewest letters two words of one family share from their start ("unemploy", "burglar"). */
const FAMILY_STEM = 6;
/** The fewest letters the root two forms share before their endings may have ("young|ster", "young|s"). */
const SHORTEST_ROOT = 4;
/** And the most letters either may have beyond that shared start. */
const FAMILY_ENDING = 4;

/**
 * Endings English builds other forms of a word with: inflections ("-s", "-ed", "-ing") and
 * suffixes ("-ment", "-ry", "-ship"). Two words that only begin alike ("forest", "forestall";
 * "though", "thought") differ by something else.
 */
const ENDINGS = new Set(
  `s es ed d ing er ers or ors r ry ries y ies ment ments ion ions ive ives ity ities al als ally ness ly ship ships e
  ise ize ised ized ises izes ising izing ation ations ance ances ence ences ant ants ent ents ary ist ists ism ful ous ic ics ical ure ee ees age ster sters`
    .split(/\s+/)
    .filter(Boolean),
);
ENDINGS.add('');

/**
 * Whether two words sharing their first `shared` letters part at some point (after
 * {@link SHORTEST_ROOT} letters) into endings English forms words with ("member|s", "member|ship", "young|ster"), or by
 * British and American spelling ("behaviour", "behavior").
 */
function endingsPart(a: string, b: string, shared: number): boolean {
  if (/our$/.test(a) ? b === a.replace(/our$/, 'or') : /our$/.test(b) && a === b.replace(/our$/, 'or')) return true;
  for (let k = SHORTEST_ROOT; k <= shared; k++) if (ENDINGS.has(a.slice(k)) && ENDINGS.has(b.slice(k))) return true;
  return false;
}

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
      if (w.length - shared <= FAMILY_ENDING && other.length - shared <= FAMILY_ENDING && shared >= Math.min(w.length, other.length) - 2 && endingsPart(w, other, shared)) out.add(term);
    }
    return [...out];
  }
}
