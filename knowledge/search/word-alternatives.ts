import { distance } from 'fastest-levenshtein';
import { GLOSSARY } from '../language/glossary.js';
import type { TermStats } from './term-stats.js';
import { termOf, words } from '../language/tokens.js';
import { namesByInitials } from '../language/names.js';
import { SortedLines } from '../language/sorted-lines.js';
import { WordFamilies } from './word-families.js';
import { englishWords, isEnglish, specificity } from '../language/word-rarity.js';
import { baseForms, inflectionsOf, IRREGULAR_PLURALS, WordNet, type Lemma, type Synset } from '../language/wordnet.js';

/**
 * What a question's words may be matched by besides themselves, for one corpus: the synonyms,
 * derived forms and broader words WordNet gives for a word's commonest meanings, kept only where
 * they land on terms the documents use. Built when a generation's knowledge is first loaded (the
 * one moment WordNet is read) and saved with it, so a start loads this table, not WordNet.
 *
 * Two rules keep WordNet's long tail out: only a word's commonest meaning in each part of speech
 * is followed ("firm" the company, not "firm" the adjective's fifth sense), and a synonym counts
 * only if that meaning is its own commonest too ("house" is in the synset of "firm", but a house
 * is first a dwelling).
 */

/** Bumped when the build changes, so a saved table of another build is rebuilt rather than trusted. */
export const ALTERNATIVES_VERSION = 23;

/** How many of a word's meanings (per part of speech), commonest first, are followed. */
const SOURCE_SENSES = 1;
/**
 * How many are followed for a word the documents never use, in any form, that is no everyday
 * word ("inmate", "cuff", "grumble"): asked in a question, it can only be found through what it
 * means, and its commonest meaning is often not the one a question about these documents has in
 * mind (an inmate is first a resident, then a convict; a cuff first a sleeve's, then a handcuff).
 */
const ABSENT_SENSES = 3;
/** How far down a synonym's own meanings this one may stand for it to count. */
const TARGET_RANK = 1;
/**
 * The shallowest a broader meaning may stand in its hierarchy to be followed: "business" (6) for
 * "firm" is, "activity" (5) for "job" and "group" (2) for "people" are too general to help.
 */
const SPECIFIC_DEPTH = 6;
/** A part of speech a word is used in less than 1/MAIN_USE as much as its main one is not followed. */
const MAIN_USE = 2;
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
function phraseKey(phrase: string): string {
  return words(phrase)
    .map((w) => w.text.toLowerCase().replace(/’/g, "'"))
    .join(' ');
}

/**
 * Builds the table for a corpus whose terms are `stats`, reading WordNet (about a second).
 * @example
 * buildAlternatives(stats).rows.find(([k]) => k === 'kid') // ['kid', ['child', 'youngster', …], […]]
 */
