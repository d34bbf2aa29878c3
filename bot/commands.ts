import { distance } from 'fastest-levenshtein';
import { UNKNOWN_KIND } from '../knowledge/documents/catalog.js';
import type { KnowledgeBase } from '../knowledge/search/retrieve.js';
import { byIsoDate } from '../knowledge/language/periods.js';

/** The commands the bot understands, each with what it does and a real example. */
export const COMMANDS: Record<string, { what: string; usage: string }> = {
  help: { what: 'what the bot can do; "help" and a command name explains that command', usage: 'help quote' },
  quote: { what: 'sentences word for word from the documents, each with a citation line to paste', usage: "quote women's centres" },
  sources: { what: 'the documents the bot answers from, newest first, and which are out of date', usage: 'sources' },
  digest: { what: 'the weekly digest: "digest subscribe", "digest unsubscribe" or "digest preview"', usage: 'digest preview' },
  report: { what: 'questions marked wrong or not answered, most frequent first (command line: standing-together report)', usage: 'report' },
  'forget me': { what: 'removes the questions you asked from the log', usage: 'forget me' },
};

/** Commands a mistyped first word is compared with. */
const COMMAND_WORDS = ['help', 'quote', 'sources', 'digest', 'report'];

/**
 * The command a near-miss first word meant ("qoute" → quote, "digets" → digest), if any. A word
 * that is itself a word the documents use is a question, not a typo.
 */
export function didYouMean(question: string, isKnownWord: (word: string) => boolean): string | undefined {
  const first = question.trim().split(/\s+/, 1)[0]?.toLowerCase() ?? '';
  if (first.length < 4 || COMMAND_WORDS.includes(first) || isKnownWord(first)) return undefined;
  const best = COMMAND_WORDS.map((c) => ({ c, d: distance(first, c) })).sort((a, b) => a.d - b.d)[0]!;
  return best.d <= 2 ? best.c : undefined;
}

/** What a question of each shape gets, with an example drawn from the documents the bot holds. */
export interface Example {
  ask: string;
  gets: string;
}

/** The opening line of help and of a newcomer's welcome. */
export const ASK_INTRO = 'Ask about Standing Together, the Greater Manchester police and crime plan, in a few words:';
/** What every answer does, said under the examples. */
export const PROMISES = ['Every answer names the document, its date and the section it came from.', "When the documents don't hold an answer, the bot says so."];

/**
 * Examples of what to ask, drawn from the documents held: a figure the indicator table has a
 * trend for, an acronym the documents define, a topic and a quote.
 */
export function examples(kb: KnowledgeBase | undefined): Example[] {
  // The figure example: the indicator table's shortest-named series with a trend, written the
  // way people type it ("CSTRs ordered" → "CSTR 2023/24").
  const series = [...(kb?.series ?? [])].filter((s) => s.rows.length > 1).sort((a, b) => a.indicator.length - b.indicator.length)[0];
  const lead = series?.indicator.split(' ')[0] ?? '';
  const name = /^[A-Z]{2,}s?$/.test(lead) ? lead.replace(/s$/, '') : series?.indicator;
  const figure = series ? `${name} ${series.rows[series.rows.length - 1]!.period.label}` : 'CSTR 2023/24';
  const acronym = kb && kb.acronyms.size > 0 ? [...kb.acronyms.keys()].find((k) => k.length >= 4) ?? 'CSTR' : 'CSTR';
  return [
    { ask: figure, gets: 'a figure for a period, with the change' },
    { ask: 'youth reoffending rate', gets: 'the latest figure, with its source' },
    { ask: 'Challenger disruptions', gets: 'the passage that covers a topic' },
    { ask: `what is ${acronym}`, gets: 'what an acronym stands for' },
    { ask: "quote women's centres", gets: 'words you can paste, with a citation' },
  ];
}

/**
 * `help`: what the bot does, with examples drawn from the documents it holds — a figure it has
 * a table for, an acronym the documents define, and a quote topic.
 */
export function helpText(kb: KnowledgeBase | undefined, command?: string): string {
  if (command) {
    const c = COMMANDS[command.toLowerCase()];
    if (!c) return `There is no "${command}" command. Commands: ${Object.keys(COMMANDS).join(', ')}.`;
    return `${command}: ${c.what}\nExample: ${c.usage}`;
  }
  return [
    ASK_INTRO,
    ...examples(kb).map((e) => `  ${e.ask.padEnd(34)}${e.gets}`),
    'Commands: help [command], quote, sources, digest, report, forget me.',
    ...PROMISES,
  ].join('\n');
}

/** A document as the sources list shows it. */
export interface Source {
  title: string;
  publisher: string;
  kind: string;
  /** ISO date, or '' when the document gives none. */
  date: string;
  /** Whether a newer document of the same kind is held. */
  stale: boolean;
}

/** The documents the bot answers from, newest first, each marked stale when a newer one of its kind is held. */
export function sources(kb: KnowledgeBase): Source[] {
  const docs = [...kb.documents.values()].sort((a, b) => byIsoDate(b.date, a.date));
  const newestOfKind = new Map<string, string>();
  for (const d of docs) if (!newestOfKind.has(d.kind)) newestOfKind.set(d.kind, d.id);
  // A document of no known kind (not in the catalog) is no newer edition of another.
  return docs.map((d) => ({ title: d.title, publisher: d.publisher, kind: d.kind, date: d.date, stale: d.kind !== UNKNOWN_KIND && newestOfKind.get(d.kind) !== d.id }));
}

/** `sources`: the documents the bot answers from, newest first, with the out-of-date ones marked. */
export function sourcesText(kb: KnowledgeBase): string {
  const lines = sources(kb).map((d) => {
    const stale = d.stale ? ' — stale: a newer one of this kind exists' : '';
    return `${(d.date.slice(0, 7) || 'undated').padEnd(7)}  ${d.title} (${[d.publisher, d.kind].filter(Boolean).join(', ')})${stale}`;
  });
  return ['The documents the bot answers from, newest first:', ...lines].join('\n');
}
