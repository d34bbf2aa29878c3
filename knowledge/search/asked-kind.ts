import type { FigureUnit } from '../figures/figures.js';
import { termOf, words } from '../language/tokens.js';
import type { Period } from '../types.js';
import { DURATION_UNITS, FIGURE_UNITS } from '../types.js';
import { isIrregularVerbForm, senseCounts } from '../language/wordnet.js';

/**
 * What kind of answer a question asks for: words (who, why, a reason, a description) or a
 * number, and which kinds of number ("how many" a count, "what share" a percentage, "how much
 * money" a sum, "how long" a duration), with the words that asked and what is counted.
 */

/** Words that ask for a figure, whatever else the question asks. */
/** (The one list the intent reader and the question reader share.) */
export const figureCue = /\b(?:how many|how much|how often|how (?:big|large|long|likely|far|high|low)|up or down|down or up|number of|rate|rates|percentage|per ?cent|proportion|share|fraction|figure|figures|total|average|count)\b|%/i;

/** What "how many" and "number of" ask for: a count, or a share or sum standing for one. */
const COUNT_ASKED: FigureUnit[] = ['count', 'ratio', 'percent', 'money'];
/** Heads of a count that is one of money ("how many pounds", "the number of millions"). */
const MONEY_COUNTED = new Set(['pound', 'million', 'billion', 'penny', 'pence', 'euro', 'dollar'].map((w) => termOf(w)));

/**
 * Heads of a count that is a span of time ("how many days did it take", "the number of weeks
 * waited"), with the unit a span written in them is read in: "98 days" answers it.
 */
const SPAN_COUNTED = new Map<string, FigureUnit>(DURATION_UNITS.map((u) => [termOf(u)!, u]));

/** The kinds of number a share or a rate is given in. */
const SHARE_ASKED: FigureUnit[] = ['percent', 'ratio', 'percentage-points', 'rate-per-1000'];

const ASKS: [RegExp, FigureUnit[]][] = [
  [/\b(how long|how quickly|how soon|duration|waiting time|time to|average time|(?:average|mean|median) length)\b/i, [...DURATION_UNITS]],
  // "How many PCCs are there, says the police funding explainer": what the question asks for
  // decides, not a money word in its topic.
  [/\b(how many|number of)\b/i, COUNT_ASKED],
  // "PCSO numbers Sept 2023", "prison receptions 2016 number": a terse question asks a count by
  // the noun alone (not "the 101 number", a phone number).
  [/(?<!\b(?:101|999|111)\s)\b(numbers?)\b/i, COUNT_ASKED],
  // "How much of the budget goes to the force": a part of a whole, given as a share or a sum.
  [/\bhow much of\b/i, ['percent', 'ratio', 'money']],
  // "How much does each council get a year": how much someone gets, receives or is given is money.
  // (The words between are the topic, not the asking: "how much did livestock theft cost".)
  // ("What was the average amount each victim lost", "how much did fraudsters steal": a sum lost, stolen or saved is money.)
  [/(\bhow much money\b|\bhow much\b(?=\s+(?:\w+\s+){1,4}?(?:get|gets|got|receive|receives|received|given|awarded|granted|allocated|worth|paid|spent|cost|costs|lost|lose|steal|stole|stolen|save|saved|owed|owe)\b)|\bamount\b(?=\s+(?:\w+\s+){0,4}?(?:lost|paid|spent|stolen|owed|saved|awarded)\b)|£)/i, ['money']],
  // "What share of fines are paid on time": a share asked for is a share, whatever money its topic names.
  [/\b(percentage|per ?cent|proportion|share|fraction|%)(?=\W|$)/i, SHARE_ASKED],
  [/(\bbudget\b|\bcost(?:s|ing)?\b|\bspend(?:ing)?\b|\bspent\b|\bpaid\b|\bprice\b|\bfunding\b|\binvest(?:ed|ment)?\b)/i, ['money']],
  // "How likely", "what are the chances": a likelihood is a share, given as a percentage.
  [/\b(rate|rates|how likely|likelihood|chances?|probability)\b/i, SHARE_ASKED],
  // "How much disruption did trespass cause": an amount may be one of time as well ("12,000 minutes of delays").
  [/\b(how much)\b/i, ['count', 'ratio', 'percent', 'money', ...DURATION_UNITS]],
  [/\b(how many|number of|how often|count|total)\b/i, ['count', 'ratio', 'percent', 'money']],
  // "Caseload per probation officer", "arrests per 1,000 people": a number for each of something.
  [/\b(per (?!cent\b)(?:\d[\d,]*\s+)?[\p{L}-]{3,})/iu, ['count', 'ratio', 'rate-per-1000', 'money']],
];
const ANY_UNIT: FigureUnit[] = [...FIGURE_UNITS];

