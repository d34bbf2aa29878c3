import { terms } from './tokens.js';
import type { Acronym } from '../types.js';

/**
 * Acronyms learned from the documents' own definitions: "Community Sentence Treatment
 * Requirements (CSTRs)", "ICO (Intensive Community Orders)" and glossary lines
 * ("DAPO – Domestic Abuse Protection Order"). The long form must spell the acronym's letters in
 * order from the starts of its words (a simplified Schwartz–Hearst match), so "(n=1032)" or
 * "(Catch22)" are never taken for definitions.
 */

const shortForm = /^[A-Z][A-Za-z0-9&-]*[A-Z0-9](?:s|'s)?$/;
const minor = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'with', 'a', 'an', '&', 'at', 'by']);

/** Strips a plural "s" so "CSTRs" and "CSTR" are one acronym. */
export function acronymKey(short: string): string {
  return short.replace(/'?s$/, '').toUpperCase();
}

/** Finds every acronym defined in `text`. */
export function findAcronyms(text: string, docId: string): Acronym[] {
  const out: Acronym[] = [];
  // Long form then acronym in brackets.
  for (const m of text.matchAll(/\(([A-Z][A-Za-z0-9&-]{1,9})\)/g)) {
    const short = m[1]!;
    if (!shortForm.test(short)) continue;
    const before = text.slice(Math.max(0, m.index! - 160), m.index!).trimEnd();
    const long = longFormBefore(before, acronymKey(short));
    if (long) out.push({ short: acronymKey(short), long, docId, context: sentenceAround(text, m.index!) });
  }
  // Acronym then long form in brackets, or "ACRONYM – long form" at the start of a line.
  for (const m of text.matchAll(/\b([A-Z][A-Z0-9&-]{1,9}s?)\s+(?:\(([^)]{4,120})\)|[–-]\s+([^.\n]{4,120}))/g)) {
    const short = m[1]!;
    const candidate = (m[2] ?? m[3] ?? '').trim();
    const words = candidate.split(/\s+/);
    const key = acronymKey(short);
    for (let n = key.length - 1; n <= Math.min(words.length, key.length + 3); n++) {
      const long = words.slice(0, n).join(' ');
      if (n > 0 && matchesLetters(long, key)) {
        out.push({ short: key, long: long.replace(/[,;:]$/, ''), docId, context: sentenceAround(text, m.index!) });
        break;
      }
    }
  }
  return out;
}

