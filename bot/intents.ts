import { PHONE_SERVICE } from '../knowledge/figures/mentions.js';
import { asksOtherThanNumber } from '../knowledge/search/question.js';
import type { Intent } from './answer.js';

/** What a question is after, told from its wording. */
export interface ParsedQuery {
  intent: Intent;
  /** The question with control characters removed and whitespace collapsed. */
  text: string;
  /** Why the query cannot be searched, when intent is `invalid`. */
  problem?: string;
  notes: string[];
}

/** Longest question searched; the rest is cut off with a note. */
export const MAX_QUERY_LENGTH = 500;

const quoteCue = /^(?:quote\b|give me a (?:line|quote)|a (?:line|quote)\b)|\b(?:quote|quotes|quotation|line for a briefing|the .* line)\b/i;
const PHONE_SERVICES = new RegExp(PHONE_SERVICE.source, 'gi');
const figureCue = /\b(how many|how much|how often|number of|rate|percentage|per ?cent|proportion|share|fraction|figure|total|average)/i;


/**
 * Reads a raw question: cleans it, spots help and unusable input, and guesses the intent.
 * @example
 * parseQuery('CSTR 2023/24').intent // 'figure'
 */
export function parseQuery(raw: string): ParsedQuery {
  const notes: string[] = [];
  // eslint-disable-next-line no-control-regex
  let text = raw.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (text.length > MAX_QUERY_LENGTH) {
    text = text.slice(0, MAX_QUERY_LENGTH).replace(/\s+\S*$/, '');
    notes.push(`Your question was long, so only its first ${MAX_QUERY_LENGTH} characters were searched.`);
  }
  if (text === '') return { intent: 'invalid', text, problem: 'The question is empty. Type a few words, e.g. "CSTR 2023/24".', notes };
  if (/^(help(\s+(\S+|forget me))?|\?|commands)$/i.test(text)) return { intent: 'help', text, notes };
  if (/^(digest(\s+\w+)?|forget me)$/i.test(text)) return { intent: 'command', text, notes };
  if (!/[\p{L}\p{N}]/u.test(text)) {
    return { intent: 'invalid', text, problem: 'The question has no words or numbers in it. Try e.g. "youth reoffending rate".', notes };
  }
  // A number in the question ("CSTR 2023/24") asks for one too, unless the question asks why, who or where.
  // A phone service's number ("the 111 number") names it; it asks for none.
  const wantsFigure = figureCue.test(text) || (/\d/.test(text.replace(PHONE_SERVICES, ' ')) && !asksOtherThanNumber.test(text));
  const intent: Intent = quoteCue.test(text) ? 'quote' : wantsFigure ? 'figure' : 'passage';
  return { intent, text, notes };
}
