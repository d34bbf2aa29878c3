import { helpText, sourcesText } from '../commands.js';
import { answerTo, type Responder } from './asked.js';

/** "help", "help quote": what the bot does, or what one command does, with examples. */
export const helpAnswer: Responder = (asked) =>
  asked.parsed.intent === 'help' ? answerTo(asked, { status: 'answered', headline: helpText(asked.kb, /^help\s+(.+)$/i.exec(asked.parsed.text)?.[1]) }) : undefined;

/** "sources": the documents answered from, newest first, each with its date. */
export const sourcesAnswer: Responder = (asked) =>
  /^sources$/i.test(asked.parsed.text) ? answerTo(asked, { intent: 'help', status: 'answered', headline: sourcesText(asked.kb) }) : undefined;
