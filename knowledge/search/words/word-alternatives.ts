import { distance } from 'fastest-levenshtein';
import type { TermStats } from '../term-stats.js';
import { termOf, words } from '../../language/tokens.js';
import { SortedLines } from '../../language/sorted-lines.js';
import { WordFamilies } from './word-families.js';
import { isEnglish } from '../../language/word-rarity.js';
import { baseForms, inflectionsOf } from '../../language/wordnet.js';

/**
 * What a question's words may be matched by besides themselves, for one corpus (built by
 * alternatives-build.ts when a generation's knowledge is first loaded, and saved with it): the
 * table's saved form, and looking words up in it, their inflections, shorthand and typos
 * included, without reading WordNet.
 */

/** The fewest letters a clipped word keeps ("org", "qual"): fewer begin too many words. */
const SHORTEST_CLIPPING = 3;
/** The fewest letters clipping takes off: a word only a letter or two longer is a typo's reading. */
const CLIPPED_LETTERS = 3;
/** The readings of a clipped word kept, most used first. */
const CLIPPED_READINGS = 3;
/** A name's terms used by at most this many times as many passages as its rarest one are distinctive. */
const DISTINCTIVE = 2;
/** Single words whose look-ups are remembered. */
const RECENT_WORDS = 20_000;
/** Longest phrase, in words, looked up as one. */
export const LONGEST_PHRASE = 4;
/**
 * Joins the terms of a stand-in of several words ("organis_crime" for "gangland"): found only where
 * a passage holds them all, side by side (see `phraseParts`).
 */
export const PHRASE_JOIN = '_';

/** The terms of a stand-in: one, or those of a phrase. */
export function phraseParts(term: string): string[] {
  return term.includes(PHRASE_JOIN) ? term.split(PHRASE_JOIN) : [term];
}

/** Whether `has` holds a stand-in: its one term, or every term of its phrase. */
export function standInHeld(term: string, has: (t: string) => boolean): boolean {
  return term.includes(PHRASE_JOIN) ? phraseParts(term).every(has) : has(term);
}

/** What a word (or phrase) of a question may also be found as. */
export interface WordAlternative {
  /** Terms meaning the same: synonyms, derived forms, glossary entries. */
  same: string[];
  /** Terms for something broader ("firm" → business): weaker evidence. */
  broader: string[];
  /** Terms for its opposite ("men" → female, woman): a figure about those is not about it. */
  opposite?: string[];
}

/** The saved form: one row per phrase key, and the English words whose terms the documents use. */
export interface SavedAlternatives {
  version: number;
  rows: [key: string, same: string[], broader: string[], opposite?: string[]][];
  /** English words (SUBTLEX, WordNet) the documents use, for correcting a mistyped word. */
  spellings: [word: string, term: string][];
  /** Inflected English words ("kids", "jailed") and the row of the lemma each inflects. */
  inflections: [word: string, lemma: string][];
  /**
   * Capitalised names the documents use, by their initials ("nw" → North West, "crs" →
   * Commissioned Rehabilitative Services): what a question's initialism may spell out when the
   * documents never write or define it.
   */
  names?: [initials: string, name: string][];
  /**
   * Words the documents use that name one place, body or person, as WordNet files them (an
   * instance: "Scotland", "London"), and the adjectives of such names ("Scottish").
   */
  properNames?: string[];
}

/**
 * The form a table is saved and loaded in: its rows, inflections and the words of its keys as
 * sorted lines (see {@link SortedLines}), looked up in place rather than parsed at each start.
 */
export interface PackedAlternatives {
  version: number;
  /** "key\tsame terms\tbroader terms\topposite terms", terms space-separated. */
  rows: string;
  /** "inflected word\tlemma". */
  inflections: string;
  /** The words of phrase keys that are no key of their own: with the keys, what an inflected word may be taken back to. */
  keyWords: string;
  /** "word\tterm" lines, in the build's order. */
  spellings: string;
  names: [initials: string, name: string][];
  /** Lower-case words, space-separated. */
  properNames: string;
}