/**
 * A question that opens by asking who, which, where, when, why or whether asks for something
 * other than a number, even when it names a period ("who chaired the board in 2019?").
 */
export const asksOtherThanNumber = /^\s*(who|whom|whose|which|where|when|why|did|does|do|is|are|was|were|will|can|could|has|have|had|how (?:did|does|do|is|are|was|were|will|can|has|have))\b/i;

/** "Quote the definition used in the 2015/16 bulletin", "what does ONS say about 2023": words are asked for. */
export const SAYS_OR_DEFINES = /\b(?:quote|quotes|says?|said|definition|define|describe)\b/i;

/**
 * The kinds of number a question asks for, or undefined when it does not ask for one. Naming a
 * period asks for what happened in it, a number of any kind, unless the question asks for
 * something else.
 */
export function askedUnits(text: string, periods: Period[]): FigureUnit[] | undefined {
  return askedBy(text, periods).units;
}

/** "What" and up to six words before the word asking for a reason: "what does the brigade think is behind". */
export const WHAT_THEN = String.raw`\bwhat(?:['’]s)?\s+(?:[\p{L}’']+\s+){0,6}?`;
/**
 * Asking for a reason without the word "why": "what reasons did they give", "what is behind the
 * fall", "what drove the rise", "how did she explain it".
 */
const REASON_ASKED = new RegExp(String.raw`\b(?:what|which)\s+(?:(?:are|were|was|is)\s+(?:the\s+)?)?(?:main\s+)?(?:reasons?|explanations?|causes?|factors?)\b|${WHAT_THEN}(?:behind|driving|drove|driven|caused|causing|explains?|explained|led to|leading to|accounts? for)\b|\breasons?\s+(?:for|why|behind)\b|\bhow (?:did|does|do|has|have|would|could)\b.*\b(?:explain|account for)\b`, 'iu');
/** Asking why, in so many words or others. */
export const WHY = new RegExp(String.raw`\bwhy\b|${REASON_ASKED.source}`, 'iu');
/** Questions opening with these ask for a place, a person or a reason, whatever numbers they name. */
const ASKS_NO_NUMBER = /^\s*(?:who|whom|whose|where|why)\b/i;
/** Asking for a reason, an explanation or how something was described. */
const ASKS_WORDS = new RegExp(String.raw`\b(?:what|which)\s+justification\b|\bhow (?:did|does|do|has|have)\b.*\b(?:describe|characteri[sz]e|justify)\b|${REASON_ASKED.source}`, 'iu');
/** Words asking for a quantity outright, whatever else is asked. */
const ASKS_QUANTITY = /\b(?:how many|how much|what (?:percentage|proportion|share|fraction|number)|number of|by how)\b/i;

/**
 * Whether a question asks for words whatever numbers it names: who, where or why something was
 * ("What did the panel hear about why the grant did not ease the budget"), a reason or a
 * description ("What reason did the report give for its lower referral rate", "How did the
 * commission describe its funding").
 */
export function asksForWords(question: string): boolean {
  return ASKS_NO_NUMBER.test(question) || (WHY.test(question) && !figureCue.test(question)) || asksReasonOrDescription(question);
}

/** Opening by asking for a time: "when did …", "in what year …", "which month …", "by when …". */
const ASKS_TIME = /^\s*(?:(?:in|on|from|by|since|until)\s+)?(?:when|(?:what|which)\s+(?:year|date|month|day))\b/i;

