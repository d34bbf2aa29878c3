import type { KnowledgeBase, Ranked, Retrieval } from './retrieve.js';
import { conceptIn, type Concept } from './concepts.js';
import { cachedTerms, terms, words } from '../language/tokens.js';
import { isEnglish } from '../language/word-rarity.js';

/** The passages whose names are checked: those a figure is looked for in. */
const BEST_PASSAGES = 3;

/**
 * Names in the question ("Warwickshire", "Styal") that the documents use somewhere but none of
 * the best passages, their sections or their documents' titles speaks of: "first time entrants
 * in Warwickshire" is not answered by the figure for England and Wales. A name is a word written
 * with a capital that English does not know as a word, or one WordNet files as a name
 * ("Scotland", "Scottish"), which may be said anywhere in the passage's document; acronyms are
 * left to the other checks. So are the groups of people a question restricts itself to, by sex
 * ("for women") or age band ("aged 60 and over"), that the best passage's document never names.
 */
export function unmetNames(found: Retrieval, kb: KnowledgeBase, names: AskedName[] = askedNames(found, kb)): string[] {
  const best = found.ranked.slice(0, BEST_PASSAGES);
  const out: string[] = [];
  // "Band D", "Category C", "Class A": a lettered label names one of a kind, and a passage on
  // "bands A to C" does not speak of it. (Its letter is too short to be a search term.)
  for (const asked of found.question.labels) {
    const [kind, letter] = asked.split(/\s+/);
    const label = new RegExp(`\\b${kind}s?\\s+${letter}\\b`, 'i');
    if (!best.some((r) => label.test(r.passage.text) || r.passage.section.some((h) => label.test(h)))) out.push(asked);
  }
  // Whether a passage, or anywhere else in its document, uses one of these terms.
  const speaksOf = (r: (typeof best)[number] | undefined, said: string[]) => r !== undefined && said.some((t) => r.matched.has(t) || found.termDocs.get(t)?.has(r.passage.docId));
  // "Reconviction rate for women": a group of people by sex that the best passage's document
  // never speaks of is not answered by its figure for everyone.
  for (const c of found.concepts) {
    if (c.period || c.words.length !== 1 || !SEX_GROUPS.test(c.words[0]!)) continue;
    if (!speaksOf(best[0], [...c.own, ...c.alternatives])) out.push(c.words[0]!);
  }
  // "Victims aged 60 or over", "16 to 24 year olds": so is an age band whose bounds they never write.
  for (const m of found.question.text.matchAll(AGE_ASKED)) {
    const bounds = [m[1], m[2], m[3]].filter((b): b is string => b !== undefined);
    if (bounds.some((b) => !speaksOf(best[0], [b]))) out.push(m[0].trim());
  }
  // "The Live Fear Free helpline": so is a name made of English words that no passage holds.
  out.push(...unmetTitledRuns(found, kb));
  for (const name of names) if (!best.some((r) => speaksOfName(found, r, name))) out.push(name.word);
  return out;
}

/** A name a question asks about, and the idea the question's words of it make. */
export interface AskedName {
  word: string;
  concept: Concept;
  /** Whether WordNet files it as a name ("Scotland"), which a document may say once for all it says. */
  proper: boolean;
}

/**
 * The names in the question that the documents use somewhere: a word written with a capital that
 * English does not know as a word, or one WordNet files as a name ("Scotland", "Scottish"),
 * unless it names the national picture ("England and Wales"), which documents often leave unsaid.
 */
