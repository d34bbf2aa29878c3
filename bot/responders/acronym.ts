import { acronymKey } from '../../knowledge/language/acronyms.js';
import { answerTo, type Responder } from './asked.js';

/** The acronym in "what is CSTR", "what does MATAC stand for" or "CSTR?", if the question is that. */
export function acronymAsked(text: string): string | undefined {
  const m =
    /^(?:what(?:'s| is| are| does)|define|meaning of)\s+(?:an?\s+|the\s+)?([A-Z][A-Za-z0-9&-]*[A-Z0-9])s?(?:\s+(?:stand for|mean))?\s*\??$/i.exec(text) ??
    /^([A-Z][A-Z0-9&-]*[A-Z0-9])s?\s*\?$/.exec(text);
  const word = m?.[1];
  return word && /^[A-Z0-9&-]+$/.test(word) && word.length >= 2 ? acronymKey(word) : undefined;
}

/** "What is XYZ" for an acronym no document uses: said plainly, rather than a search on its letters. */
export const unknownAcronymAnswer: Responder = (asked) => {
  const acronym = acronymAsked(asked.parsed.text);
  if (!acronym || asked.kb.acronyms.get(acronym) || asked.kb.knowsWord(acronym.toLowerCase())) return undefined;
  return answerTo(asked, { status: 'no_answer', headline: `${acronym} isn't used in the plan documents, so they don't say what it stands for.` });
};
