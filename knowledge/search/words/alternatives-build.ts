import { GLOSSARY } from '../../language/glossary.js';
import type { TermStats } from '../term-stats.js';
import { termOf, words } from '../../language/tokens.js';
import { namesByInitials } from '../../language/names.js';
import { WordFamilies } from './word-families.js';
import { englishWords, isEveryday } from '../../language/word-rarity.js';
import { inflectionsOf, IRREGULAR_PLURALS, WordNet, type Lemma, type Synset } from '../../language/wordnet.js';
import { ownTerms, PHRASE_JOIN, phraseKey, type SavedAlternatives } from './word-alternatives.js';

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
export const ALTERNATIVES_VERSION = 49;

const NONE: ReadonlySet<string> = new Set();

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
/**
 * …unless the main one leads to nothing the documents say and this one is used at least
 * 1/LESSER_USE as much ("hurt" the injury, 2 to the verb's 5; not "minor" the child, 1 to 5).
 */
const LESSER_USE = 3;

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
  const add = (key: string, own: Set<string>, list: 'same' | 'broader' | 'opposite', word: string, abbreviations: ReadonlySet<string> = NONE) => {
    if (word.includes(' ')) return addPhrase(key, own, list, word);
    const t = termOf(word);
    // Numbers stand for themselves ("1" is not "one" or "ace"), and two-letter terms are mostly
    // stems of other words ("on" for "one"), unless the meaning also writes them with stops: "UK"
    // beside "U.K." is an abbreviation, the way documents name the country a question calls Britain.
    if (!t || (t.length < 3 && !abbreviations.has(word)) || /\d/.test(t) || own.has(t)) return;
    // A word the documents use only in another form of its family ("unemployed", where they
    // write "unemployment") stands for that form.
    const found = stats.has(t) ? [t] : families.of(word).filter((f) => !own.has(f));
    if (found.length === 0) return;
    let row = byKey.get(key);
    if (!row) byKey.set(key, (row = { same: new Set(), broader: new Set(), opposite: new Set() }));
    for (const f of found) row[list].add(f);
  };
  // A synonym of several words ("gangland" → organized crime) is kept as one phrase, found only
  // where its words stand together: any one of them alone would find other topics. Only for a
  // word the documents never use: for one they do, the phrase mostly restates it ("police force"
  // for "police") and finds other passages than its own word would.
  // (`fromGlossary`: the glossary's own phrase ("real terms" for "after inflation") stands whatever
  // else the documents write.)
  const addPhrase = (key: string, own: Set<string>, list: 'same' | 'broader' | 'opposite', phrase: string, fromGlossary = false) => {
    if (list === 'opposite' || (!fromGlossary && [...own].some((t) => stats.has(t)))) return;
    const parts: string[] = [];
    for (const w of words(phrase)) {
      const t = termOf(w.text);
      if (!t) continue;
      // In the form the documents use ("organized" where they write "organised").
      const found = stats.has(t) ? t : families.of(w.text.toLowerCase())[0];
      if (found === undefined || /\d/.test(found)) return;
      parts.push(found);
    }
    if (parts.length < 2 || parts.every((t) => own.has(t))) return;
    phrases.push({ key, list, parts });
  };
  const phrases: { key: string; list: 'same' | 'broader'; parts: string[] }[] = [];
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
    const absent = !compound && !isEveryday(key) && [...own].every((t) => !stats.has(t)) && families.of(key).length === 0;
    for (const id of lemma.senses.slice(0, absent ? ABSENT_SENSES : SOURCE_SENSES)) {
      const synset = wordnet.synset(id);
      if (!synset) continue;
      const abbreviations = new Set(synset.words.filter((w) => /^[a-z]\.[a-z]\.$/.test(w)).map((w) => w.replace(/\./g, '')));
      for (const w of synset.words) if (w !== lemma.lemma && commonestFor(wordnet, w, synset)) add(key, own, 'same', w, abbreviations);
      // What documents say with an adjective ("rural crime") a question may say with its noun.
      if (synset.pos === 'n') for (const w of wordnet.pertaining(synset.id)) add(key, own, 'same', w);
      const at = synset.words.indexOf(lemma.lemma) + 1;
      for (const p of synset.pointers) {
        const target = wordnet.synset(p.target);
        if (!target) continue;
        if (p.symbol === '+' && p.sourceWord === at) {
          const derived = target.words[p.targetWord - 1] ?? '';
          if (commonestFor(wordnet, derived, target)) add(key, own, 'same', derived);
        }
        // An adjective of a place is said with the place's name ("Scottish courts" in a report
        // on "Criminal Proceedings in Scotland"); other adjectives' nouns ("rural" → country)
        // are wider than what they qualify.
        if (p.symbol === '\\' && (p.sourceWord === at || p.sourceWord === 0) && target.pointers.some((q) => q.symbol === '@i')) {
          add(key, own, 'same', target.words[p.targetWord - 1] ?? target.words[0] ?? '');
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
        // A noun the documents never use may be a kind of what their adjective relates to
        // ("countryside", a kind of the country that "rural" pertains to).
        if (p.symbol === '@' && absent && synset.pos === 'n') for (const w of wordnet.pertaining(target.id)) add(key, own, 'broader', w);
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
  const lesserUses: Lemma[] = [];
  for (const lemma of wordnet.lemmas) {
    if (lemma.tagged * MAIN_USE < (mostTagged.get(lemma.lemma) ?? 0)) {
      if (lemma.tagged * LESSER_USE >= (mostTagged.get(lemma.lemma) ?? 0)) lesserUses.push(lemma);
      continue;
    }
    if (!lemma.lemma.includes(' ') && mostlyInflection(lemma.lemma)) continue;
    const key = phraseKey(lemma.lemma);
    if (key === '' || /\d/.test(key)) continue;
    const own = ownTerms(key);
    if (own.size === 0) continue;
    follow(lemma, key, own);
  }
  // A word whose main use leads to nothing the documents say is followed in its other uses,
  // most used first: "physically hurt" is an injury, though "hurt" is mostly the verb "ache".
  lesserUses.sort((a, b) => b.tagged - a.tagged);
  for (const lemma of lesserUses) {
    const key = phraseKey(lemma.lemma);
    if (key === '' || /\d/.test(key) || byKey.has(key) || (!lemma.lemma.includes(' ') && mostlyInflection(lemma.lemma))) continue;
    const own = ownTerms(key);
    if (own.size > 0) follow(lemma, key, own);
  }
  // WordNet spells American: a British word it has no row for ("offence", "behaviour",
  // "centre") is read as its American spelling is.
  for (const w of englishWords()) {
    if (!/^[a-z]{4,}$/.test(w) || byKey.has(w)) continue;
    const american = americanSpelling(w);
    const row = american === w ? undefined : byKey.get(american);
    if (row) byKey.set(w, { same: new Set(row.same), broader: new Set(row.broader), opposite: new Set(row.opposite) });
  }
  // The glossary says what a word means in talk of policing: WordNet's commonest meaning of it
  // ("sacked" → plundered, "mugged" → made faces) yields to that.
  const glossed = new Set(GLOSSARY.flatMap(([phrases]) => phrases.map(phraseKey)));
  for (const key of glossed) {
    const row = byKey.get(key);
    // What it is not ("men" are not female) still holds.
    if (row) [row.same, row.broader] = [new Set(), new Set()];
  }
  for (let i = phrases.length - 1; i >= 0; i--) if (glossed.has(phrases[i]!.key)) phrases.splice(i, 1);
  for (const [phrases, targets, opposites = []] of GLOSSARY) {
    for (const phrase of phrases) {
      const key = phraseKey(phrase);
      const own = ownTerms(key);
      // "get out", "went up": a phrase of words too common to search is still one the glossary
      // reads, as a whole; a single such word is not.
      if (own.size === 0 && !key.includes(' ')) continue;
      // A target of several words ("real terms") is one phrase, found where its words stand together.
      for (const target of targets) {
        if (target.includes(' ')) addPhrase(key, own, 'same', target, true);
        else add(key, own, 'same', target);
      }
      for (const opposite of opposites) add(key, own, 'opposite', opposite);
    }
  }
  // An English word that is no lemma itself ("kids", not "mars", whose base would be the month
  // "Mar") is looked up as the lemma it inflects.
  // An inflection can only be a noun or a verb: "firms" are companies even though "firm" is
  // mostly the adjective, so such a word gets a row of its own, from the parts of speech it can be.
  const inRows = new Set([...byKey.keys()].flatMap((k) => k.split(' ')));
  const inflections: [string, string][] = [];
  for (const w of englishWords()) {
    if (!/^[a-z]{3,}$/.test(w)) continue;
    const found = [...inflectionsOf(w)].find(([b]) => inRows.has(b) || byLemma.has(b));
    if (!found) continue;
    const [base, parts] = found;
    const senses = byLemma.get(base) ?? [];
    const most = Math.max(0, ...senses.filter((l) => parts.has(l.pos)).map((l) => l.tagged));
    // A lemma in its own right ("applied" the adjective) whose own meanings lead to nothing the
    // documents say, and which is used more as its base's inflection ("applied for a licence"),
    // is read as that base.
    if (lemmas.has(w) && !mostlyInflection(w) && (byKey.has(w) || most <= (mostTagged.get(w) ?? 0))) continue;
    const asInflected = senses.filter((l) => parts.has(l.pos) && l.tagged * MAIN_USE >= most);
    const asBase = senses.filter((l) => l.tagged * MAIN_USE >= (mostTagged.get(base) ?? 0));
    if (glossed.has(w)) {
      if (termOf(base) !== termOf(w)) inflections.push([w, base]);
    } else if (asInflected.length > 0 && asInflected.some((l) => !asBase.includes(l))) {
      const own = ownTerms(w);
      for (const l of asInflected) follow(l, w, own);
      // A plural the stemmer cannot take back ("knives") is kept with its noun, row or none.
    } else if (inRows.has(base) || termOf(base) !== termOf(w)) inflections.push([w, base]);
  }
  // A phrase is kept only where the documents write it: "edge tool" for "knife" has both words
  // somewhere, never side by side.
  const passages = [...texts];
  const written = writtenPairs(passages, new Set(phrases.flatMap((p) => p.parts)));
  for (const { key, list, parts } of phrases) {
    if (!parts.every((t, k) => k === 0 || written.has(`${parts[k - 1]}${PHRASE_JOIN}${t}`))) continue;
    let row = byKey.get(key);
    if (!row) byKey.set(key, (row = { same: new Set(), broader: new Set(), opposite: new Set() }));
    row[list].add(parts.join(PHRASE_JOIN));
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
    names: namesByInitials(passages),
    properNames: properNames(wordnet),
  };
}

/**
 * The English words whose commonest noun meaning is an instance of something ("Scotland", an
 * instance of a country), and the adjectives that pertain to such a meaning ("Scottish"): names,
 * though English word lists know them. (Whether the documents use them is asked when a question
 * does: a title may be the one place they do.)
 */
function properNames(wordnet: WordNet): string[] {
  const instance = (id: string | undefined) => id !== undefined && (wordnet.synset(id)?.pointers.some((p) => p.symbol === '@i') ?? false);
  const english = new Set(englishWords());
  const out = new Set<string>();
  for (const l of wordnet.lemmas) {
    if (l.lemma.includes(' ') || !/^[a-z]{3,}$/.test(l.lemma) || !english.has(l.lemma)) continue;
    if (l.pos === 'n' && instance(l.senses[0])) out.add(l.lemma);
    if (l.pos === 'a') {
      const first = wordnet.synset(l.senses[0] ?? '');
      if (first?.pointers.some((p) => p.symbol === '\\' && instance(p.target))) out.add(l.lemma);
    }
  }
  return [...out];
}

/** A British spelling in American form, as WordNet writes its lemmas: offence → offense, labour → labor. */
export function americanSpelling(word: string): string {
  if (word === 'programme') return 'program';
  return word
    .replace(/(?<=[a-z]{3})our(?=$|s$|hood|ed$|ing$|ite|able|er$)/, 'or')
    .replace(/(?<=^(?:def|off|lic|pret))ence(?=$|s$)/, 'ense')
    .replace(/is(?=e$|ed$|es$|ing$|ation$|ations$)/, 'iz')
    .replace(/(?<=[^aeiou])tre(?=$|s$)/, 'ter')
    .replace(/ogue(?=$|s$)/, 'og')
    .replace(/yse(?=$|s$|d$)/, 'yze');
}

/**
 * Whether `synset` is among the commonest meanings of `word`, in a part of speech it is mostly
 * used in: "miss" the young woman is its first noun meaning, but "miss" is mostly the verb.
 */
function commonestFor(wordnet: WordNet, word: string, synset: Synset): boolean {
  const rank = wordnet.senseRank(word, synset);
  if (rank === undefined || rank >= TARGET_RANK) return false;
  if (wordnet.mainUse(word, synset.pos, MAIN_USE)) return true;
  // A verb made from its noun ("knife" in "stab, knife": to use a knife on) leads to the noun,
  // the word's main use, which is what the documents mean by it.
  const at = synset.words.indexOf(word) + 1;
  if (synset.pos !== 'v' || !wordnet.mainUse(word, 'n', MAIN_USE)) return false;
  return synset.pointers.some((p) => {
    const noun = p.symbol === '+' && p.sourceWord === at ? wordnet.synset(p.target) : undefined;
    return noun?.pos === 'n' && noun.words[p.targetWord - 1] === word;
  });
}

/** The pairs of terms (of `wanted`) that stand next to each other somewhere in the texts, as "a_b". */
function writtenPairs(texts: string[], wanted: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    let last: string | undefined;
    for (const w of words(text)) {
      const t = termOf(w.text);
      if (!t) continue;
      if (last !== undefined && wanted.has(t) && wanted.has(last)) out.add(`${last}${PHRASE_JOIN}${t}`);
      last = t;
    }
  }
  return out;
}
