/**
 * How a figure's measure, as its own words name it, is completed from the rest of its sentence:
 * a list item shares the noun of the item before it, a kind is a kind of what the sentence says,
 * a change is a change in what was just measured, a part in brackets is a part of the whole
 * before the bracket.
 */
import { CHANGE_NOUN, NO_MEASURE, headNoun, isNoun, measureAfter, realMeasure } from './measures.js';
import { partOf } from './part-of.js';
import { FRACTION_OF } from './figure-wording.js';
import type { Mention } from './mentions.js';
import type { Figure } from '../types.js';
import { senseCounts } from '../language/wordnet.js';
import { LISTED_YEAR } from '../language/periods.js';

/** The kind of rate a measure ends in: "neighbourhood crime solved rates" → solved rates. */
const RATE_HEAD = /\b((?:(?!crime\b)[\p{L}-]+\s+)?rates?)$/iu;

/** "form of abuse … was": what a kind named after it is a kind of. */
const KIND_OF = /\b(?:form|type|kind|sort)s?\s+of\s+(\p{L}[\p{L}-]*)\b[^.;]*\b(?:was|were|is|are)\s+[\p{L}-]+\s*\(\s*$/u;

/** A clause of what was done, then "in" before a count of cases: "immediate re-release was directed in". */
const DONE_IN_CASES = /(?:^|[,;:]\s*|\band\s+)(\p{L}[^,;:()]*?\b(?:was|were|had been|has been|have been)\s+\p{L}{3,})\s+in\s+$/iu;

/** Where a part went, right after its number and before the next part or the bracket's end: "to Google and …". */
// (Not "for women": a part for whom is measured as the sentence's own words say, see sharedHead.)
const WHERE_PART_WENT = /^\s*((?:to|from)\s+\p{L}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s*(?:,|;|\)|\band\b)/u;

/** A pronoun pointing back, then a verb of change up to the number: "this rose to a staggering", "it fell to". */
const POINTED_BACK = /\b(?:this|that|it|which)\s+(?:has\s+|had\s+|then\s+)?(?:rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|climbed|went\s+(?:up|down))\s+to\s+(?:(?:a|an)\s+)?(?:[\p{L}-]+\s+)?$/iu;

/** The words before a list item's number, only its year and a dash: " 2013/2014 – ". */
const YEAR_ITEM = new RegExp(String.raw`^\s*${LISTED_YEAR}\s*[-–]\s*$`);

/** A fraction in words, then whom it is of, up to an opening bracket: "a third of consumers (". */
const FRACTION_THEN_WHOM = new RegExp(String.raw`${FRACTION_OF.source}\s+of\s+((?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\s*\(\s*$`, 'iu');

/** A sentence opening on the whole its next number is part of: "Of the ", "Of all ". */
const OF_WHOLE_OPENING = /^\s*Of\s+(?:the|these|those|all)?\s*$/i;

/** What made up a share of a whole, then the verb saying so, up to the share: "Fraud accounted for ". */
const SHARE_MADE_UP = /(?:^|[,;:]\s*|\band\s+)(\p{L}[\p{L}'’ -]{0,50}?)\s+(accounted for|accounts for|account for|made up|makes up|make up|represented|represents|comprised|comprises)\s+(?:(?:around|about|almost|nearly|over|under|just over|just under|more than|less than|some)\s+)?$/iu;
/** Each verb of making up a share, as its passive says it. */
const MADE_UP_BY: Record<string, string> = {
  'accounted for': 'accounted for', 'accounts for': 'accounted for', 'account for': 'accounted for',
  'made up': 'made up', 'makes up': 'made up', 'make up': 'made up',
  represented: 'represented', represents: 'represented', comprised: 'comprised', comprises: 'comprised',
};

/** A number in its sentence, with what the sentence has measured so far. */
export interface InSentence {
  /** The sentence. */
  text: string;
  /** The number, and its place among the sentence's numbers. */
  m: Mention;
  i: number;
  found: Mention[];
  /** The figures made of the sentence's numbers before this one. */
  roles: ReadonlyMap<Mention, Figure>;
  /** The words between the number before and this one, and all the words after it. */
  before: string;
  after: string;
  /** The last measure the sentence named. */
  lastMeasure: string;
  /** Whether the number is a table's, measured by its column's label. */
  inTable: boolean;
}

/** The measure `said` of a number completed from what its sentence says around it. */
export function completedMeasure(said: string, { text, m, i, found, roles, before, after, lastMeasure, inTable }: InSentence): string {
  // "… supported 1,681 people, but in 2020 this rose to a staggering 3,146": what "this" became
  // is what the sentence last measured.
  if (!inTable && lastMeasure && POINTED_BACK.test(before)) return lastMeasure;
  // "… as follows:- 2012/2013 – 863 2013/2014 – 979": a list's next year and its number measure
  // what the item before did.
  if (!inTable && said === '' && lastMeasure && YEAR_ITEM.test(before)) return lastMeasure;
  // "65 major disruptions; 181 moderate, …": a list item names only how its kind differs,
  // and shares the noun of the item before it.
  // ("73% of potential victims were male and 27% were female": where the item before ends in a
  // word of the same kind, the new item takes its place: "of potential victims female", never
  // "female male".)
  // (Where the item before is that word alone, "44 were male and 13 were female", it has no noun to lend.)
  if (!inTable && /^[\p{L}-]+$/u.test(said) && lastMeasure && !isNoun(said)) {
    const lastWords = lastMeasure.split(' ');
    const head = headNoun(lastMeasure);
    // (Its head read as its last word, that word also an adjective: "male" of "… victims male".)
    const parallel = head === lastWords.at(-1) && senseCounts(head.toLowerCase()).a > 0;
    if (!parallel) said = `${said} ${head}`;
    else if (lastWords.length > 1) said = lastMeasure.replace(/\S+$/, said);
  }
  // "The most common form of abuse suffered was verbal (90%)": a kind named by its adjective
  // alone is a kind of what the sentence says it is a form of.
  else if (!inTable && /^[\p{L}-]+$/u.test(said) && !isNoun(said)) {
    const kindOf = KIND_OF.exec(text.slice(0, m.at))?.[1];
    if (kindOf) said = `${said} ${kindOf}`;
  }
  // "… offences were 17% lower than in 2020, however there was a 13% increase compared with
  // the previous year": a change named by its noun alone is a change in what was just measured.
  // (A change in it named just before lends what it is in: "a 2% decrease in X … but an increase of 17%".)
  else if (CHANGE_NOUN.test(said) && lastMeasure) {
    const what = lastMeasure.replace(/^\p{L}+\s+in\s+/u, (lead) => (CHANGE_NOUN.test(lead.trim().split(/\s+/)[0]!) ? '' : lead));
    if (!CHANGE_NOUN.test(what.split(' ')[0]!)) said = `${said} in ${what}`;
  }
  // "… 81% of 999 calls were answered within 10 seconds and a further 17.2% between 10 and 60
  // seconds": a further share is of what the share before was of.
  // (One that says what it is of, "a further 15.5% of 999 calls", keeps its own words.)
  const further = !inTable && m.unit === 'percent' && FURTHER.test(before) && /^of\s/i.test(lastMeasure) && !/^of\s/i.test(said) ? ofWhat(lastMeasure) : undefined;
  if (further) said = `${further} ${realMeasure(measureAfter(after))}`.trim();
  // "84% of 999 calls answered within 10 seconds": the time a share was counted within is part of it.
  const within = m.unit === 'percent' && said && said !== NO_MEASURE ? SPAN_QUALIFIER.exec(after)?.[1] : undefined;
  if (within && !said.includes(within)) said = `${said} ${within}`;
  // "Fraud accounted for 41% of all crime against individuals": a share of a whole is of what
  // made it up ("of crime against individuals accounted for by fraud").
  const part = m.unit === 'percent' && /^of\s/i.test(said) ? SHARE_MADE_UP.exec(text.slice(0, m.at)) : null;
  if (part && !inTable) said = `${said} ${MADE_UP_BY[part[2]!.toLowerCase()]} by ${part[1]!.replace(/^\p{Lu}(?=\p{Ll}*(?:\s+\p{Ll}|$))/u, (c) => c.toLowerCase())}`;
  // "Of the 412 complaints received, 38 were upheld": a part of the whole a sentence opens with
  // is of what that whole counts ("complaints upheld"; "62% of cases reported involved …").
  const opening = i === 1 ? roles.get(found[0]!) : undefined;
  if (!inTable && opening && opening.unit === 'count' && opening.measure !== NO_MEASURE && OF_WHOLE_OPENING.test(text.slice(0, found[0]!.at)) && /^[^,;()]{1,60},\s*$/.test(before)) {
    const done = realMeasure(measureAfter(after));
    const head = headNoun(opening.measure);
    if (done && !done.toLowerCase().includes(head.toLowerCase())) said = m.unit === 'percent' ? `of ${opening.measure} ${done}` : `${head} ${done}`;
  }
  // "The outcome rate for domestic abuse is 12.2% … and for rape it is 9.9%": the second
  // half names only whom it is for, and shares the measure the first half named.
  const sharedHead = [...roles.values()].map((f) => /^(.+?)\s+for\s+\S/.exec(f.measure)?.[1]).filter(Boolean).pop();
  if (sharedHead && /\band\s+for\s+[^,;]{1,40}$/i.test(before) && said.split(' ').length <= 3 && !said.toLowerCase().startsWith(sharedHead.toLowerCase())) said = `${sharedHead} for ${said}`;
  // "… solved rates are 5.5% …, burglary is 7.8% …": a later share in the sentence named by
  // a crime alone is that crime's rate of the kind the first one named.
  const firstRate = [...roles.values()].find((f) => f.unit === 'percent' && RATE_HEAD.test(f.measure));
  if (firstRate && m.unit === 'percent' && /^[\p{L}' -]+$/u.test(said) && said.split(' ').length <= 3 && !/\b(?:rates?|shares?|proportions?|percentages?)\b/i.test(said) && /(?:^|,\s*)[\p{L}' -]+\s+(?:is|was|are|were|at)\s*$/u.test(before)) {
    said = `${said} ${RATE_HEAD.exec(firstRate.measure)![1]}`;
  }
  // "In almost one-third of households where … (32.4%)": a share in brackets restates the
  // fraction its clause opened with, and is of what that fraction is of.
  if ((said === '' || said === NO_MEASURE) && m.unit === 'percent' && /^\s*\)/.test(after)) {
    const fraction = [...text.slice(0, m.at).matchAll(FRACTION_OF)].pop();
    if (fraction) said = partOf(text.slice(fraction.index! + fraction[0].length)) || said;
  }
  // "Nearly a third of consumers (31%) had knowingly bought a fake product": a share in brackets
  // after what a fraction in words is of, is of those, doing what the clause goes on to say.
  const ofWhom = m.unit === 'percent' && /\(\s*$/.test(before) && /^\s*\)/.test(after) ? FRACTION_THEN_WHOM.exec(text.slice(0, m.at))?.[1] : undefined;
  if (ofWhom) said = `of ${ofWhom} ${realMeasure(measureAfter(after.replace(/^\s*\)/, '')))}`.trim();
  // "around four-in-five incidents of domestic abuse (81%)": a share in brackets restates the
  // round share its clause opened with, and measures what that does.
  const round = i > 0 ? found[i - 1]! : undefined;
  if (m.unit === 'percent' && round?.unit === 'ratio' && /^\s*\)/.test(after) && /\(\s*$/.test(before) && !/[;.]/.test(before)) {
    // (A share is "of" what the round share counts: "81% of incidents".)
    const counts = roles.get(round)?.measure;
    if (counts && counts !== NO_MEASURE) said = /^(?:of|for|in|among|amongst)\s/i.test(counts) ? counts : `of ${counts}`;
  }
  // "immediate re-release was directed in 9 cases": cases counted by what was done in them.
  const doneIn = /^(?:cases|instances|occasions)$/i.test(said) ? DONE_IN_CASES.exec(before)?.[1] : undefined;
  // (An article is capitalised only for opening the sentence: "cases in which a charge was brought".)
  if (doneIn) said = `${said} in which ${doneIn.replace(/^(?:A|An|The|No|Some)\b/, (w) => w.toLowerCase())}`;
  // "447,778 URLs referred (339,757 to Google and 108,031 to Bing)": a part in a bracket after
  // a figure, named only by where it went, is that figure's measure and where.
  const whereTo = WHERE_PART_WENT.exec(after)?.[1];
  const opened = whereTo ? text.lastIndexOf('(', m.at) : -1;
  const whole = opened >= 0 && !text.slice(opened, m.at).includes(')') ? [...roles.entries()].filter(([k]) => k.end <= opened).pop()?.[1] : undefined;
  if (whereTo && whole && whole.measure !== NO_MEASURE && whole.unit === m.unit) said = `${whole.measure} ${whereTo.trim()}`;
  return said;
}

/** What may stand between the last of a run of values and "respectively": a scale word, a bracket, a comma. */
const BEFORE_RESPECTIVELY = /^\s*(?:million|billion|thousand|m|bn|k|per cent|percent|%|percentage points?)?\s*[,)]?\s*$/i;
/** What joins the values of a run: "12% and 15%", "3%, 8% and 11%". */
const VALUES_JOINED = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)$/i;
/** The items of a list written before a run of values: "A and B", "A, B and C" (a comma before "and" allowed). */
const LAST_JOIN = /,?\s+(?:and|or|&)\s+(?!.*\s(?:and|or|&)\s)/i;