/** A built table in its saved form. */
export function packAlternatives(built: SavedAlternatives): PackedAlternatives {
  const keys = new Set(built.rows.map(([key]) => key));
  const keyWords = new Set(built.rows.flatMap(([key]) => key.split(' ')).filter((w) => !keys.has(w)));
  return {
    version: built.version,
    rows: SortedLines.pack(built.rows.map(([key, same, broader, opposite]) => [key, [same, broader, ...(opposite?.length ? [opposite] : [])].map((l) => l.join(' ')).join('\t')])),
    inflections: SortedLines.pack(built.inflections),
    keyWords: SortedLines.pack([...keyWords].map((w) => [w, ''])),
    spellings: built.spellings.map(([w, t]) => `${w}\t${t}`).join('\n'),
    names: built.names ?? [],
    properNames: (built.properNames ?? []).join(' '),
  };
}

/** A row's line, read back. */
function rowOf(rest: string | undefined): WordAlternative | undefined {
  if (rest === undefined) return undefined;
  const [same = '', broader = '', opposite] = rest.split('\t');
  const terms = (field: string) => (field === '' ? [] : field.split(' '));
  return opposite ? { same: terms(same), broader: terms(broader), opposite: terms(opposite) } : { same: terms(same), broader: terms(broader) };
}

/** The key a word or phrase is kept under: its words in lower case, single-spaced, as written. */
export function phraseKey(phrase: string): string {
  return words(phrase)
    .map((w) => w.text.toLowerCase().replace(/’/g, "'"))
    .join(' ');
}

/** The search terms of a phrase's own words. */
export function ownTerms(phrase: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(phrase)) {
    const t = termOf(w.text);
    if (t) out.add(t);
  }
  return out;
}

/** The table, loaded for lookups. */
export class WordAlternatives {
  private readonly rows: SortedLines;
  private readonly inflections: SortedLines;
  private readonly keyWords: SortedLines;
  /** Single words looked up lately: questions repeat their words. */
  private readonly recent = new Map<string, WordAlternative | null>();
  /** Known spellings grouped by length, for correcting a word the documents don't use (made when first needed). */
  private byLength?: Map<number, [string, string][]>;
  private knownSpellings?: Set<string>;
  private spellingPairs?: [string, string][];
  private readonly names: Map<string, string>;
  private families?: WordFamilies;

  private readonly proper: Set<string>;

  constructor(private readonly saved: PackedAlternatives) {
    this.names = new Map(saved.names);
    this.proper = new Set(saved.properNames === '' ? [] : saved.properNames.split(' '));
    this.rows = new SortedLines(saved.rows);
    this.inflections = new SortedLines(saved.inflections);
    this.keyWords = new SortedLines(saved.keyWords);
  }

  // What only a mistyped, clipped or uninflected word needs is read on its first use: a start
  // that answers plain questions does not pay for it.
  private get spellings(): [string, string][] {
    return (this.spellingPairs ??= this.saved.spellings === '' ? [] : this.saved.spellings.split('\n').map((line) => line.split('\t') as [string, string]));
  }

  private get known(): Set<string> {
    return (this.knownSpellings ??= new Set(this.spellings.map(([w]) => w)));
  }

  private spellingsOfLength(length: number): [string, string][] {
    if (!this.byLength) {
      this.byLength = new Map();
      for (const s of this.spellings) {
        const list = this.byLength.get(s[0].length);
        if (list) list.push(s);
        else this.byLength.set(s[0].length, [s]);
      }
    }
    return this.byLength.get(length) ?? [];
  }

