import type { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import type { Answer } from '../answer.js';
import type { ParsedQuery } from '../intents.js';

/** A question as every responder gets it: as typed, as parsed, and the knowledge to answer from. */
export interface Asked {
  question: string;
  parsed: ParsedQuery;
  kb: KnowledgeBase;
}

/**
 * One way of answering, tried in turn by `handle`: an Answer when the question is its kind,
 * undefined to leave it to the next.
 */
export type Responder = (asked: Asked) => Answer | undefined | Promise<Answer | undefined>;

/** An answer to `asked`, with the question, its intent and parse notes filled in. */
export function answerTo(asked: Asked, rest: Pick<Answer, 'status' | 'headline'> & Partial<Answer>): Answer {
  // Built with Object.assign, not object spread: under load, V8 keeps objects made by spreads
  // alive through young-generation collections, and those pauses become the p99.
  return Object.assign({ query: asked.question, intent: asked.parsed.intent, figures: [], passages: [], notes: asked.parsed.notes }, rest);
}