function longFormBefore(before: string, key: string): string | undefined {
  const words = before.split(/\s+/).filter(Boolean);
  // Try the fewest words that cover the letters, allowing a few minor words in between.
  for (let n = 1; n <= Math.min(words.length, key.length * 2 + 2); n++) {
    // The word right before the bracket may be a generic noun outside the acronym:
    // "voluntary, community and social enterprise organisations (VCSE)".
    for (const drop of [0, 1]) {
      const candidate = words.slice(words.length - n - drop, words.length - drop);
      const long = candidate.join(' ').replace(/[,;:]$/, '');
      if (candidate.length > 0 && matchesLetters(long, key)) return long.replace(/^[("‘'“]+/, '');
    }
  }
  return undefined;
}

/**
 * True when the significant words of `long` start with the acronym's letters in order
 * (minor words may be skipped; a letter may also come from inside a word, as in "GMPS" for
 * "Greater Manchester Probation Service").
 */
export function matchesLetters(long: string, key: string): boolean {
  const letters = key.replace(/[^A-Z0-9]/g, '');
  const words = long.split(/[\s-]+/).filter(Boolean);
  if (words.length === 0 || letters.length < 2) return false;
  if (words[0]!.replace(/^[("‘'“]+/, '')[0]?.toUpperCase() !== letters[0]) return false;
  let li = 0;
  for (const raw of words) {
    const word = raw.replace(/^[("‘'“]+/, '');
    if (li >= letters.length) return false; // words left over: the long form is too long
    const initial = word[0]?.toUpperCase();
    if (initial === letters[li]) {
      li++;
      // Letters may continue inside the same word ("SOC" ← "Serious Organised Crime" is by words;
      // "CRC" ← "Community Rehabilitation Company" likewise); a number may close the acronym.
      while (li < letters.length && /\d/.test(letters[li]!) && word.includes(letters[li]!)) li++;
      continue;
    }
    if (minor.has(word.toLowerCase())) continue;
    if (/^\d+$/.test(word) && letters[li] === word) {
      li++;
      continue;
    }
    return false;
  }
  return li === letters.length;
}

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at) + 2, 0);
  const endDot = text.indexOf('. ', at);
  const end = endDot < 0 ? text.length : endDot + 1;
  return text.slice(start, end).trim();
}

/** An acronym as search terms: the term of its short form ("cstr") and those of its long form. */
export interface AcronymTerms {
  acronym: Acronym;
  short: string;
  long: string[];
}

/**
 * Each acronym whose short form makes a search term, with the terms of both forms: what
 * indexing, reranking and indicator series all match acronyms by.
 */
export function acronymTerms(acronyms: Map<string, Acronym>): AcronymTerms[] {
  return [...acronyms.values()].flatMap((acronym) => {
    const short = terms(acronym.short)[0];
    return short ? [{ acronym, short, long: terms(acronym.long) }] : [];
  });
}

/** One long form per acronym: the one defined most often, then the earliest. */
export function acronymTable(found: Acronym[]): Map<string, Acronym> {
  const counts = new Map<string, Map<string, { n: number; first: Acronym }>>();
  for (const a of found) {
    const forms = counts.get(a.short) ?? new Map();
    const key = a.long.toLowerCase();
    const entry = forms.get(key) ?? { n: 0, first: a };
    entry.n++;
    forms.set(key, entry);
    counts.set(a.short, forms);
  }
  const table = new Map<string, Acronym>();
  for (const [short, forms] of counts) {
    const best = [...forms.values()].sort((x, y) => y.n - x.n)[0]!;
    table.set(short, best.first);
  }
  return table;
}

/**
 * Acronyms a document uses without defining in brackets, matched to a capitalised name it spells
 * out elsewhere: "GMIRS" and "Greater Manchester Integrated Rehabilitative Services".
 */
export function inferAcronyms(text: string, docId: string, known: Set<string>): Acronym[] {
  const out: Acronym[] = [];
  const wanted = new Set<string>();
  for (const m of text.matchAll(/\b([A-Z][A-Z0-9-]{2,7})s?\b/g)) {
    const key = acronymKey(m[1]!);
    if (!known.has(key) && /[A-Z].*[A-Z]/.test(key)) wanted.add(key);
  }
  if (wanted.size === 0) return out;
  // Capitalised names: runs of capitalised words, minor words allowed between them.
  const names = text.match(/\b[A-Z][\p{L}'’-]+(?:\s+(?:(?:of|and|for|the|in|&)\s+)?[A-Z][\p{L}'’-]+){1,7}/gu) ?? [];
  // Each name's initials, and those of the ends of longer names ("… the Greater Manchester
  // Victims Services" → GMVS), worked out once: the first name in the text to spell a key wins,
  // a whole name before any name's end. One pass, however many acronyms are looked for.
  const whole = new Map<string, string>();
  const ends = new Map<string, string>();
  for (const name of names) {
    const words = name.split(/\s+/);
    const initials = initialsOf(words);
    if (wanted.has(initials) && !whole.has(initials)) whole.set(initials, name);
    for (let i = 1; i < words.length - 1; i++) {
      if (!/^[A-Z]/.test(words[i]!)) continue;
      const end = words.slice(i);
      const key = initialsOf(end);
      if (wanted.has(key) && !ends.has(key)) ends.set(key, end.join(' '));
    }
  }
  for (const key of wanted) {
    const name = whole.get(key) ?? ends.get(key);
    if (name) out.push({ short: key, long: name, docId, context: name });
  }
  return out;
}

function initialsOf(words: string[]): string {
  let out = '';
  for (const w of words) if (!minor.has(w.toLowerCase())) out += w[0]!.toUpperCase();
  return out;
}