/**
 * "Theft and burglary rose by 5% and 7% respectively": each value of a run followed by
 * "respectively" is measured by its item of the list its first value's measure names, in
 * order ("Theft", "burglary"); "The proportions for men and women were 12% and 15%
 * respectively" gives "proportions for men" and "proportions for women". Items the first
 * measure lost to a comma ("Robbery, vehicle crime and shoplifting fell by 3%, 8% and 11%
 * respectively") are read back from the sentence. Sets the measures on `roles` in place; a value
 * with a measure of its own keeps it, and a list of another length changes nothing.
 */
export function measureRespectively(text: string, found: Mention[], roles: Map<Mention, Figure>): void {
  for (const r of text.matchAll(/\brespectively\b/gi)) {
    let last = -1;
    for (let k = 0; k < found.length && found[k]!.end <= r.index!; k++) last = k;
    if (last < 0 || !BEFORE_RESPECTIVELY.test(text.slice(found[last]!.end, r.index!))) continue;
    let first = last;
    while (first > 0 && VALUES_JOINED.test(text.slice(found[first - 1]!.end, found[first]!.at))) first--;
    const run = found.slice(first, last + 1);
    const lead = roles.get(run[0]!);
    if (run.length < 2 || !lead || lead.measure === NO_MEASURE) continue;
    const items = listItems(lead.measure, text.slice(0, run[0]!.at), run.length);
    if (!items) continue;
    run.forEach((m, i) => {
      const fig = roles.get(m);
      if (fig && (fig.measure === NO_MEASURE || fig.measure === lead.measure)) fig.measure = items[i]!;
    });
  }
}

