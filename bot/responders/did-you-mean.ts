import { COMMANDS, didYouMean } from '../commands.js';
import { answerTo, type Responder } from './asked.js';

/** A mistyped command ("qoute women's centres"): the command it was most likely meant to be. */
export const didYouMeanAnswer: Responder = (asked) => {
  const { parsed, kb } = asked;
  const meant = didYouMean(parsed.text, (w) => kb.knowsWord(w));
  if (!meant) return undefined;
  const rest = parsed.text.replace(/^\S+\s*/, '');
  return answerTo(asked, { intent: 'help', status: 'answered', headline: `Did you mean "${meant}${rest ? ` ${rest}` : ''}"? ${COMMANDS[meant]!.what}.` });
};
