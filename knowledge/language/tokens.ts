import { LRUCache } from 'lru-cache';
import { stemmer } from 'stemmer';
import { findPeriods, periodToken } from './periods.js';
import type { Period } from '../types.js';

/**
 * How text becomes search terms, the same for passages and questions: lower case, curly quotes
 * straightened, thousands separators dropped ("1,362" = "1362"), hyphenated words kept whole and
 * in parts ("re-offending" matches "reoffending" and "offending"), every spelling of a period
 * reduced to one token ("2023/24" = "2023-24" = "23/24" → "fy2023"), stop words dropped, and
 * the rest stemmed (Porter).
 */

const STOP_WORDS = new Set(
  `a about above after again against all also am an and any anything are as at be because been before being
  below between both but by can could did do does doing done down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me more most my
  myself no nor not now of off on once only or other our ours ourselves out over own same she should so
  some such than that the their theirs them themselves then there these they this those through to too
  under until up very was we were what when where which while who whom why will with would you your yours
  yourself yourselves give gave show tell me find let us get got getting line lines quote quotes say said
  many much please there's what's whats how's anyone something thing things according
  across among amongst within without toward towards upon via throughout onto beyond along around despite whether`
    .split(/\s+/)
    .filter(Boolean),
);

/** Number words from one to twenty and their values ("one in five", "six months"). */
export const WORD_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ').map((w, i) => [w, i + 1]),
);

/** Ordinals as words, first to twentieth and the tens ("its tenth year", "the thirtieth anniversary"). */
const ORDINALS = new Set([
  ...Object.keys(WORD_NUMBERS).map((w) => ({ one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' })[w] ?? (w.endsWith('ty') ? `${w.slice(0, -1)}ieth` : `${w}th`)),
  ...'thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth'.split(' '),
]);

/** Whether a word is an ordinal number ("tenth"): a place in an order, which names no topic. */
export function isOrdinal(word: string): boolean {
  return ORDINALS.has(word.toLowerCase());
}

const wordRe = /\d+(?:[.,]\d+)*%?|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** A word as it stands in the text, before stemming. */
export interface Word {
  text: string;
  at: number;
}

/** Words of `text` with their offsets (numbers keep their decimal point and percent sign). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(wordRe)) out.push({ text: m[0], at: m.index! });
  return out;
}

/** A lower-case word with a footnote number run on ("reports7"); names such as "Catch22" have capitals. */
export const FOOTNOTED = /^[a-z]{3,}\d{1,3}$/;

/** Words already turned into terms; cleared when full, so memory stays bounded. */
const termsOfWords = new Map<string, string | null>();
const TERMS_KEPT = 50_000;

/** The search term for one word, or undefined for a stop word. */
export function termOf(word: string): string | undefined {
  // Stemming is most of what tokenizing costs, and a corpus's words repeat: each is stemmed once.
  let term = termsOfWords.get(word);
  if (term === undefined) {
    if (termsOfWords.size >= TERMS_KEPT) termsOfWords.clear();
    term = computeTerm(word) ?? null;
    termsOfWords.set(word, term);
  }
  return term ?? undefined;
}

function computeTerm(word: string): string | undefined {
  // "sentence55", "children53": a footnote's number set against the word it annotates.
  if (FOOTNOTED.test(word)) word = word.replace(/\d+$/, '');
  let w = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  // A contraction of stop words ("they've", "we're", "don't") is one too.
  const contraction = /^([a-z]+)(?:'(?:ve|re|ll|d|m)|n't)$/.exec(w);
  if (contraction && (STOP_WORDS.has(contraction[1]!) || STOP_WORDS.has(contraction[1]!.replace(/n$/, '')) || contraction[1] === 'ca' || contraction[1] === 'wo')) return undefined;
  w = w.replace(/'/g, '');
  if (/^\d/.test(w)) {
    w = w.replace(/(?<=\d),(?=\d{3})/g, '').replace(/%$/, '');
    return w;
  }
  if (w.length < 2 && !/\d/.test(w)) return undefined;
  if (STOP_WORDS.has(w)) return undefined;
  // "six months" and "6 months" are one span: small numbers are written either way. "One" is
  // left alone: it is more often a pronoun or "one of" than a count.
  const spelled = Object.hasOwn(WORD_NUMBERS, w) ? WORD_NUMBERS[w]! : 0;
  if (spelled > 1) return String(spelled);
  // Porter keeps a doubled consonant in some forms ("referrals" → "referr") but not others
  // ("referred" → "refer"); one letter of the pair is enough to tell the word.
  return stemmer(w).replace(/([b-df-hj-km-np-rtv-z])\1$/, (m, c: string) => (c === 'l' || c === 's' || c === 'z' ? m : c));
}

/** Tokens that stand for the periods in `text` ("fy2023", "y2019", "q1"). */
export function periodTerms(periods: Period[]): string[] {
  const out: string[] = [];
  for (const p of periods) {
    const token = periodToken(p);
    if (token) out.push(token);
    else if (p.kind === 'quarter') {
      const start = new Date(`${p.start}T00:00:00Z`);
      const fyStart = start.getUTCMonth() < 3 ? start.getUTCFullYear() - 1 : start.getUTCFullYear();
      out.push(`fy${fyStart}`, `q${Math.floor(((start.getUTCMonth() + 9) % 12) / 3) + 1}`);
    } else {
      out.push(`y${p.start.slice(0, 4)}`);
      if (p.end.slice(0, 4) !== p.start.slice(0, 4)) out.push(`y${p.end.slice(0, 4)}`);
    }
  }
  return out;
}

/**
 * All search terms of `text`: each word's term (hyphenated words whole and in parts), with the
 * numbers inside a period replaced by the period's token.
 * @example
 * terms('In 2023/24, 1,362 CSTRs were ordered') // → ['fy2023', '1362', 'cstr', 'order']
 */
export function terms(text: string, reference?: string): string[] {
  const periods = findPeriods(text, reference);
  const spans = periodSpans(text, periods);
  const out: string[] = [];
  for (const w of words(text)) {
    if (/^\d/.test(w.text) && spans.some(([a, b]) => w.at >= a && w.at < b)) continue;
    const whole = termOf(w.text);
    if (whole) out.push(whole);
    // A contraction of stop words ("they're", "don't") is one whole; its letters run together
    // ("theyre") are no word to search for.
    if (!whole && /['’]/.test(w.text)) continue;
    if (/[-'’]/.test(w.text)) {
      const joined = termOf(w.text.replace(/[-'’]/g, ''));
      if (joined && joined !== whole) out.push(joined);
      // Parts count only when they are words in their own right: "offending" in "re-offending",
      // not the "3" of "CAS-3".
      for (const part of w.text.split(/[-'’]/)) {
        if (part.length < 3 || /^\d+$/.test(part)) continue;
        const t = termOf(part);
        if (t && t !== whole) out.push(t);
      }
    }
  }
  out.push(...periodTerms(periods));
  return out;
}

function periodSpans(text: string, periods: Period[]): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (const p of periods) {
    const at = text.indexOf(p.label, from);
    if (at < 0) continue;
    spans.push([at, at + p.label.length]);
    from = at + p.label.length;
  }
  return spans;
}

/** Recently tokenized passage and sentence texts; bounded, so memory stays flat under load. */
const recent = new LRUCache<string, string[]>({ max: 20_000 });

/**
 * `terms(text)`, remembered for texts seen recently: reranking tokenizes the same passages and
 * sentences for question after question.
 */
export function cachedTerms(text: string): string[] {
  let t = recent.get(text);
  if (!t) {
    t = terms(text);
    recent.set(text, t);
  }
  return t;
}
