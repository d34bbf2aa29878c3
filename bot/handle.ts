import type { KnowledgeBase, Ranked } from '../knowledge/retrieve.js';
import { MIN_CONFIDENCE } from '../knowledge/retrieve.js';
import type { Passage } from '../knowledge/types.js';
import type { Answer, AnswerPassage, Citation } from './answer.js';
import { HELP_TEXT } from './help.js';
import { parseQuery } from './intents.js';

/** Most passages an answer carries. */
const MAX_PASSAGES = 5;
/** A passage holding the asked period is promoted if it scores at least this share of the best. */
const PERIOD_PROMOTION = 0.35;

/**
 * Answers one question from the knowledge base. Pure and platform-neutral: the same question
 * gets the same Answer whichever adapter asked it.
 */
export function handle(question: string, kb: KnowledgeBase): Answer {
  const parsed = parseQuery(question);
  const base = { query: question, intent: parsed.intent, figures: [], passages: [], notes: parsed.notes };
  if (parsed.intent === 'help') return { ...base, status: 'answered', headline: HELP_TEXT };
  if (parsed.intent === 'invalid') return { ...base, status: 'no_answer', headline: parsed.problem! };

  const found = kb.retrieve(parsed.text);
  if (found.ranked.length === 0 || found.confidence < MIN_CONFIDENCE) {
    return { ...base, status: 'no_answer', headline: "The plan documents don't cover that." };
  }

  let ranked = found.ranked;
  let status: Answer['status'] = 'answered';
  const notes = [...parsed.notes];
  if (found.askedPeriods.length > 0 && !found.periodHeld) {
    const best = ranked[0]!.score;
    const holder = ranked.find((r) => r.holdsPeriod && r.score >= best * PERIOD_PROMOTION && r.coverage >= MIN_CONFIDENCE);
    if (holder) {
      ranked = [holder, ...ranked.filter((r) => r !== holder)];
    } else {
      status = 'other_period';
      const asked = found.askedPeriods.map((p) => p.label).join(', ');
      const held = ranked[0]!.passage.periods.map((p) => p.label);
      notes.push(
        held.length > 0
          ? `The documents don't give this for ${asked}; the nearest they hold is ${[...new Set(held)].join(', ')}.`
          : `The documents don't give this for ${asked}; the closest passage is shown.`,
      );
    }
  }

  const passages = ranked.slice(0, MAX_PASSAGES).map((r) => toAnswerPassage(r, kb));
  const top = passages[0]!;
  return {
    ...base,
    status,
    notes,
    headline: `${top.title} (${top.publisher}, ${top.docDate.slice(0, 7)})${top.section ? `, ${top.section}` : ''}`,
    passages,
  };
}

function toAnswerPassage(r: Ranked, kb: KnowledgeBase): AnswerPassage {
  return { ...citationOf(r.passage, kb), text: r.passage.text, score: Math.round(r.score * 1000) / 1000, periods: r.passage.periods.map((p) => p.label) };
}

/** The citation for a passage: its document's title, publisher and date, and its section path. */
export function citationOf(passage: Passage, kb: KnowledgeBase): Citation {
  const doc = kb.documents.get(passage.docId);
  return {
    docId: passage.docId,
    title: doc?.title ?? passage.docId,
    publisher: doc?.publisher ?? '',
    docDate: doc?.date ?? '',
    section: passage.section.join(' › '),
  };
}