export function buildAlternatives(stats: TermStats, wordnet = WordNet.read(), texts: Iterable<string> = []): SavedAlternatives {
  const lemmas = new Set(wordnet.lemmas.map((l) => l.lemma));
  const spellings = new Map<string, string>();
  for (const w of [...englishWords(), ...lemmas]) {
    if (spellings.has(w) || !/^[a-z]{3,}$/.test(w)) continue;
    const t = termOf(w);
    if (t && stats.has(t)) spellings.set(w, t);
  }
  const families = new WordFamilies(spellings);
  const byKey = new Map<string, { same: Set<string>; broader: Set<string>; opposite: Set<string> }>();
  const add = (key: string, own: Set<string>, list: 'same' | 'broader' | 'opposite', word: string) => {
    if (word.includes(' ')) return; // a multi-word synonym would match on any one of its words
    const t = termOf(word);
    // Numbers stand for themselves ("1" is not "one" or "ace"), and two-letter terms are mostly
    // stems of other words ("on" for "one").
    if (!t || t.length < 3 || /\d/.test(t) || own.has(t)) return;
    // A word the documents use only in another form of its family ("unemployed", where they
    // write "unemployment") stands for that form.
    const found = stats.has(t) ? [t] : families.of(word).filter((f) => !own.has(f));
    if (found.length === 0) return;
    let row = byKey.get(key);
    if (!row) byKey.set(key, (row = { same: new Set(), broader: new Set(), opposite: new Set() }));
    for (const f of found) row[list].add(f);
  };
  // A word is followed in the parts of speech it is mostly used in: "minor" as the adjective,
  // not the noun meaning a child.
  const mostTagged = new Map<string, number>();
  const byLemma = new Map<string, Lemma[]>();
  for (const l of wordnet.lemmas) {
    mostTagged.set(l.lemma, Math.max(mostTagged.get(l.lemma) ?? 0, l.tagged));
    const list = byLemma.get(l.lemma);
    if (list) list.push(l);
    else byLemma.set(l.lemma, [l]);
  }
  /** Adds to the row `key` what WordNet's commonest meanings of `lemma` lead to (more of them for a word the documents never use). */
  const follow = (lemma: Lemma, key: string, own: Set<string>) => {
    const compound = key.includes(' ');
    const absent = !compound && [...own].every((t) => !stats.has(t)) && families.of(key).length === 0 && specificity(key) > specificity('the');
    for (const id of lemma.senses.slice(0, absent ? ABSENT_SENSES : SOURCE_SENSES)) {
      const synset = wordnet.synset(id);
      if (!synset) continue;
      for (const w of synset.words) if (w !== lemma.lemma && commonestFor(wordnet, w, synset)) add(key, own, 'same', w);
      const at = synset.words.indexOf(lemma.lemma) + 1;
      for (const p of synset.pointers) {
        const target = wordnet.synset(p.target);
        if (!target) continue;
        if (p.symbol === '+' && p.sourceWord === at) {
          const derived = target.words[p.targetWord - 1] ?? '';
          if (commonestFor(wordnet, derived, target)) add(key, own, 'same', derived);
        }
        // A satellite adjective means what its cluster's head does ("jobless" → unemployed).
        if (p.symbol === '&') {
          for (const w of target.words) if (commonestFor(wordnet, w, target)) add(key, own, 'same', w);
        }
        // A compound's broader word often is what the documents say ("lie detector" → polygraph).
        // Verbs stand in shallow hierarchies: what a verb the documents never use is a way of
        // doing ("grumble" → complain) is the one lead there is to it.
        if ((p.symbol === '@' || p.symbol === '@i') && (wordnet.depth(target.id) >= SPECIFIC_DEPTH || (absent && synset.pos === 'v'))) {
          for (const w of target.words) if (commonestFor(wordnet, w, target)) add(key, own, compound ? 'same' : 'broader', w);
        }
        // The opposite of what it is a kind of is its opposite too: a man is a male, not a female.
        if (p.symbol === '@') for (const q of target.pointers) if (q.symbol === '!') add(key, own, 'opposite', wordnet.synset(q.target)?.words[q.targetWord - 1] ?? '');
        if (p.symbol === '!' && (p.sourceWord === at || p.sourceWord === 0)) add(key, own, 'opposite', target.words[p.targetWord - 1] ?? '');
      }
    }
  };
  // An irregular plural far more used as its noun's plural is read as that ("men" the plural of
  // man, not the workforce WordNet also files under it).
  const mostlyInflection = (w: string) =>
    IRREGULAR_PLURALS.some(([re]) => re.test(w)) &&
    [...inflectionsOf(w)].some(([b, parts]) => parts.has('n') && Math.max(0, ...(byLemma.get(b) ?? []).filter((l) => l.pos === 'n').map((l) => l.tagged)) > MAIN_USE * Math.max(1, mostTagged.get(w) ?? 0));
  for (const lemma of wordnet.lemmas) {
    if (lemma.tagged * MAIN_USE < (mostTagged.get(lemma.lemma) ?? 0)) continue;
    if (!lemma.lemma.includes(' ') && mostlyInflection(lemma.lemma)) continue;
    const key = phraseKey(lemma.lemma);
    if (key === '' || /\d/.test(key)) continue;
    const own = ownTerms(key);
    if (own.size === 0) continue;
    follow(lemma, key, own);
  }
  for (const [phrases, targets] of GLOSSARY) {
    for (const phrase of phrases) {
      const key = phraseKey(phrase);
      const own = ownTerms(key);
      if (own.size === 0) continue;
      for (const target of targets) for (const w of target.split(' ')) add(key, own, 'same', w);
    }
  }
  // An English word that is no lemma itself ("kids", not "mars", whose base would be the month
  // "Mar") is looked up as the lemma it inflects.
  // An inflection can only be a noun or a verb: "firms" are companies even though "firm" is
  // mostly the adjective, so such a word gets a row of its own, from the parts of speech it can be.
  const inRows = new Set([...byKey.keys()].flatMap((k) => k.split(' ')));
  const inflections: [string, string][] = [];
  for (const w of englishWords()) {
    if ((lemmas.has(w) && !mostlyInflection(w)) || !/^[a-z]{3,}$/.test(w)) continue;
    const found = [...inflectionsOf(w)].find(([b]) => inRows.has(b) || byLemma.has(b));
    if (!found) continue;
    const [base, parts] = found;
    const senses = byLemma.get(base) ?? [];
    const most = Math.max(0, ...senses.filter((l) => parts.has(l.pos)).map((l) => l.tagged));
    const asInflected = senses.filter((l) => parts.has(l.pos) && l.tagged * MAIN_USE >= most);
    const asBase = senses.filter((l) => l.tagged * MAIN_USE >= (mostTagged.get(base) ?? 0));
    if (asInflected.length > 0 && asInflected.some((l) => !asBase.includes(l))) {
      const own = ownTerms(w);
      for (const l of asInflected) follow(l, w, own);
      // A plural the stemmer cannot take back ("knives") is kept with its noun, row or none.
    } else if (inRows.has(base) || termOf(base) !== termOf(w)) inflections.push([w, base]);
  }
  return {
    version: ALTERNATIVES_VERSION,
    rows: [...byKey].map(([key, row]) => {
      const opposite = [...row.opposite].filter((t) => !row.same.has(t) && !row.broader.has(t));
      const kept: SavedAlternatives['rows'][number] = [key, [...row.same], [...row.broader].filter((t) => !row.same.has(t))];
      if (opposite.length > 0) kept.push(opposite);
      return kept;
    }),
    spellings: [...spellings],
    inflections,
    names: namesByInitials(texts),
  };
}

/** The search terms of a phrase's own words. */
function ownTerms(phrase: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(phrase)) {
    const t = termOf(w.text);
    if (t) out.add(t);
  }
  return out;
}

/**
 * Whether `synset` is among the commonest meanings of `word`, in a part of speech it is mostly
 * used in: "miss" the young woman is its first noun meaning, but "miss" is mostly the verb.
 */
function commonestFor(wordnet: WordNet, word: string, synset: Synset): boolean {
  const rank = wordnet.senseRank(word, synset);
  return rank !== undefined && rank < TARGET_RANK && wordnet.mainUse(word, synset.pos, MAIN_USE);
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

  constructor(private readonly saved: PackedAlternatives) {
    this.names = new Map(saved.names);
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