/**
 * Whether a question asks only when something happened ("When did the triage centre open?"):
 * a count or a share beside the date answers something else. ("What was the most officers, and
 * in which year?" asks a quantity first; "when … how many" asks one too.)
 */
export function asksTimeOnly(question: string): boolean {
  return ASKS_TIME.test(question) && !ASKS_QUANTITY.test(question) && !figureCue.test(question);
}

/** Whether a question asks what reason was given or how something was described, and for no quantity outright. */
export function asksReasonOrDescription(question: string): boolean {
  return ASKS_WORDS.test(question) && !ASKS_QUANTITY.test(question);
}

/**
 * The kinds of number asked, the words that asked for them (the group that decided), and whether
 * only a period implied them (no word asked for a number).
 */
export function askedBy(question: string, periods: Period[]): { units?: FigureUnit[]; also?: FigureUnit[]; words: Set<string>; implied: boolean } {
  // ("What did the panel hear about why the grant did not ease the budget": a reason asked for
  // inside the question, with no word asking for a number, asks for words as well.)
  if (asksForWords(question)) return { units: undefined, words: new Set(), implied: false };
  // "What share lost under £250": a value the question compares with is not what it asks for;
  // nor does a name ("Exceptional Case Funding applications") ask for the kind of number its
  // words would.
  const text = question.replace(COMPARED_VALUE, ' ').replace(CAPITALISED_NAME, ' ');
  // "How much was still unpaid …, and what was the full rate of each fine?": each part of a
  // question in two asks for its own kind of number, and either kind answers.
  // (What the whole question asks for leads the answer; the second part's kind only answers too.)
  // (A part asks only where the whole does: its words are the whole's.)
  // ("What proportion …, and roughly how many people is that?": the part asked first leads, whichever
  // kind of number the whole would put first.)
  const parts = text.split(SECOND_QUESTION);
  const asked = (parts.length > 1 ? askedKinds(parts[0]!) : undefined) ?? askedKinds(text);
  if (asked) {
    const also = parts.length > 1 ? parts.flatMap((part) => askedKinds(part)?.units ?? []).filter((u) => !asked.units.includes(u)) : [];
    return { ...asked, implied: false, ...(also.length > 0 ? { also: [...new Set(also)] } : {}) };
  }
  const implied = periods.length > 0 && !asksOtherThanNumber.test(question) && !SAYS_OR_DEFINES.test(question);
  return { units: implied ? ANY_UNIT : undefined, words: new Set(), implied };
}

/** Where a question goes on to ask a second thing: ", and what was …", "; how many …". */
const SECOND_QUESTION = /(?:,\s*and|;)\s+(?=(?:[\p{Ll}]+ly\s+)?(?:what|how|which)\b)/iu;

/** The kinds of number the first word asking for one asks for, and the words that asked. */
function askedKinds(text: string): { units: FigureUnit[]; words: Set<string> } | undefined {
  for (const [re, asked] of ASKS) {
    if (!re.test(text)) continue;
    // "How many officers": a count of things is not a sum of money, unless what is counted is money.
    const counted = asked === COUNT_ASKED ? countedTerm(text) : undefined;
    const span = counted === undefined ? undefined : SPAN_COUNTED.get(counted);
    const units = span ? [span, 'count' as const] : counted !== undefined && !MONEY_COUNTED.has(counted) ? asked.filter((u) => u !== 'money') : asked;
    const said = new Set<string>();
    for (const m of text.matchAll(new RegExp(re.source, 'gi'))) for (const w of words(m[0])) said.add(w.text.toLowerCase());
    // Counting words say how, not what: "number" is in every passage that has a number.
    return { units, words: units.includes('count') ? new Set() : said };
  }
  return undefined;
}

/** Two or more capitalised words in a row, not opening the question: a name. */
const CAPITALISED_NAME = /(?<=\S\s+)\p{Lu}\p{Ll}+(?:\s+(?:of|and|for|the)?\s*\p{Lu}\p{Ll}+)+/gu;

/** A value after a word that compares with it: "under £250", "more than 50%", "at least £1m". */
const COMPARED_VALUE = /\b(?:over|above|under|below|more than|less than|fewer than|at least|at most)\s+(?:£\s?)?\d[\d,.]*(?:\s?(?:%|m|bn|k|million|billion)\b)?%?/gi;

