import { distance } from 'fastest-levenshtein';
import { UNKNOWN_KIND } from '../knowledge/catalog.js';
import type { KnowledgeBase } from '../knowledge/retrieve.js';

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
  // The figure example: the indicator table's shortest-named series with a trend, written the
  // way people type it ("CSTRs ordered" → "CSTR 2023/24").
  const series = [...(kb?.series ?? [])].filter((s) => s.rows.length > 1).sort((a, b) => a.indicator.length - b.indicator.length)[0];
  const lead = series?.indicator.split(' ')[0] ?? '';
  const name = /^[A-Z]{2,}s?$/.test(lead) ? lead.replace(/s$/, '') : series?.indicator;
  const figure = series ? `${name} ${series.rows[series.rows.length - 1]!.period.label}` : 'CSTR 2023/24';
  const acronym = kb && kb.acronyms.size > 0 ? [...kb.acronyms.keys()].find((k) => k.length >= 4) ?? 'CSTR' : 'CSTR';
  return [
    'Ask about Standing Together, the Greater Manchester police and crime plan, in a few words:',
    `  ${figure.padEnd(34)}a figure for a period, with the change`,
    `  ${'youth reoffending rate'.padEnd(34)}the latest figure, with its source`,
    `  ${'Challenger disruptions'.padEnd(34)}the passage that covers a topic`,
    `  ${`what is ${acronym}`.padEnd(34)}what an acronym stands for`,
    `  ${"quote women's centres".padEnd(34)}words you can paste, with a citation`,
    'Commands: help [command], quote, sources, digest, report, forget me.',
    'Every answer names the document, its date and the section it came from.',
    "When the documents don't hold an answer, the bot says so.",
  ].join('\n');
}

/** `sources`: each document with its date, newest first; an older one of a kind is marked stale. */
export function sourcesText(kb: KnowledgeBase): string {
  const docs = [...kb.documents.values()].sort((a, b) => b.date.localeCompare(a.date));
  const newestOfKind = new Map<string, string>();
  for (const d of docs) if (!newestOfKind.has(d.kind)) newestOfKind.set(d.kind, d.id);
  const lines = docs.map((d) => {
    // A document of no known kind (not in the catalog) is no newer edition of another.
    const stale = d.kind !== UNKNOWN_KIND && newestOfKind.get(d.kind) !== d.id ? ' — stale: a newer one of this kind exists' : '';
    return `${(d.date.slice(0, 7) || 'undated').padEnd(7)}  ${d.title} (${[d.publisher, d.kind].filter(Boolean).join(', ')})${stale}`;
  });
  return ['The documents the bot answers from, newest first:', ...lines].join('\n');
}