/**
 * The measure of each item of the list of `n` that `measure` names, its words before the list
 * kept with each ("proportions for men and women" → proportions for men, proportions for women);
 * undefined when it names no list of that length.
 */
function listItems(measure: string, before: string, n: number): string[] | undefined {
  const join = LAST_JOIN.exec(measure);
  if (!join) return undefined;
  const lastItem = measure.slice(join.index + join[0].length).trim();
  const head = measure.slice(0, join.index).split(/\s*,\s*/);
  // Items set off by commas before where the measure begins: "Robbery, " before "vehicle crime and shoplifting".
  if (head.length + 1 < n) {
    const at = before.lastIndexOf(measure.split(/\s*,\s*/)[0]!);
    const earlier = at < 0 ? undefined : /((?:\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3}\s*,\s*)+)$/u.exec(before.slice(0, at))?.[1];
    const more = earlier?.split(/\s*,\s*/).filter(Boolean) ?? [];
    if (more.length < n - 1 - head.length) return undefined;
    head.unshift(...more.slice(more.length - (n - 1 - head.length)));
  }
  if (head.length + 1 !== n) return undefined;
  // The first item is as long as the last: the words before it are what every item is of.
  const firstWords = head[0]!.split(/\s+/);
  const length = Math.min(lastItem.split(/\s+/).length, firstWords.length);
  const prefix = firstWords.slice(0, firstWords.length - length).join(' ');
  head[0] = firstWords.slice(firstWords.length - length).join(' ');
  return [...head, lastItem].map((item) => (prefix ? `${prefix} ${item}` : item).replace(/^(?:the|a|an)\s+/i, ''));
}