/** Words that end the phrase naming what is counted: verbs, auxiliaries and prepositions. */
const ENDS_COUNTED = /^(?:are|is|were|was|be|been|did|do|does|have|has|had|will|would|can|could|got|get|gets|in|on|at|for|from|by|with|across|since|during|of|per|against|about|between|among|amongst|into|involving|within|without|after|before|through|towards|around|a|an|the|to|that|who|which|there|than|over|under|this|these|last|each|every|\d.*)$/i;

/** The search term of the head of the phrase after "how many" / "number of", if any. */
export function countedTerm(text: string): string | undefined {
  const head = countedPhrase(text).phrase.at(-1);
  return head === undefined ? undefined : termOf(head);
}

/**
 * The search terms of the phrase after "how many" / "number of", its head last: "how many
 * bombing incidents did the PSNI record" → bomb, incid.
 */
export function countedTerms(text: string): string[] {
  return countedPhrase(text).phrase.map((w) => termOf(w)).filter((t): t is string => t !== undefined);
}

/** Words after what is counted that make it a part of a whole: "how many victims were satisfied", "… said they felt safe". */
const PART_OF_WHOLE = /\b(?:are|is|were|was|said|say|says|felt|feel|feels|thought|think|reported|experienced|had|have|has|involved|involve|included|include|went|got|ended|came)\b/i;
/** An auxiliary that opens who did the counting: "how many incidents did the PSNI record". */
const DONE_BY = /^(?:did|do|does|will|would|can|could)$/i;

/**
 * Whether a count asks for the whole of what it names ("number of respondents", "how many
 * bombing incidents did the PSNI record"), rather than the part of it that was or did something
 * ("how many victims were satisfied"): a share of the thing counted answers only the second.
 */
export function countsWhole(text: string): boolean {
  const { phrase, rest } = countedPhrase(text);
  // ("… and how many felt they waited too long": a verb where the noun would be counts those of
  // a whole named before.)
  if (phrase.length === 0 || isIrregularVerbForm(phrase[0]!) || /^\p{Ll}{2,}ed$/u.test(phrase[0]!)) return false;
  if (rest.length > 0 && DONE_BY.test(rest[0]!)) return true;
  return !rest.some((w) => PART_OF_WHOLE.test(w));
}

/** The words after "how many" / "number of" that name what is counted, and the words after them. */
function countedPhrase(text: string): { phrase: string[]; rest: string[] } {
  const m = /\b(?:how many|number of)\s+(.*)$/i.exec(text);
  if (!m) return { phrase: [], rest: [] };
  const phrase: string[] = [];
  const all = words(m[1]!).map((w) => w.text);
  let end = 0;
  for (const [i, w] of all.entries()) {
    // "How many band 4 probation officers": a small number after a word is part of a name.
    if (phrase.length > 0 && /^\d{1,2}$/.test(w)) continue;
    if (ENDS_COUNTED.test(w)) break;
    // "The number of sex crimes logged by police": a participle after the noun, before what did it,
    // says what was done to it ("serious organised crime" goes on to its noun).
    // ("How many youngsters sat through the talks": so does an irregular verb form.)
    if (phrase.length > 0 && (/^\p{Ll}{2,}(?:[^e\W]ed|ied)$/u.test(w) || isIrregularVerbForm(w)) && (all[i + 1] === undefined || ENDS_COUNTED.test(all[i + 1]!))) break;
    // ("How many officers took part in …": an irregular verb form that is no noun ends it, whatever follows.)
    if (phrase.length > 0 && isIrregularVerbForm(w) && senseCounts(w).n === 0) break;
    phrase.push(w);
    end = i + 1;
  }
  // ("the number of people prosecutors formally accused": an adverb before the verb is no noun.)
  while (phrase.length > 1 && /^\p{Ll}{3,}ly$/u.test(phrase.at(-1)!)) {
    phrase.pop();
    end = all.lastIndexOf(phrase.at(-1)!, end - 1) + 1;
  }
  return { phrase, rest: all.slice(end) };
}