  /**
   * What a word or phrase (lower-case words) may also be found as, or undefined: its own row
   * and that of the lemma it inflects ("kids" → kid), or for a phrase, the row of the phrase
   * with its last or first word so taken back ("lie detectors", "locked up").
   */
  of(tokens: string[]): WordAlternative | undefined {
    if (tokens.length === 1) {
      let found = this.recent.get(tokens[0]!);
      if (found === undefined) {
        if (this.recent.size >= RECENT_WORDS) this.recent.clear();
        found = this.ofWord(tokens[0]!) ?? null;
        this.recent.set(tokens[0]!, found);
      }
      return found ?? undefined;
    }
    const own = rowOf(this.rows.get(tokens.join(' ')));
    if (own) return own;
    const last = tokens.length - 1;
    const lastBase = this.lemmaOf(tokens[last]!);
    const firstBase = this.lemmaOf(tokens[0]!);
    return (
      (lastBase === undefined ? undefined : rowOf(this.rows.get([...tokens.slice(0, last), lastBase].join(' ')))) ??
      (firstBase === undefined ? undefined : rowOf(this.rows.get([firstBase, ...tokens.slice(1)].join(' '))))
    );
  }

  /** Whether a word names one place, body or person ("Scotland", "Scottish"), as WordNet files it. */
  isProperName(word: string): boolean {
    return this.proper.has(word.toLowerCase());
  }

  /** Whether a phrase the table holds may start with this word (as written or as its lemma). */
  startsPhrase(word: string): boolean {
    if (this.rows.hasPrefix(`${word} `)) return true;
    const lemma = this.lemmaOf(word);
    return lemma !== undefined && this.rows.hasPrefix(`${lemma} `);
  }

  /**
   * The search term of the lemma a word inflects irregularly, where stemming does not reach it
   * ("knives" → knife, "children" → child, "grew" → grow), or undefined; `plural` when the word
   * is that noun's plural (the same thing, counted) rather than a verb's other form.
   */
  lemmaTermOf(word: string): { lemma: string; term: string; plural: boolean } | undefined {
    const lemma = this.lemmaOf(word);
    if (lemma === undefined || lemma.includes(' ')) return undefined;
    const term = termOf(lemma);
    if (term === undefined || term === termOf(word)) return undefined;
    return { lemma, term, plural: inflectionsOf(word).get(lemma)?.has('n') ?? false };
  }

  /**
   * Whether the word is read apart from the word it inflects: "firms" has a row of its own, as
   * a plural is a noun though "firm" is mostly the adjective. The documents' uses of the stem
   * ("a firm commitment") then say nothing of whether they speak of what the word means.
   */
  readsApart(word: string): boolean {
    return rowOf(this.rows.get(word)) !== undefined && baseForms(word).some((b) => b !== word && rowOf(this.rows.get(b)) !== undefined);
  }

  /** A single word's row and that of the lemma it inflects ("kids" → kid), merged. */
  private ofWord(word: string): WordAlternative | undefined {
    const own = rowOf(this.rows.get(word));
    const lemma = this.lemmaOf(word);
    const base = lemma === undefined ? undefined : rowOf(this.rows.get(lemma));
    if (!own || !base) return own ?? base;
    const opposite = [...new Set([...(own.opposite ?? []), ...(base.opposite ?? [])])];
    return { same: [...new Set([...own.same, ...base.same])], broader: [...new Set([...own.broader, ...base.broader])], ...(opposite.length > 0 ? { opposite } : {}) };
  }

  /**
   * The lemma a word inflects: as the build found it for English words, else (a word the
   * frequency list lacks, such as many plurals) the first base form that has a row.
   */
  private lemmaOf(word: string): string | undefined {
    const known = this.inflections.get(word);
    if (known !== undefined) return known;
    const base = baseForms(word).find((b) => this.rows.get(b) !== undefined || this.keyWords.get(b) !== undefined);
    // A word on the frequency list that the build did not take back to a lemma is one itself.
    return base === undefined || isEnglish(word) ? undefined : base;
  }

