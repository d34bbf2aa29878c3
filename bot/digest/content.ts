import type { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import { changeBetween } from '../../knowledge/figures/change.js';
import { displayValue } from '../figure-line.js';
import type { Store } from '../../knowledge/store/store.js';
import { byIsoDate } from '../../knowledge/language/periods.js';
import type { Digest, TargetLine } from './digest.js';

const DAY = 24 * 60 * 60 * 1000;
/** Targets falling due within this many days are listed. */
const DUE_WITHIN_DAYS = 30;
const TOP_QUESTIONS = 5;

/** The ISO 8601 week ("2026-W48") a moment falls in. */
export function isoWeek(at: Date): string {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / DAY + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Builds the digest for the seven days ending at `weekEnd`: documents added or changed, indicator
 * rows that appeared (with the change against the row before and the series for a sparkline),
 * targets due in the next 30 days or overdue, the most asked questions and those the documents
 * could not answer. Sections with nothing in them are empty; a wholly empty week is `quiet`.
 */
export async function buildDigest(kb: KnowledgeBase, store: Store, weekEnd: Date): Promise<Digest> {
  const end = weekEnd.toISOString();
  const start = new Date(weekEnd.getTime() - 7 * DAY).toISOString();
  const inWeek = (t?: string) => t !== undefined && t >= start && t < end;

  const documents = (await store.documents())
    .filter((d) => inWeek(d.ingestedAt))
    .map((d) => ({ title: d.title, date: d.date, kind: d.kind, change: inWeek(d.firstIngestedAt ?? d.ingestedAt) ? ('new' as const) : ('updated' as const) }));

  const indicators: Digest['indicators'] = [];
  // One line per series: its newest row that arrived this week, with the row before as trend.
  for (const series of kb.series) {
    const i = series.rows.map((row) => inWeek(row.firstSeen)).lastIndexOf(true);
    if (i < 0) continue;
    const row = series.rows[i]!;
    const before = series.rows[i - 1];
    indicators.push({
      indicator: series.indicator,
      geography: series.geography,
      period: row.period.label,
      value: displayValue(row.value, row.unit),
      previous: before ? { period: before.period.label, value: displayValue(before.value, before.unit), change: changeBetween(row.number, before.number, row.unit) } : undefined,
      trend: series.rows.slice(0, i + 1).map((r) => r.number),
    });
  }

  const targetsDue: TargetLine[] = [];
  const targetsOverdue: TargetLine[] = [];
  const dueBy = new Date(weekEnd.getTime() + DUE_WITHIN_DAYS * DAY).toISOString().slice(0, 10);
  const today = end.slice(0, 10);
  const seen = new Set<string>();
  {
    for (const f of await kb.figures({ kind: 'target' })) {
      if (!f.period || seen.has(f.sentence)) continue;
      seen.add(f.sentence);
      const line = { measure: f.measure, value: f.value, due: f.period.end, sentence: f.sentence, title: kb.documents.get(f.docId)?.title ?? f.docId };
      if (f.period.end < today) targetsOverdue.push(line);
      else if (f.period.end <= dueBy) targetsDue.push(line);
    }
  }
  targetsOverdue.sort((a, b) => byIsoDate(b.due, a.due));

  const questions = await store.digest.questionsBetween(start, end);
  const counts = new Map<string, { query: string; count: number }>();
  for (const q of questions.filter((x) => x.intent !== 'help' && x.intent !== 'command' && x.intent !== 'invalid')) {
    const key = q.query.toLowerCase().replace(/\s+/g, ' ').trim();
    const entry = counts.get(key) ?? { query: q.query.trim(), count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const topQuestions = [...counts.values()].sort((a, b) => b.count - a.count || a.query.localeCompare(b.query)).slice(0, TOP_QUESTIONS);
  const unanswered = [...new Set(questions.filter((q) => q.status === 'no_answer' && q.intent !== 'invalid').map((q) => q.query.trim()))];

  const quiet = documents.length + indicators.length + targetsDue.length + topQuestions.length + unanswered.length === 0;
  return { week: isoWeek(new Date(weekEnd.getTime() - 1)), weekStart: start, weekEnd: end, documents, indicators, targetsDue, targetsOverdue, topQuestions, unanswered, quiet };
}

