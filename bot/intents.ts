import { PHONE_SERVICE } from '../knowledge/figures/mentions.js';
import { asksForWords, asksOtherThanNumber, asksReasonOrDescription, figureCue, SAYS_OR_DEFINES } from '../knowledge/search/asked-kind.js';
import type { Intent } from './answer.js';

/** What a question is after, told from its wording. */
export interface ParsedQuery {
  intent: Intent;
  /** The question with control characters removed and whitespace collapsed. */
  text: string;
  /** Why the query cannot be searched, when intent is `invalid`. */
  problem?: string;
  /** For a quote: whether a person's own words are asked for ("what did the chief constable say"), not any line. */
  spoken?: boolean;
  notes: string[];
}

/** Longest question searched; the rest is cut off with a note. */
export const MAX_QUERY_LENGTH = 500;

const quoteCue = /^(?:quote\b|give me a (?:line|quote)|a (?:line|quote)\b|line (?:on|about)\b)|\b(?:quote|quotes|quotation|quotable|sound ?bites?|wording|line for a briefing|exact words|own words|word for word|verbatim|(?:opening|closing|key|top) line)\b|\bwhat exactly (?:did|does|do|has|have)\b.*\b(?:say|said|put)\b/i;
/**
 * "The Tony Walsh line about Greater Manchester": a line named by who said it. (Not a phone
 * line: "the charity's phone line", "the non-emergency line".)
 */
const NAMED_LINE = /\b[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}line\b/u;
/**
 * "What did Joy Allen say about…", "what did the acting head of the IOPC say…": a person's words
 * are asked for, so the answer quotes them. (Not an organisation's or a group's: "what did
 * HMICFRS say", "what did survivors tell the committee" ask what they found.)
 */
const PERSON_SAID = /\bwhat (?:did|does|has|have) (.{3,80}?) (?:say|said|tell|told|comment(?:ed)?|write|wrote)\b/i;
/** A person's role ("the chief constable", "Kent's commissioner"). */
const ROLE = /\b(?:commissioner|chief|inspector|constable|minister|secretary|chair|director|head|mayor|commander|statistician|spokesperson|spokesman|spokeswoman)\b/i;
/** Two or three capitalised words in a row: a name, unless one of them names an organisation ("Home Affairs Committee"). */
const NAME = /\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){1,2}/gu;
const ORGANISATION_WORD = /\b(?:committee|police|office|service|services|inspectorate|board|council|commission|survey|department|ministry|agency|court|courts|government|unit|trust|partnership|authority|constabulary|force|affairs|crime|justice|statistics|report|parliament|house|prison|probation|association|college|network)\b/i;

/** Whether the words before "say" name a person or a person's role, not an organisation or a group. */
function namesPerson(speaker: string): boolean {
  return ROLE.test(speaker) || [...speaker.matchAll(NAME)].some((m) => !ORGANISATION_WORD.test(m[0]));
}
const PHONE_SERVICES = new RegExp(PHONE_SERVICE.source, 'gi');
/**
 * "What verdict did…", "what interests were…", "what principles is … built around": what asks for
 * a thing it names, not a number, whatever year the question names. (Not "what was the rate", nor
 * a thing that is a number: "what police budget did…", "what reductions has it reported".)
 */
const WHAT_THING = /^\s*what\s+(\p{L}+(?:\s+\p{L}+)?)\s+(?:did|does|do|was|were|is|are|has|have|had)\b/iu;
const NUMBER_THING = /\b(?:age|size|amount|level|sum|cost|value|price|budget|spend|spending|funding|reductions?|increases?|rises?|falls?|drops?|decreases?|changes?|growth)\b/i;

/** Whether the question opens by asking what thing, other than a number, something was. */
function asksWhatThing(text: string): boolean {
  const thing = WHAT_THING.exec(text)?.[1];
  return thing !== undefined && !NUMBER_THING.test(thing);
}


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
  // (A reason or a description asked of a number's topic asks for words: "What reason did the
  // report give for its lower referral rate", "How did the commission describe its funding".)
  // ("Why are the domestic abuse figures not a full measure", "where can I get the data behind the
  // figures": "figures" names the statistics asked about, and the question asks for words of them;
  // "why did the reoffending rate rise" still asks for the rate.)
  const namesFiguresOnly = !figureCue.test(text.replace(/\bfigures?\b/gi, ' '));
  const wantsFigure = !asksReasonOrDescription(text) && !(namesFiguresOnly && (asksForWords(text) || asksOtherThanNumber.test(text))) && (figureCue.test(text) || (/\d/.test(text.replace(PHONE_SERVICES, ' ')) && !asksOtherThanNumber.test(text) && !SAYS_OR_DEFINES.test(text) && !asksWhatThing(text)));
  const speaker = PERSON_SAID.exec(text)?.[1];
  const personSaid = speaker !== undefined && namesPerson(speaker);
  const intent: Intent = quoteCue.test(text) || NAMED_LINE.test(text) || personSaid ? 'quote' : wantsFigure ? 'figure' : 'passage';
  // "Chief Constable Lee Freeman reaction to the report, quote": a role named beside the cue asks for its holder's words.
  const spoken = personSaid || (intent === 'quote' && ROLE.test(text));
  return spoken ? { intent, text, notes, spoken } : { intent, text, notes };
}
