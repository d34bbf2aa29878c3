import type { KnowledgeBase } from '../knowledge/search/retrieve.js';
import type { Answer } from './answer.js';
import { parseQuery } from './intents.js';
import { unknownAcronymAnswer } from './responders/acronym.js';
import type { Asked, Responder } from './responders/asked.js';
import { didYouMeanAnswer } from './responders/did-you-mean.js';
import { helpAnswer, sourcesAnswer } from './responders/help.js';
import { commandAnswer, invalidAnswer } from './responders/not-a-question.js';
import { searchAnswer } from './responders/search.js';

/**
 * The ways a question is answered, tried in order; the first that takes it answers. What is not
 * help, a mistyped command, a bad query, a command or an acronym no document uses is searched for.
 */
const RESPONDERS: Responder[] = [helpAnswer, sourcesAnswer, didYouMeanAnswer, invalidAnswer, commandAnswer, unknownAcronymAnswer];

/**
 * Answers one question from the knowledge base. Platform-neutral: the same question gets the
 * same Answer whichever adapter asked it.
 */
export async function handle(question: string, kb: KnowledgeBase): Promise<Answer> {
  const asked: Asked = { question, parsed: parseQuery(question), kb };
  for (const respond of RESPONDERS) {
    const answer = await respond(asked);
    if (answer) return answer;
  }
  return searchAnswer(asked);
}
