import { FOOTNOTED } from '../language/tokens.js';
import { PHONE_SERVICE_AT_START } from './mentions.js';
import { senseCounts } from '../language/wordnet.js';

/** The measure given a figure whose words name none (only fillers, or nothing at all). */
export const NO_MEASURE = 'figure';

/**
 * The measure a number counts, read from the words around it: "1362 CSTRs were ordered" →
 * "CSTRs ordered"; "the youth reoffending rate in GM was … 29.6%" → "youth reoffending rate";
 * "This 61% success rate" → "success rate". A heuristic over plain English word order, good for
 * a label a person reads, never used to decide what is true.
 */

const AUXILIARY = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'being', 'now', 'successfully', 'also']);
const STOP_AFTER = new Set([
  'in', 'on', 'at', 'for', 'from', 'to', 'by', 'with', 'compared', 'against', 'and', 'or', 'but', 'which', 'that', 'this',
  'an', 'a', 'the', 'since', 'during', 'over', 'across', 'per', 'than', 'between', 'who', 'where', 'when', 'of', 'as', 'while', 'including',
  'through', 'via', 'into', 'onto', 'within', 'under', 'after', 'before', 'without', 'like', 'until', 'because', 'if', 'among', 'amongst', 'albeit',
  'whose', 'whom',
]);
export const LEAD_IN = /^(?:(?:and|but|so|however|also|overall|for example|in addition|of these|of which|this|these|that|there|the|a|an|for|in|with|as|(?:total\s+)?(?:number|amount) of)\b[\s,]*)+/i;

const ARTICLE = /^(?:the|an?)$/i;
/** An age band after the people it describes: "aged 16 to 59 years", "aged 16 years and over", "aged 10-17". */
/** (Or before them, as a compound: "18 to 21-year-old victims", "16-24 year olds".) */
export const AGE_BAND = /(?:\baged\s+(?:(?:over|under|above|below)\s+)?\d+(?:\s*(?:to|-|–)\s*\d+|\+)?(?:\s+years?(?:\s+old)?)?(?:\s+(?:and|or)\s+(?:over|above|older|under|younger))?|\b\d{1,2}\s*(?:to|-|–)\s*\d{1,2}[- ]years?[- ]olds?\b)/i;
/** An age band that opens a measure: "18 to 21-year-old victims". */
const AGE_BAND_STARTS = new RegExp(`^${AGE_BAND.source}`, 'i');

/**
 * Whether a measure opening with a number is named by it: a phone service ("999 calls answered")
 * or an age band ("18 to 21-year-old victims"). Any other number opening a measure names nothing.
 */
export function numberOpensName(measure: string): boolean {
  return PHONE_SERVICE_AT_START.test(measure) || AGE_BAND_STARTS.test(measure);
}
/** An age band that ends a measure. */
export const AGE_BAND_ENDS = new RegExp(`${AGE_BAND.source}$`, 'i');
/** Every age band in a text, for replacing. */
export const AGE_BANDS = new RegExp(AGE_BAND.source, 'gi');
/** How many of a measure's words are more than articles: a measure keeps five such words at most. */
const named = (kept: string[]) => kept.filter((w) => !ARTICLE.test(w) && !/^\d/.test(w)).length;
/** Joins the words of an age band while the phrase is read word by word. */
export const AGE_JOIN = '\u2060';

/** A span back from the time of asking: "in the past 12 months", "over the last three years". */
export const PAST_SPAN = /\s*\b(?:(?:at least )?once\s+)?(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?:\d+|two|three|four|five|six|ten|twelve)\s+(?:days|weeks|months|years)|year|month|week|quarter|decade)\b/gi;

/** A word standing for things named elsewhere: "reports of them" names nothing counted. */
export const PRONOUN = /^(?:these|those|them|which|whom|this|that|it)$/i;

/** Nouns that say how things were counted, not what they were: "cases", "incidents", "reports", "offences". */
export const COUNTED_BY = /^(?:cases|incidents|instances|reports|allegations|episodes|acts|referrals|occurrences|offences|crimes)$/i;

