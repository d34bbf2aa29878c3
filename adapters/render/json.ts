import type { Answer } from '../../bot/answer.js';

/** The CLI contract's JSON line for an answer (see ../shared/eval/README.md). */
export function renderJson(answer: Answer): string {
  return JSON.stringify({
    query: answer.query,
    intent: answer.intent,
    status: answer.status,
    headline: answer.headline,
    notes: answer.notes,
    figures: answer.figures,
    ...(answer.quotes ? { quotes: answer.quotes.map((q) => ({ text: q.text, citation: q.citation, docId: q.docId, section: q.section })) } : {}),
    passages: answer.passages.map((p) => ({
      docId: p.docId,
      title: p.title,
      publisher: p.publisher,
      date: p.docDate,
      section: p.section,
      text: p.text,
      score: p.score,
      ...(p.url ? { url: p.url } : {}),
    })),
  });
}
