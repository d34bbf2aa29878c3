import type { KnowledgeBase, Ranked, Retrieval } from '../../knowledge/search/retrieve.js';
import { conceptIn } from '../../knowledge/search/concepts.js';
import type { AnswerQuote } from '../answer.js';
import type { Passage } from '../../knowledge/types.js';
import { passageBeforeId } from '../../knowledge/documents/passages.js';
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

/** A sentence that only introduces someone's words ("Roy Wilsher said:", "On today's report the Chief Constable said."), which follow it. */
const LEAD_IN = /:\s*$|\b(?:said|says|added|commented)\s*[.:]?\s*$/i;
/** A line that introduces a person's words as the paragraph after it: "… Dame Vera Baird QC, said:". */
const SAID_INTRO = /\b(?:said|says|added|commented|explained|stated)\s*:\s*$/i;
/**
 * Words in quotation marks: speech, as a report sets a person's words.
 * (Not a term set in quotation marks to define it: "the Police and Crime Commissioner (the “Commissioner”)".)
 */
const SPEECH = /^\s*[“"]|[“"]\s?(?:[^”"\s]+\s+){3,}[^”"\s]|\p{L}[.,!?]\s?[”"]/u;
/** A quotation opened and not closed: the sentences after it are the same person's words until it closes. */
const OPENS_SPEECH = /[“"][^”"]*$/;
/** How much more a sentence of speech counts when a person's words are asked for. */
const SPEECH_WEIGHT = 3;

/**
 * Up to three sentences, word for word as the documents put them (only those checked at ingest
 * to be faithful spans of their source), that best match the question: each sentence scores by
 * how much of the question it covers and how well its passage ranked.
 */
export function pickQuotes(found: Retrieval, ranked: Ranked[], kb: KnowledgeBase, spoken = false): AnswerQuote[] {
  const ideas = found.concepts.filter((c) => !c.period && c.own.length > 0);
  const weights = ideas.map((c) => kb.conceptWeightOf(c));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const scored: { text: string; ranked: Ranked; speech: boolean; score: number }[] = [];
  const byId = new Map(ranked.map((r) => [r.passage.id, r.passage]));
  ranked.slice(0, RANK_WEIGHTS.length).forEach((r, rank) => {
    let before = spoken ? lastSentenceBefore(r.passage.id, byId) : undefined;
    // "Dame Vera Baird said:" over a paragraph set without quotation marks: all of it is her words.
    const saidBefore = before !== undefined && SAID_INTRO.test(before);
    let inSpeech = false;
    for (const [start, end] of r.passage.quotable ?? []) {
      const text = r.passage.text.slice(start, end);
      const introduced = before;
      before = text;
      const continued = inSpeech;
      // (“ opens what a person says; ” closes it: "“Setting the precept … . I have to balance …")
      if (/[”"]/.test(text.replace(/^[^“"]*[“"]/, ''))) inSpeech = false;
      if (OPENS_SPEECH.test(text)) inSpeech = true;
      if (LEAD_IN.test(text)) continue;
      const speech = spoken && (SPEECH.test(text) || saidBefore || continued);
      // Speech is often set after the sentence naming its speaker ("Commissioner Allen said:"):
      // that sentence's words count for it.
      // (An acronym says its long form: "the CPS" answers a question about the Crown Prosecution Service.)
      const words = kb.termsWithAcronyms(speech && introduced ? `${text} ${introduced}` : text);
      let covered = 0;
      ideas.forEach((c, i) => {
        if (conceptIn(c, words)) covered += weights[i]!;
      });
      if (covered === 0) continue;
      scored.push({ text, ranked: r, speech, score: RANK_WEIGHTS[rank]! * (covered / total) * (speech ? SPEECH_WEIGHT : 1) });
    }
  });
  // A person's words asked for: what someone said comes before any sentence about them.
  scored.sort((a, b) => (spoken && a.speech !== b.speech ? (a.speech ? -1 : 1) : b.score - a.score));
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

/** The last sentence of the passage before `id` in its document, where that passage is among `passages`. */
function lastSentenceBefore(id: string, passages: Map<string, Passage>): string | undefined {
  const before = passageBeforeId(id);
  const previous = before === undefined ? undefined : passages.get(before);
  const spans = previous?.quotable;
  return previous && spans && spans.length > 0 ? previous.text.slice(spans.at(-1)![0], spans.at(-1)![1]) : undefined;
}
