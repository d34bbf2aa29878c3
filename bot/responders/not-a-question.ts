import { answerTo, type Responder } from './asked.js';

/** A query that can't be asked (empty, too long, only punctuation): says what was wrong with it. */
export const invalidAnswer: Responder = (asked) =>
  asked.parsed.intent === 'invalid' ? answerTo(asked, { status: 'no_answer', headline: asked.parsed.problem! }) : undefined;

/**
 * A command ("digest subscribe", "forget me") that reached the knowledge alone: commands need the
 * store and the asker, and are run by ask(), which every adapter goes through.
 */
export const commandAnswer: Responder = (asked) =>
  asked.parsed.intent === 'command' ? answerTo(asked, { status: 'answered', headline: `"${asked.parsed.text}" is a command: run it in Slack, Teams or the shell.` }) : undefined;