/** Words a number after them labels: "band 4", "tier 3", "level 2". */
const LABELLED_BY = /^(?:band|tier|grade|level|category|phase|stage|priority|class|type)$/i;

/** Nouns that name a change rather than a thing counted. */
export const CHANGE_NOUN = /^(?:increase|decrease|rise|fall|drop|reduction|growth|cut|uplift)s?$/i;

/** A participle whose preposition is part of the verb: "individuals dealt with". */
const PHRASAL_VERB = /^dealt with$/i;

/** Verbs whose "in" names what a thing ended as ("resulted in a charge"), not where it was. */
const OUTCOME_VERB = /^(?:resulted|ended|culminated)$/i;

/** A capitalised description straight after a number: the layout of a report's key statistics. */
const KEY_FIGURE_DESCRIPTION = /^\s*The\s+(?:total\s+)?(?:number|amount|percentage|proportion|value)\s+of\s+(?=\p{L})/u;

/** What a number is set against, which names no one it is against: "against target", "against budget". */
const COMPARED_AGAINST = /^(?:targets?|averages?|baselines?|budgets?|forecasts?|plans?|expectations?|benchmarks?|estimates?|profiles?)$/i;

/** Words after a count that say what was counted (an auxiliary verb is skipped, its participle kept). */
export function measureAfter(text: string): string {
  // "increased by 37%, mainly because …": past a comma the clause that names it has ended.
  // ("… in March 2025 (34.3%), followed by …": so has it past a bracket closed before a comma.)
  if (/^\s*\)?\s*[,;:]/.test(text)) return '';
  // "increasing by 17% due to higher fees": what caused it names nothing it measures.
  if (/^\s*(?:due to|owing to|because of|as a result of|thanks to|driven by|following)\b/i.test(text)) return '';
  // "8.53 seconds putting it fifth in the tables": a participle and its object say what the
  // number led to, not what it measures.
  if (/^\s*\p{L}+ing\s+(?:it|them|us|him|her)\b/iu.test(text)) return '';
  // "25,566 The number of cases considered during the year": a key figure set over its
  // description counts what the description names.
  // "6 x swearing or shouting in a public place": a times sign between a list's count and its
  // item; the item, as written to the end of its line, is what was counted. (Items run into one
  // line end at the next item's count: "1 x defacing a surface 2 x dog off lead".)
  const item = /^\s*[x×]\s+(\p{L}[^\n\d.;:]*)/u.exec(text)?.[1]?.trim().split(/\s+/);
  if (item && item.length <= 8) return item.join(' ');
  const described = KEY_FIGURE_DESCRIPTION.exec(text);
  if (described) return measureAfter(text.slice(described[0].length));
  // "65 of these have been major disruptions": a part of what was just counted, named after.
  // "3,629 (6%) were disability hate crimes": the share in brackets is an aside.
  // "people aged 16 to 59 years (approximately 3.1 million people) reported using a drug": an
  // aside in brackets inside the phrase is passed over, and an age band is one word of it.
  const words = text
    .replace(/^\s*\([^()]*\)/, '')
    .replace(/^[\s,;:)]+/, '')
    .replace(/^of (?:these|those|them|which|whom)\b[\s,]*/i, '')
    .replace(/(?<=\p{L})\s+\([^()]*\)(?=\s+\p{Ll})/gu, '')
    // "people are estimated to have been deceived": a hedge on the verb is no word of what was counted.
    .replace(/\b(?:are|is|were|was)\s+(?:estimated|thought|believed|reported|said|likely)\s+to\s+(?:have\s+been|be|have)\s+/i, '')
    .replace(AGE_BANDS, (band) => band.replace(/\s+/g, AGE_JOIN))
    .split(/\s+/);
  const kept: string[] = [];
  let skip = -1;
  let listing = false;
  // (The list's "and" is no word of what was counted, so it does not count towards the phrase's five.)
  let joins = 0;
  for (const [i, raw] of words.entries()) {
    if (i <= skip) continue;
    // Quotation marks around a name ("'Deep Dive' interviews") are not part of its words.
    // ("470 physical assaults* on …": a footnote's asterisk or dagger is no part of the word.)
    const bare = raw.replace(/^['"“‘]+/, '').replace(/[.,;:()'"“”‘’*†‡]+$/g, '');
    // "240 children53": the footnote's number is not part of the word.
    const word = FOOTNOTED.test(bare) ? bare.replace(/\d+$/, '') : bare;
    const lower = word.toLowerCase();
    // "75,000 older people experiencing some form of financial abuse": "form of" is named by what
    // follows it, whatever the phrase's length (up to three words, to its clause's end).
    if (lower === 'of' && /^(?:forms?|kinds?|types?|sorts?)$/i.test(kept.at(-1) ?? '')) {
      kept.push(word);
      for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
        const w = words[k]!.replace(/[.,;:()'"“”‘’]+$/g, '');
        if (!/^\p{L}[\p{L}-]*$/u.test(w) || STOP_AFTER.has(w.toLowerCase()) || /^(?:here|there|now|today|currently|again|too|also|overall)$/i.test(w)) break;
        kept.push(w);
        skip = k;
        if (/[.,;:)]$/.test(words[k]!)) break;
      }
      break;
    }
    if (word === '' || named(kept) - joins >= 5) break;
    // (The list's last item follows its "and".)
    if (listing && (lower === 'and' || lower === 'or')) {
      kept.push(word);
      listing = false;
      joins++;
      continue;
    }
    if (word.includes(AGE_JOIN)) {
      kept.push(word.replaceAll(AGE_JOIN, ' '));
      continue;
    }
    // "at 13% GM still has the lowest re-offending rate": what the subject has is the measure.
    // (Not once a counted noun's "of" has named what it counts: "incidents of domestic abuse had a female victim".)
    if ((lower === 'has' || lower === 'had' || lower === 'have') && /^(?:the|an?)$/i.test(words[i + 1] ?? '') && !kept.includes('of')) {
      kept.length = 0;
      skip = i + 1;
      continue;
    }
    // "66% had to wait too long": "had to" is a verb of its own, not an auxiliary.
    const following = words[i + 1]?.toLowerCase();
    if ((lower === 'had' || lower === 'has' || lower === 'have') && following === 'to' && kept.length === 0) {
      kept.push(word, words[i + 1]!);
      skip = i + 1;
      continue;
    }
    // ("43% would be likely to report": after a modal, "be" is the verb, not an auxiliary; nor is
    // "was" after a pronoun: "53% of prisoners said it was easy".)
    if (AUXILIARY.has(lower) && !(lower === 'be' && /^(?:would|could|should|will|may|might|can|must)$/i.test(kept.at(-1) ?? '')) && !/^(?:it|they|he|she|this|that|there|we|you)$/i.test(kept.at(-1) ?? '')) continue;
    // "70 stop and searches": one word joined to a second by "and" names one thing.
    const next = words[i + 1]?.replace(/[.,;:()'"“”‘’]+$/g, '').toLowerCase() ?? '';
    // ("172 visits and dedicated …": a verb after "and" opens a second clause.)
    if (lower === 'and' && kept.length === 1 && /^\p{L}+$/u.test(next) && !STOP_AFTER.has(next) && !AUXILIARY.has(next) && !/(?:ed|ing)$/.test(next) && !/[.,;:)]$/.test(words[i - 1] ?? '')) {
      kept.push(word);
      continue;
    }
    // "50 interviews focussing on victims' rights": a verb in -ing before a preposition opens a
    // description of the thing counted, not more of its name.
    // ("Reported using a Class A drug": an article after it starts its object.)
    // (After a preposition it is a noun: "an increase in funding for drug treatment".)
    if (kept.length > 0 && /ing$/.test(lower) && STOP_AFTER.has(next) && !ARTICLE.test(next) && !STOP_AFTER.has(kept.at(-1)!.toLowerCase())) break;
    // "40 elected Police and Crime Commissioners": "and" between capitalised words is inside a name.
    if (lower === 'and' && /^\p{Lu}/u.test(kept.at(-1) ?? '') && /^\p{Lu}\p{Ll}/u.test(words[i + 1] ?? '')) {
      kept.push(word);
      continue;
    }
    // "Class A", "Category B": a capital letter after a capitalised word is part of a name.
    if (/^[A-Z]$/.test(word) && /^\p{Lu}\p{Ll}/u.test(kept.at(-1) ?? '')) {
      kept.push(word);
      continue;
    }
    // "27% related to child contact": a participle and its "to" say what the share is, as
    // "49 (24%) resulted in a charge" says what those arrests came to.
    // ("28.7% were identified as high risk": so do a participle's "as" and what it names them.)
    if ((lower === 'to' || lower === 'as' || (lower === 'in' && OUTCOME_VERB.test(kept.at(-1) ?? '')) || PHRASAL_VERB.test(`${kept.at(-1)} ${lower}`)) && kept.length > 0 && kept.length < 4 && /(?:ed|dealt)$/i.test(kept.at(-1)!)) {
      kept.push(word);
      if (/^(?:an?|the)$/i.test(next)) {
        kept.push(words[i + 1]!);
        skip = i + 1;
      }
      continue;
    }
    // "43% would be likely to report", "18.9% telling the police": a verb's object or the verb
    // after "likely to" is part of what the share did.
    if (kept.length > 0 && named(kept) < 5 && ((lower === 'to' && /^(?:likely|unlikely|able|unable|willing|unwilling|prepared)$/i.test(kept.at(-1)!)) || (/^(?:the|an?)$/i.test(lower) && /ing$/i.test(kept.at(-1)!))) && /^\p{L}+$/u.test(next) && !STOP_AFTER.has(next)) {
      kept.push(word, words[i + 1]!.replace(/[.,;:()'"“”‘’]+$/g, ''));
      skip = i + 1;
      if (/[.,;:)]$/.test(words[i + 1]!)) break;
      continue;
    }
    // "a 60% reduction in bike crime": a change is named by what it is in.
    if (lower === 'in' && kept.length === 1 && CHANGE_NOUN.test(kept[0]!) && !/[.,;:)]$/.test(words[i - 1] ?? '')) {
      kept.push(word);
      continue;
    }
    // ("a 23.1% fall in the number of suspects charged": and by the count that changed.)
    if (lower === 'the' && kept.length === 2 && CHANGE_NOUN.test(kept[0]!) && /^(?:number|amount|proportion|volume|level)$/i.test(next) && /^of$/i.test(words[i + 2] ?? '')) {
      kept.push(word, words[i + 1]!, words[i + 2]!);
      skip = i + 2;
      continue;
    }
    // "2,755 incidents of trespassing", "114 cases of domestic servitude": a noun that says only
    // how things were counted is named by what it is of.
    if (lower === 'of' && kept.length === 1 && COUNTED_BY.test(kept[0]!) && /^\p{L}[\p{L}-]*$/u.test(next) && !PRONOUN.test(next)) {
      kept.push(word);
      continue;
    }
    // "crime against individuals", "violence against women and girls": whom a harm is against
    // names it (not what a number is set against: "against target", "against the average").
    if (lower === 'against' && kept.length > 0 && /^\p{Ll}{3,}$/u.test(next) && !STOP_AFTER.has(next) && !AUXILIARY.has(next) && !DANGLING.test(next) && isNoun(next) && !COMPARED_AGAINST.test(next) && !/[.,;:)]$/.test(words[i - 1] ?? '')) {
      kept.push(word);
      continue;
    }
    if (STOP_AFTER.has(lower) && kept.length > 0) break;
    if (STOP_AFTER.has(lower)) break;
    // "FTE band 3-5 prison officers": a number after the word it labels is part of the name.
    if (/^\d{1,2}(?:[-–]\d{1,2})?$/.test(word) && LABELLED_BY.test(kept.at(-1) ?? '')) {
      kept.push(word);
      continue;
    }
    // ("92% of 999 calls within 10 seconds": a phone service's number is the first word of its name.)
    if (kept.length === 0 && PHONE_SERVICE_AT_START.test(words.slice(i, i + 4).join(' '))) {
      kept.push(word);
      continue;
    }
    if (!/^[\p{L}][\p{L}\p{N}'’-]*$/u.test(word)) break;
    // "18 are voluntary, community and social enterprise organisations", "physical, sexual or
    // emotional abuse": a list of modifiers runs on past its commas and its "and" to the noun they
    // share, which names what was counted. (A list of nouns does not: "40 arrests, drugs and cash
    // were seized" counts arrests.)
    if (raw.endsWith(',') && isModifier(lower) && LIST_RUNS_ON.test(words.slice(i + 1, i + 6).join(' '))) {
      kept.push(`${word},`);
      listing = true;
      continue;
    }
    kept.push(word);
    if (/[.,;:)]$/.test(raw)) break;
  }
  // Cut at its five words, a phrase does not end on a word that only qualifies the next ("their
  // overall", "very"): that word goes.
  if (named(kept) >= 5) while (kept.length > 1 && DANGLING.test(kept.at(-1)!)) kept.pop();
  return kept.join(' ');
}

/** The rest of a list of single words after a comma: "community and social …", "Asian and minority ethnic". */
const LIST_RUNS_ON = /^(?:[\p{L}-]+,\s+){0,2}[\p{L}-]+\s+(?:and|or)\s+[\p{Ll}-]+/u;

/** Words that qualify the word after them, and mean nothing where a measure's words run out. */
const DANGLING = /^(?:their|its|his|her|our|your|my|very|fairly|quite|really|more|most|less|least|overall|real|a|an|the)$/i;

/** A clause that is only a verb of change ("reduced by", "rose to") or of being ("was", "stood at"). */
export const MOVED_ALONE = /^\s*(?:\p{L}+ly\s+)?(?:(?:rose|fell|increased|decreased|reduced|grew|dropped|declined|went (?:up|down))(?:\s+(?:by|to|from))?|(?:is|was|are|were|has been|had been|remained|stood at))\s*$/iu;

/**
 * The last thing measured named in `text` ("the youth reoffending rate in GM"), for a figure
 * whose own words name only a place: "For Greater Manchester this was 29.6%".
 */
export function topicMeasure(text: string): string {
  const all = [...text.matchAll(/\b((?:[\p{L}-]+\s+){0,3}(?:rate|rates|proportion|percentage|number|total|count|level)(?:\s+of\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?)\b/giu)];
  const last = all.pop()?.[1] ?? '';
  // ("What is the total": the words that ask are no part of what is measured.)
  return last.replace(/^(?:(?:what|which|how|who|is|are|was|were|did|does|do)\s+)+/i, '').replace(LEAD_IN, '').trim();
}

/** Words that, alone after a number, say how it compares rather than what it counts. */
const COMPARATIVE = new Set(['lower', 'higher', 'more', 'less', 'fewer', 'greater', 'smaller', 'larger', 'bigger', 'up', 'down']);

/** Words that name no measure on their own: "have been a total", "figure", "respectively". */
const FILLER = new Set([
  ...AUXILIARY, ...STOP_AFTER, 'total', 'figure', 'figures', 'number', 'numbers', 'amount', 'respectively', 'up', 'down', 'some', 'all', 'both', 'each',
  'around', 'about', 'approximately', 'nearly', 'almost', 'over', 'more', 'less', 'just', 'only', 'there', 'it', 'they', 'these', 'those',
  // ("5 x £400": the times sign of a sum.)
  'x', '×',
]);

/**
 * The measure as a label can show it: trailing function words dropped ("… drinking alcohol
 * for"), or '' when it is made only of fillers and function words or does not start with a
 * word (a link's bracket, a footnote).
 */
export function realMeasure(measure: string): string {
  // "which is an increase", "is a decrease": the verb and article before a noun are not its name.
  // ("Vulnerability Support Hubs of which there": a relative clause begun is no part of the name.)
  const trimmed = measure.replace(/[\s,;:–—=-]+$/, '').replace(/\s+(?:of which|of whom|in which|which|who|where)(?:\s+there)?$/i, '').replace(/^(?:(?:which|that|this|it)\s+)?(?:is|was|are|were)\s+(?:an?|the)\s+/i, '');
  // "in the same period", "that year": a time the sentence refers back to names nothing measured.
  if (/^(?:(?:in|over|during|for)\s+)?(?:the\s+)?(?:same|this|that|previous|preceding|last|following|next)\s+(?:period|year|quarter|month|week|time)s?$/i.test(trimmed)) return '';
  // ("rose 5% year on year", "a year earlier": how the change was measured, not what.)
  if (/^(?:year[- ]on[- ]year|(?:on\s+)?(?:the|a)\s+year(?:\s+(?:earlier|before|ago))?|year)$/i.test(trimmed)) return '';
  // "before decreasing", "while falling": a clause about what happened next names nothing.
  if (/^(?:before|after|while|whilst|until|although|because|when|whereas)\b/i.test(trimmed)) return '';
  const words = trimmed.split(/\s+/).filter(Boolean);
  // ("Individuals dealt with": the preposition of a phrasal verb stays.)
  // (Nor an age band's "and under": "children aged 17 and under".)
  while (words.length > 0 && STOP_AFTER.has(words.at(-1)!.toLowerCase()) && !PHRASAL_VERB.test(words.slice(-2).join(' ')) && !AGE_BAND_ENDS.test(words.join(' '))) words.pop();
  // ("999 calls answered on average", "18 to 21-year-old victims": a number may open a name.)
  if (!/^[\p{L}]/u.test(words[0] ?? '') && !numberOpensName(words.join(' '))) return '';
  // "22% lower", "211% higher": a comparison says how it changed, not what was measured.
  if (words.length === 1 && COMPARATIVE.has(words[0]!.toLowerCase())) return '';
  // "rose", "reduced": a verb of change alone says how it moved, not what.
  if (words.length === 1 && MOVED_ALONE.test(words[0]!)) return '';
  // "…, resting at 14.7%", "standing at": a verb in -ing alone says where it stood, not what.
  if (words.length === 1 && /^\p{Ll}{3,}ing$/u.test(words[0]!) && !isNoun(words[0]!)) return '';
  return words.some((w) => !FILLER.has(w.toLowerCase())) ? words.join(' ') : '';
}

/** Whether WordNet knows the word at least as much as an adjective as a noun: "voluntary", "sexual", "black". */
function isModifier(word: string): boolean {
  const senses = senseCounts(word);
  return senses.a > 0 && senses.a >= senses.n;
}

/** Whether WordNet knows the word mainly as a noun (or doesn't know it at all: a name, an acronym). */
export function isNoun(word: string): boolean {
  const senses = senseCounts(word.toLowerCase());
  // "moderate" has a noun sense (a person), but is mostly an adjective.
  return (senses.n > 0 && senses.n >= senses.a) || senses.n + senses.v + senses.a + senses.r === 0;
}

/**
 * The noun a measure is about: the last of its first run of nouns ("recommendations" in
 * "recommendations requiring action closed", "spaces" in "bed spaces mobilised"), or its last
 * word when none is found.
 */
export function headNoun(measure: string): string {
  const words = measure.split(' ');
  let head: string | undefined;
  for (const w of words) {
    // "being", "offending": a verb's -ing form heads no measure, whatever WordNet files it under.
    const noun = /^\p{Ll}/u.test(w) && !/ing$/.test(w) && isNoun(w);
    if (noun) head = w;
    else if (head) break;
  }
  return head ?? words.at(-1)!;
}