export function askedNames(found: Retrieval, kb: KnowledgeBase): AskedName[] {
  const out: AskedName[] = [];
  words(found.question.text).forEach((w) => {
    const word = w.text.replace(/[’']s$/, '');
    const national = NATIONAL.test(word) || (word === 'Wales' && /\bEngland\s+and\s+$/i.test(found.question.text.slice(0, w.at)));
    const proper = kb.alternatives.isProperName(word) && !national;
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || (isEnglish(word) && !proper)) return;
    const concept = found.concepts.find((k) => !k.period && k.words.length === 1 && k.words[0] === word.toLowerCase());
    // Only a name the documents use as written: a shortening ("Cambs") is left to the search.
    if (!concept || !concept.own.some((t) => kb.coversTerm(t))) return;
    out.push({ word, concept, proper });
  });
  return out;
}

/**
 * Whether a candidate passage speaks of a name: it words it, or the passage before it does (a
 * speaker named where their words begin, "Chief Constable Paul Crowther said: …", is named for
 * the paragraphs of the speech that follow); a name English files as a name may be said once for
 * the whole document ("Police Scotland's figures for …").
 */
export function speaksOfName(found: Retrieval, r: Ranked, name: AskedName): boolean {
  const c = name.concept;
  if (conceptIn(c, r.matched) || (r.nearby !== undefined && conceptIn(c, r.nearby))) return true;
  return name.proper && [...c.own, ...c.alternatives].some((t) => r.matched.has(t) || found.termDocs.get(t)?.has(r.passage.docId));
}

/** Two or more capitalised words inside a question: a name, though each is an English word ("the Live Fear Free helpline"). */
const TITLED_RUN = /(?<=[\p{Ll},;:]\s)(?:\p{Lu}\p{Ll}+\s+)+\p{Lu}\p{Ll}+\b/gu;

/**
 * Names made of English words that no candidate passage, its headings or its document's title
 * holds with their words together in order (another word may stand between: "Devon and
 * Cornwall"): "calls to the Live Fear Free helpline" is not answered by another helpline's calls.
 */
function unmetTitledRuns(found: Retrieval, kb: KnowledgeBase): string[] {
  const out: string[] = [];
  for (const m of found.question.text.matchAll(TITLED_RUN)) {
    const names = m[0].split(/\s+/);
    // A name English doesn't know, or knows as a name, is read on its own (below).
    if (names.some((w) => !isEnglish(w) || kb.alternatives.isProperName(w))) continue;
    const run = terms(m[0]);
    if (run.length < 2) continue;
    const holds = (seq: string[]) => {
      for (let i = 0; i < seq.length; i++) {
        if (seq[i] !== run[0]) continue;
        let at = i;
        let k = 1;
        for (; k < run.length; k++) {
          const next = seq.indexOf(run[k]!, at + 1);
          if (next < 0 || next - at > 2) break;
          at = next;
        }
        if (k === run.length) return true;
      }
      return false;
    };
    // Its initials may stand for it ("SIA" for the Security Industry Authority), and a document's
    // file name may be where its publisher is said ("commons-library-police-funding.txt").
    const initials = names.map((w) => w[0]!.toLowerCase()).join('');
    const said = found.ranked.some((r) => {
      const title = kb.documents.get(r.passage.docId)?.title ?? '';
      return [r.passage.text, r.passage.section.join(' '), title, r.passage.docId.replace(/[-_]/g, ' ')].some((text) => {
        const seq = cachedTerms(text);
        return holds(seq) || seq.includes(initials);
      });
    });
    // A terse question may run labels together ("ratings Good Requires improvement"): where the
    // best passage's document writes each word with a capital of its own mid-sentence ("four
    // services as ‘Good’", "six as ‘Requires improvement’"), they are labels it holds, not one
    // name it lacks.
    if (said) continue;
    const topDoc = found.ranked[0]?.passage.docId;
    const labelled = names.every((w) => {
      const written = new RegExp(`\\b${w}\\b`, 'gu');
      return found.ranked.some((r) => r.passage.docId === topDoc && capitalisedMidSentence(r.passage.text, written));
    });
    if (!labelled) out.push(m[0]);
  }
  return out;
}

/** Whether the text writes the word (`written`, global, as capitalised) somewhere other than a sentence's start. */
function capitalisedMidSentence(text: string, written: RegExp): boolean {
  for (const m of text.matchAll(written)) {
    const before = text.slice(0, m.index).replace(/[\s‘’'"“”(]+$/u, '');
    if (before !== '' && !/[.!?:]$/.test(before)) return true;
  }
  return false;
}

/** An age band asked: "aged 60 or over", "aged 16 to 24", "16-24 year olds". */
const AGE_ASKED = /\baged\s+(\d{1,2})(?:\s*(?:to|-|–|and)\s*(\d{1,2}))?|\b(\d{1,2})\s*(?:-|–|to)\s*\d{1,2}[- ]year[- ]olds?\b/gi;

/** Words naming people by sex. */
const SEX_GROUPS = /^(?:women|woman|men|man|male|males|female|females|girls|boys)$/;

/** The national picture, named by its nations. */
const NATIONAL = /^(?:England|English|Britain|British)$/;