/** A number's own words saying only what it is for, up to where the sentence goes on: "for dog fouling" in "213 for dog fouling between April and …". */
const FOR_WHAT = /^\s*(for|of|on)\s+(\p{L}[\p{L}'’ -]*?)(?=\s*(?:[,;.()]|\b(?:and|between|during|since|from|in|over|compared|respectively)\b|$))/u;
/** The words between two listed numbers where the first named its noun and what it was for: " fixed penalty notices for littering and ". */
const NOUN_FOR_THEN_NEXT = /^\s*(\p{L}[\p{L}'’ -]*?)\s+(for|of|on)\s+(\p{L}[\p{L}'’ -]*?)\s*(?:,\s*(?:and\s+)?|and\s+)$/u;
/** The words between two listed numbers where the first said only what it was for: " for robbery and ". */
const FOR_THEN_NEXT = /^\s*(for|of|on)\s+\p{L}[\p{L}'’ -]*?\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

/**
 * "1,025 fixed penalty notices for littering and 213 for dog fouling", "340 arrests for burglary,
 * 120 for robbery and 45 for arson": numbers listed each with what it is for share the noun the
 * first named, and each is measured by its own purpose ("fixed penalty notices for littering",
 * "fixed penalty notices for dog fouling"). Sets the measures on `roles` in place.
 */
export function measureListedFor(text: string, found: Mention[], roles: Map<Mention, Figure>): void {
  let noun: { words: string; prep: string } | undefined;
  for (let i = 1; i < found.length; i++) {
    const m = found[i]!;
    const prev = found[i - 1]!;
    const own = FOR_WHAT.exec(text.slice(m.end));
    const between = text.slice(prev.end, m.at);
    const fig = roles.get(m);
    if (!own || !fig || prev.unit !== m.unit) {
      noun = undefined;
      continue;
    }
    const named = NOUN_FOR_THEN_NEXT.exec(between);
    if (named && named[2] === own[1]) {
      noun = { words: named[1]!, prep: named[2]! };
      const first = roles.get(prev);
      if (first && (first.measure === NO_MEASURE || first.measure === noun.words)) first.measure = `${noun.words} ${noun.prep} ${named[3]}`;
    } else if (!(noun && FOR_THEN_NEXT.test(between) && own[1] === noun.prep)) {
      noun = undefined;
      continue;
    }
    fig.measure = `${noun.words} ${noun.prep} ${own[2]}`;
  }
}

/** A sentence saying that something changed, with no number before its verb: what changed, and the verb. */
const SAID_TO_HAVE_CHANGED = /^\s*(?:the\s+)?(?:(?:overall|total)\s+)?(?:(?:number|amount|level|volume)\s+of\s+)?([^\d.;:]{3,90}?)\s+(?:has|have|had)\s+(?:\p{L}+ly\s+)?(?:decreased|increased|fallen|risen|grown|declined|dropped|gone (?:up|down)|reduced)\b/iu;

/**
 * What the sentence before says changed, when it says so without a number: "The overall number
 * of knife and offensive weapon offences … has decreased since …" makes "This represents a 2%
 * decrease" a decrease in those offences. '' when it says no such thing.
 */
export function changedBefore(textBefore: string): string {
  const last = textBefore.trimEnd().split(/(?<=[.!?])\s+/).at(-1) ?? '';
  const said = SAID_TO_HAVE_CHANGED.exec(last)?.[1];
  return said ? realMeasure(said) : '';
}

/** Words before a share that add it to the one before: "a further 15.5%", "another 12%". */
const FURTHER = /\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+$/i;
/** The time a share was counted within, said after it in its clause: "within 10 seconds", "between 10 and 60 seconds". */
const SPAN_QUALIFIER = /^[^,;.()]{0,45}?\b((?:within|in under|in less than|in more than|between)\s+\d[\d,.]*(?:\s*(?:and|to|-|–)\s*\d[\d,.]*)?\s*(?:seconds|minutes|hours|days|weeks|months))\b/i;

/** What a share's measure says it is of, before what was done to them or when: "of 999 calls" of "of 999 calls answered within 10 seconds". */
function ofWhat(measure: string): string {
  return measure.replace(/\s+(?:\p{L}+ed|within|between|in|at|for|to|by|who|that|which|were|was|are|is)\b.*$/u, '');
}