  /** The documents' other forms of a word they don't use in its own form ("burglars" → burglary). */
  family(word: string): string[] {
    this.families ??= new WordFamilies(this.spellings);
    return this.families.of(word);
  }

  /** The name the documents write (twice or more) with these initials ("nw" → North West), if any. */
  nameWithInitials(initials: string): string | undefined {
    return this.names.get(initials);
  }

  /**
   * What a word the documents never use stands for when it is shorthand, or undefined: for a word
   * written in capitals, the name the documents write with those initials ("NW" → North West);
   * for one written without vowels ("ppl"), the word whose consonants it is;
   * for a clipped word ("quals", "orgs"), the words the documents use that begin with it, the
   * most used first (at most {@link CLIPPED_READINGS} of them).
   */
  shorthand(word: string, stats: TermStats): { reads: string; terms: string[] } | undefined {
    const lower = word.toLowerCase();
    if (/^[A-Z]{2,5}s?$/.test(word)) {
      const name = this.names.get(lower.replace(/(?<=..)s$/, '')) ?? this.names.get(lower);
      if (name) {
        // Any one term of a reading stands for it, so only its distinctive terms are kept:
        // "services" alone is not "Commissioned Rehabilitative Services".
        const terms = [...ownTerms(name)];
        const rarest = Math.min(...terms.map((t) => stats.spread(t)));
        return { reads: name, terms: terms.filter((t) => stats.spread(t) <= rarest * DISTINCTIVE) };
      }
    }
    // "ppl", "yrs", "hrs": a word written without its vowels is the commonest word the documents
    // use that has those consonants, in that order, and no others.
    if (/^[b-df-hj-np-tv-z]{3,5}$/.test(lower)) {
      let best: { word: string; term: string; df: number } | undefined;
      for (const w of this.known) {
        if (w.replace(/[aeiou]/g, '') !== lower) continue;
        const term = termOf(w);
        if (term && (!best || stats.spread(term) > best.df)) best = { word: w, term, df: stats.spread(term) };
      }
      if (best) return { reads: best.word, terms: [best.term] };
    }
    const stem = lower.length >= 4 ? lower.replace(/s$/, '') : lower;
    if (stem.length < SHORTEST_CLIPPING || !/^[a-z]+$/.test(stem)) return undefined;
    const byTerm = new Map<string, { word: string; df: number }>();
    for (const w of this.known) {
      if (w.length < stem.length + CLIPPED_LETTERS || !w.startsWith(stem)) continue;
      const term = termOf(w);
      if (!term || byTerm.has(term)) continue;
      byTerm.set(term, { word: w, df: stats.spread(term) });
    }
    const best = [...byTerm].sort((a, b) => b[1].df - a[1].df).slice(0, CLIPPED_READINGS);
    if (best.length === 0) return undefined;
    const read = best.map(([, b]) => b.word);
    return { reads: read.length > 1 ? `${read.slice(0, -1).join(', ')} or ${read.at(-1)}` : read[0]!, terms: best.map(([t]) => t) };
  }

  /**
   * The word the documents use that `word` most likely mistypes: within one edit (two for a
   * word of eight letters or more), fewest edits first, then the word most passages use.
   * Undefined when nothing is that close.
   */
  correct(word: string, stats: TermStats): string | undefined {
    const w = word.toLowerCase();
    if (this.known.has(w)) return undefined;
    const most = w.length >= 8 ? 2 : 1;
    let best: { word: string; edits: number; df: number } | undefined;
    for (let len = w.length - most; len <= w.length + most; len++) {
      for (const [candidate, term] of this.spellingsOfLength(len)) {
        const edits = distance(w, candidate);
        if (edits > most) continue;
        const df = stats.spread(term);
        if (!best || edits < best.edits || (edits === best.edits && df > best.df)) best = { word: candidate, edits, df };
      }
    }
    return best?.word;
  }
}
