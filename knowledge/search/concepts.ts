import { findPeriods } from '../language/periods.js';
import { cachedTerms, periodTerms, words } from '../language/tokens.js';
import { isPhrasalVerb } from '../language/wordnet.js';
import { LONGEST_PHRASE, standInHeld, type WordAlternative, type WordAlternatives } from './words/word-alternatives.js';
import type { Period } from '../types.js';

/** One idea in a question: the words that said it, and every term that can stand for it. */
export interface Concept {
  /** The question's words that formed this concept, as typed (lower case). */
  words: string[];
  /** Terms of the question that formed this concept. */
  own: string[];
  /** Terms meaning the same that a passage may hold instead (WordNet, the glossary), besides `own`. */
  alternatives: string[];
  /** Terms for something broader ("firm" → business): weaker stand-ins. */
  broader: string[];
  /** Terms for its opposite ("men" → female): a figure about those is about something else. */
  opposite?: string[];
  /** True for a period ("2023/24" → fy2023): matched by period logic, not as a topic word. */
  period?: boolean;
  /**
   * True for words that set the answer against another time or place ("compared with", "the
   * same quarter a year earlier", "up or down"): they find passages stating a change, but say
   * nothing of what changed.
   */
  frame?: boolean;
  /** True for a name the question spells out that the documents write as its initials: as specific as its rarest form. */
  name?: boolean;
}

/** Whether any of the terms is in the set. */
export function anyIn(terms: string[], set: ReadonlySet<string>): boolean {
  for (const t of terms) if (set.has(t)) return true;
  return false;
}

/** Whether any of the concept's terms, its own or a stand-in of the same meaning, is in `words` (a stand-in of several words, all of them). */
export function conceptIn(c: Concept, words: ReadonlySet<string>): boolean {
  const has = (t: string) => words.has(t);
  return anyIn(c.own, words) || c.alternatives.some((t) => standInHeld(t, has));
}

const lower = (text: string) => words(text).map((w) => w.text.toLowerCase().replace(/’/g, "'"));

/**
 * Groups a question into concepts: a phrase the word knowledge holds ("lie detector", "locked
 * up") is one concept, longest phrase first; every other word with a search term is its own,
 * and so is every period.
 * `readings` gives the terms that words of the question stand for besides their own (shorthand,
 * other forms of the word: see question.ts); `spelled`, names the question spells out that the
 * documents write as initials ("Community Protection Notices" → cpn): each is one concept.
 * @example
 * concepts('lie detector tests', alternatives) // → [{own:['lie','detector'], alternatives:['polygraph']}, {own:['test'], …}]
 */
export function concepts(
  question: string,
  alternatives?: WordAlternatives,
  periods: Period[] = findPeriods(question),
  readings: Map<string, string[]> = new Map(),
  spelled: { name: string; initials: string }[] = [],
): Concept[] {
  const names = spelled.map((n) => ({ words: lower(n.name), term: cachedTerms(n.initials)[0] })).filter((n) => n.term !== undefined);
  // Period words are one concept each (their token), not words of their own.
  let rest = question;
  for (const p of periods) rest = rest.replace(p.label, ' ');
  const tokens = lower(rest);
  const out: Concept[] = [];
  for (let i = 0; i < tokens.length; ) {
    const name = names.find((n) => n.words.every((w, k) => tokens[i + k] === w));
    if (name) {
      out.push({ words: name.words, own: name.words.flatMap((w) => cachedTerms(w)), alternatives: [name.term!], broader: [], name: true });
      i += name.words.length;
      continue;
    }
    const phrase = alternatives && phraseAt(tokens, i, alternatives);
    if (phrase) {
      out.push(phrase.concept);
      i += phrase.length;
      continue;
    }
    // One word's terms, as passages' are, remembered: questions repeat their words.
    let own = cachedTerms(tokens[i]!);
    // A possessive is looked up as its noun: "Scotland's" is said as Scottish too.
    const word = tokens[i]!.replace(POSSESSIVE, '');
    // A plural the stemmer does not take back to its noun is that noun too ("knives", "children");
    // a verb's irregular form stands for the verb less surely ("grew up" is not "grow").
    const found = own.length > 0 ? alternatives?.lemmaTermOf(word) : undefined;
    const next = tokens[i + 1];
    const lemma = found && !found.plural && next !== undefined && isPhrasalVerb(found.lemma, next) ? undefined : found;
    if (lemma?.plural && !own.includes(lemma.term)) own = [...own, lemma.term];
    if (own.length > 0) {
      const alt = alternatives && (alternatives.of([word]) ?? hyphenated(word, alternatives));
      // Shorthand or another form of the word stands for what the documents write ("NW" →
      // north, west; "burglars" → burglary).
      const read = [...(readings.get(tokens[i]!) ?? readings.get(word) ?? []), ...(lemma && !lemma.plural ? [lemma.term] : [])];
      const same = read.length > 0 ? [...new Set([...(alt?.same ?? []), ...read])] : (alt?.same ?? []);
      out.push({ words: [tokens[i]!], own, alternatives: same, broader: alt?.broader ?? [], ...(alt?.opposite ? { opposite: alt.opposite } : {}) });
    }
    i++;
  }
  for (const t of new Set(periodTerms(periods))) out.push({ words: [t], own: [t], alternatives: [], broader: [], period: true });
  // The same words twice in a question are one idea.
  const seen = new Set<string>();
  return out.filter((c) => {
    const key = [...c.own, '|', ...c.alternatives].join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The possessive ending of a word: "Scotland's", "the force’s", "victims'". */
const POSSESSIVE = /['’]s$|(?<=s)['’]$/;

/** A hyphenated word the word knowledge lacks, as it writes it: joined ("grown-up" → grownup) or as a phrase. */
function hyphenated(word: string, alternatives: WordAlternatives): WordAlternative | undefined {
  if (!word.includes('-')) return undefined;
  return alternatives.of([word.replace(/-/g, '')]) ?? alternatives.of(word.split('-').filter(Boolean));
}

/** The longest phrase of two words or more starting at `tokens[i]` that the word knowledge holds. */
function phraseAt(tokens: string[], i: number, alternatives: WordAlternatives): { concept: Concept; length: number } | undefined {
  if (!alternatives.startsPhrase(tokens[i]!)) return undefined;
  for (let n = Math.min(LONGEST_PHRASE, tokens.length - i); n >= 2; n--) {
    const slice = tokens.slice(i, i + n);
    // A phrase of words too common to search ("get out") has a row only where the glossary
    // reads it as a whole (as release); WordNet's ("at all") are not kept.
    const alt = alternatives.of(slice);
    if (!alt || alt.same.length + alt.broader.length === 0) continue;
    const own = slice.flatMap((w) => cachedTerms(w));
    return { concept: { words: slice, own, alternatives: alt.same, broader: alt.broader, ...(alt.opposite ? { opposite: alt.opposite } : {}) }, length: n };
  }
  return undefined;
}
