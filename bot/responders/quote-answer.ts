import type { KnowledgeBase, Ranked, Retrieval } from '../../knowledge/search/retrieve.js';
import { conceptIn } from '../../knowledge/search/concepts.js';
import { cachedTerms } from '../../knowledge/language/tokens.js';
import type { AnswerQuote } from '../answer.js';
import { citationOf } from './citation.js';
import { monthYear } from '../dates.js';

/** Most quotes a quote answer offers. */
const MAX_QUOTES = 3;
/** Passages searched for quotes, best first, and how much each rank counts. */
const RANK_WEIGHTS = [1, 0.6, 0.45, 0.35, 0.3];

/**
 * The citation line a briefing writer pastes:
 * `"…" — <title> (<publisher>, <month year>), <section>`.
 */
export function citationLine(text: string, c: { title: string; publisher: string; docDate: string; section: string }): string {
  const by = [c.publisher, monthYear(c.docDate, 'long')].filter(Boolean).join(', ');
  const source = by ? `${c.title} (${by})` : c.title;
  // A sentence that is itself someone's words in quotation marks is quoted once, not twice.
  // (The span may stop before the closing mark, which follows its full stop.)
  const words = /^[“"][^“”"]*[”"]?$/.test(text) ? text.replace(/^[“"]|[”"]$/g, '') : text;
  return `“${words}” — ${source}${c.section ? `, ${c.section}` : ''}`;
}

/** A sentence that only introduces someone's words ("Roy Wilsher said:"), which follow it. */
const LEAD_IN = /:\s*$/;

/**
 * Up to three sentences, word for word as the documents put them (only those checked at ingest
 * to be faithful spans of their source), that best match the question: each sentence scores by
 * how much of the question it covers and how well its passage ranked.
 */
export function pickQuotes(found: Retrieval, ranked: Ranked[], kb: KnowledgeBase): AnswerQuote[] {
  const ideas = found.concepts.filter((c) => !c.period && c.own.length > 0);
  const weights = ideas.map((c) => kb.conceptWeightOf(c));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const scored: { text: string; ranked: Ranked; score: number }[] = [];
  ranked.slice(0, RANK_WEIGHTS.length).forEach((r, rank) => {
    for (const [start, end] of r.passage.quotable ?? []) {
      const text = r.passage.text.slice(start, end);
      if (LEAD_IN.test(text)) continue;
      const words = new Set(cachedTerms(text));
      let covered = 0;
      ideas.forEach((c, i) => {
        if (conceptIn(c, words)) covered += weights[i]!;
      });
      if (covered === 0) continue;
      scored.push({ text, ranked: r, score: RANK_WEIGHTS[rank]! * (covered / total) });
    }
  });
  scored.sort((a, b) => b.score - a.score);
  const seen = new Set<string>();
  const out: AnswerQuote[] = [];
  // Citations are built only for the quotes kept (dates are slow to format).
  for (const { text, ranked: r } of scored) {
    if (seen.has(text)) continue;
    seen.add(text);
    const citation = citationOf(r.passage, kb);
    out.push(Object.assign(citation, { text, citation: citationLine(text, citation) }));
    if (out.length >= MAX_QUOTES) break;
  }
  return out;
}
