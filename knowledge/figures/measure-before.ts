/**
 * The subject before a number, read as its measure: "the youth reoffending rate in GM was 29.6%"
 * gives "youth reoffending rate in GM"; "Assaults on staff reached a record high of 10,424" gives
 * "Assaults on staff at a record high".
 */
import { DEFINING_BOUNDS } from './mentions.js';
import { AGE_BAND_ENDS, AGE_BANDS, AGE_JOIN, LEAD_IN, MOVED_ALONE, PAST_SPAN } from './measures.js';

/** A change to come, after what will change: "Spending on policing will rise", "… is expected to fall". */
const CHANGE_TO_COME = /\s+(?:will|would|could|may|might|should|(?:is|are|was|were)\s+(?:expected|set|likely|projected|forecast|due)\s+to)\s+(?:rise|fall|increase|decrease|grow|drop|decline|reduce|go up|go down)$/i;
const TRAILING_VERB = /\s+(?:is|was|are|were|stood|stands|rose|fell|fallen|risen|has|have|had|increased|decreased|reduced|grew|grown|dropped|declined|dropping|falling|rising|increasing|decreasing|declining|remains|remained|remain|stayed|stays|stay|held|reached|been|thus|therefore|hence|now|currently|at|of|by|to|from|with|saw|see|sees|showing|shows|up|down|around|approximately|about|over|under|nearly|almost|more than|less than|some|actually|already|still|also|again|further|significantly|slightly|substantially|considerably|steadily|broadly|roughly|generally|consistently|overall|only|just|merely|equivalent|equal|worth|above|below|be|continues? to|continued to)$/i;

/** "… decided to increase the policing precept by": the verb and what it changes. */
const RAISED_BY = /^.*?\bto\s+(increase|raise|reduce|cut|lower)\s+(?:the\s+|its\s+|their\s+|our\s+)?(\p{L}[\p{L}' -]*?)\s+by$/iu;

/** A passive verb closing a subject: "were recorded", "has been logged". */
const PASSIVE_END = /\s+(?:is|was|are|were|has been|have been|had been|being)\s+\p{Ll}{3,}ed$/iu;

/** Words naming a kind of cost, before "cost": "the average", "total", "annual". */
const COST_KIND = /(?:^|\s)(?:the|a|an|its|their|total|average|mean|median|annual|overall|estimated|unit|full|net|gross|running|staff|rising)$/i;

/** A clause set in as an aside: "excluding counter-terrorism", "including PCSOs", "a measure of how often …". */
const ASIDE = /^\s*(?:excluding|including|not including|except|such as|as well as|which|who|whose|where|an?\s+[\p{L}-]+\s+of)\b/iu;

/** The noun phrase before a number: the subject of "… was 29.6%", "… stood at 90.6%". */
export function measureBefore(text: string): string {
  // ("… from a peak in 1991 when crime reached": the conjunction opening its clause is no word of the subject.)
  const subject = subjectBefore(text).replace(/^(?:when|while|whilst|where|until|after|before)\s+(?=\S)/i, '');
  // ("Assaults on staff reached a record high of 10,424": that it is a record is said with its subject.)
  const record = /\b(?:record|all[- ]time)\s+(high|low)\s+of\s*$/i.exec(text)?.[1];
  // (With no subject to say it of, the record is what is named: "when crime reached a record high of".)
  if (!record) return subject;
  return subject ? `${subject} at a record ${record.toLowerCase()}` : `record ${record.toLowerCase()}`;
}

/**
 * A time counted from an event, inside what a number measures: "3 months after leaving prison".
 * (With the word before it, as a joined run must open with a word to be read as no number.)
 */
const FROM_EVENT = /[\p{L}-]+\s+\d{1,3}\s+(?:days|weeks|months|years)\s+(?:after|before|following)\b/giu;

/** A share named by what it is of: "proportion of crimes …", "percentage of victims …". */
const SHARE_DEFINED = /^(?:proportion|percentage|share|rate)\s+of\s/i;

/** The words that say a list follows: "is as follows", "were as below". */
const LIST_FOLLOWS = /\s+(?:(?:is|are|was|were)\s+)?as\s+(?:follows|below)\s*$/i;
/** The years a list's lead-in spans, at its end: "during the period 2012/2013 to 2014/2015", "during the period". */
const YEAR_RANGE = String.raw`(?:19|20)\d\d(?:[/–-]\d{2,4})?(?:\s+(?:to|and|–|-)\s+(?:19|20)\d\d(?:[/–-]\d{2,4})?)?`;
const YEARS_SPANNED = new RegExp(String.raw`\s+(?:during|in|for|over|between|from)\s+(?:the\s+(?:period|years?)(?:\s+${YEAR_RANGE})?|${YEAR_RANGE})\s*$`, 'i');

function subjectBefore(text: string): string {
  // A bracket closed before the number is an aside ("organised crime groups (OCGs) has…").
  // "… last year and for rape it is 9.9%": a second half opened by "and for …" names its own.
  // Nested asides ("(including … (PCSOs))") go from the inside out.
  let unbracketed = text;
  for (let prev = ''; prev !== unbracketed; ) [prev, unbracketed] = [unbracketed, unbracketed.replace(/\s*\([^()]*\)/g, '')];
  const clauses = unbracketed.split(/[;:(]|,\s(?=[a-z])|\.\s|\sand\s(?=(?:for|in|among|amongst|within)\s)/);
  // "The number of private hire licences in force during the period 2012/2013 to 2014/2015 is as
  // follows:- 2012/2013 – 925": an item of a list holding only its year and number is measured
  // by the lead-in before the colon, less the words that introduce the list and the years it spans.
  if (clauses.length > 1 && unbracketed.includes(':') && !/\p{L}{2,}/u.test(clauses.at(-1)!)) {
    clauses.pop();
    const lead = clauses.pop()!.replace(LIST_FOLLOWS, '').replace(YEARS_SPANNED, '');
    clauses.push(lead);
  }
  // "… the average daily prison population fell; from 1,661 in 2015 to 1,482": a clause of
  // prepositions alone goes on from the one before it.
  if (clauses.length > 1 && /;\s*(?:(?:from|to|at|by|of|up|down|with)\s*)+$/i.test(unbracketed)) clauses.pop();
  // "The remand population continued to fall (-2.8% to a level of 387)": a bracket holding only
  // numbers and the words joining them goes on from the words before it.
  if (clauses.length > 1 && /\((?=[^()]*\d)(?:[-+−]?[\d.,]+%?|\b(?:by|to|from|of|at|an?|the|level|total|peak|high|low)\b|\s)*$/i.test(unbracketed)) clauses.pop();
  // "Central Government direct funding to police forces, excluding counter-terrorism …, reduced
  // by 30%": a verb alone after an aside has the subject before the aside.
  if (clauses.length > 1 && MOVED_ALONE.test(clauses.at(-1)!)) {
    clauses.pop();
    while (clauses.length > 1 && ASIDE.test(clauses.at(-1)!)) clauses.pop();
  }
  let phrase = (clauses.pop() ?? '').trim();
  // "For the second year in a row", "for the third time running": when, not what.
  phrase = phrase.replace(/^for the \w+ (?:year|time|quarter|month)s? (?:in a row|in succession|running)\b[\s,]*/i, '');
  // "Data provided by police forces show that arrests of children …": what the data show is the subject.
  phrase = phrase.replace(/^.*\b(?:shows?|showed|shown|reveals?|revealed|suggests?|suggested|finds?|found|indicates?|indicated|confirms?|confirmed)\s+that\s+/i, '');
  // Only the words after the clause's last number or date name this number's measure ("and
  // 2017 the use of DRRs" → the use of DRRs; "this was 29.6% and for England and Wales" → …).
  // ("The number of murder victims aged 16 to 24 rose by": an age band's numbers are part of the phrase.)
  // (So are the numbers of a bound that defines who is counted: "offenders with 15 or more previous convictions rose".)
  const join = (band: string) => band.replace(/\s+/g, AGE_JOIN);
  // ("… experienced violence at least once in the past 12 months decreased from": the span says when, not what.)
  phrase = phrase.replace(PAST_SPAN, ' ');
  // ("… in settled accommodation 3 months after leaving prison": so are those of a time counted from an event.)
  const parts = phrase.replace(AGE_BANDS, join).replace(DEFINING_BOUNDS, join).replace(FROM_EVENT, join).split(/\s+/);
  let lastNumber = -1;
  parts.forEach((w, i) => {
    // ("… to answer 999 calls of 8.53 seconds": a phone service's number names it.)
    // (An age band joined into one word is part of the phrase: "the number of 16 to 24 year olds stopped".)
    if (/^[^\p{L}]*\d/u.test(w) && !w.includes(AGE_JOIN) && !(/^(?:999|101|111)$/.test(w) && /^call/i.test(parts[i + 1] ?? ''))) lastNumber = i;
  });
  // "… has set the police budget for 2017-18 as £262m": a time set inside the phrase, with only
  // "as", "at" or a verb of being after it, leaves the measure before it.
  // ("The number of youth justice referrals in 2021/22 was 1,276": so does "was".)
  const inner = lastNumber >= 2 && /^(?:for|in|during)$/i.test(parts[lastNumber - 1]!) && /^(?:as|at|to|was|were|is|are|stood at|totalled|reached)?$/i.test(parts.slice(lastNumber + 1).join(' '));
  if (inner) phrase = parts.slice(0, lastNumber - 1).join(' ');
  else if (lastNumber >= 0) phrase = parts.slice(lastNumber + 1).join(' ').replace(/^[,;:\s]+/, '');
  phrase = phrase.replaceAll(AGE_JOIN, ' ');
  // "… Youth Fund to the value of £1,014,500": the words saying that a sum is what follows.
  phrase = phrase.replace(/(?:^|\s+)(?:to the (?:value|tune|sum) of|valued at|totalling|totaling|amounting to|at a cost of|costing|(?:(?:at|to)\s+)?(?:a|an|the)\s+(?:new\s+)?(?:record\s+|all[- ]time\s+)?(?:level|total|peak|high|low)\s+of)$/i, '');
  // ("… deaths rose for the ninth year in a row to", "has risen for the third consecutive year to":
  // how long it went on, not what it is.)
  phrase = phrase.replace(/\s+for\s+(?:the|a|its)\s+\w+\s+(?:(?:successive|consecutive|straight)\s+)?(?:year|time|quarter|month)s?(?:\s+(?:in a row|in succession|running))?(?=\s+(?:to|at|of)\s*$|\s*$)/i, '');
  // "… continued to fall for its fifth successive year": how it went on, not what it is.
  phrase = phrase.replace(/\s+(?:continued|continues|continue) to (?:fall|rise|increase|decrease|decline|grow|drop)(?=\s+(?:to|at)\s*$|$)/i, '');
  // "The commissioner has decided to increase the policing precept by £1.25": what was raised,
  // by the change made to it.
  phrase = phrase.replace(RAISED_BY, (_, verb: string, what: string) => `${/^(?:reduce|cut|lower)$/i.test(verb) ? 'reduction' : 'increase'} in ${what}`);
  // "Rural theft cost an estimated £42.5m": what a thing cost is its cost.
  // (Not a cost named by its kind: "the average cost", "the total cost".)
  phrase = phrase.replace(/^(\p{L}.*?)\s+(?:cost|costs)(?:\s+(?:an?|the))?(?:\s+(?:estimated|approximately|around|about|nearly|almost|over))?\s*$/iu, (all: string, what: string) =>
    COST_KIND.test(what) ? all : `cost of ${what.replace(/^\p{Lu}(?=\p{Ll}+(?:\s+\p{Ll}|$))/u, (c) => c.toLowerCase())}`,
  );
  // "At a total cost to the UK of £2.9 million": the preposition opening the clause is no word of what it measures.
  phrase = phrase.replace(/^(?:at|with)\s+(?:an?|the)\s+(?=(?:total\s+|estimated\s+|overall\s+)?(?:cost|value|price|spend)\b)/i, '');
  // (An age band's "and under" is no trailing preposition: "children aged 17 and under".)
  // ("Assaults in prisons were recorded at": a passive verb with its auxiliary says what was done, not what.)
  // (As many as there are: "have thus stayed at around" is five.)
  for (let prev = ''; prev !== phrase && !AGE_BAND_ENDS.test(phrase); ) [prev, phrase] = [phrase, phrase.replace(TRAILING_VERB, '').replace(PASSIVE_END, '').replace(CHANGE_TO_COME, '').trim()];
  // "GM had an overall unemployment rate of 6.9%": the measure is what the subject had. The
  // article tells the verb from a noun ("the conversion of reports to charges").
  // ("has set the police budget at": what the subject set is the measure too.)
  phrase = phrase.replace(/^.*?\b(?:(?:has|have|had)\s+(?:set|agreed|approved|confirmed)|had|has|have|recorded|records|saw|sees|reported|reports|achieved|reached)\s+(?:an?|the)\s+(?=\S)/i, '');
  // "which has invested", "we have commissioned": a pronoun and its auxiliary are no measure.
  phrase = phrase.replace(/^(?:which|who|that|we|they|it|he|she)\s+(?:has|have|had|is|are|was|were)\s+/i, '');
  // "It is a cause of concern that the recording rate … is 84.3 percent": what follows "that" is the subject.
  phrase = phrase.replace(/^.*\bthat\s+(?=the\s)/i, '');
  // "Improvements are evident for adult rape offences with cases charged": where a change was
  // seen is what it measures.
  phrase = phrase.replace(/^.*?\b(?:is|are|was|were|been)\s+(?:evident|seen|visible|apparent|clear|noted|recorded)\s+(?=(?:for|in|among|amongst|across)\s)/i, '');
  // "it was also confirmed that firearms discharges decreased by": what was found is the subject.
  phrase = phrase.replace(/^.*\b(?:confirmed|showed|shows|found|finds|revealed|reveals|reported|noted|notes|suggests|indicates|said|says)\s+that\s+(?=\S)/i, '');
  // "The number of individuals formally dealt with by the Criminal Justice System in England and
  // Wales increased by 7%": a phrase opened by what it counts is named by its head, not its tail.
  // "Last year the number of deliberate fires in London was 6,950": a time set before the subject
  // says when, which the figure's period says; the measure is what follows.
  phrase = phrase.replace(/^(?:(?:last|this|next|that|each|every|the same|the previous|the following)\s+)?(?:year|month|week|quarter|decade)\s*,?\s+(?=(?:the|a|an)\s)/i, '');
  const counted = /^(?:the\s+)?(?:total\s+)?(?:number|amount) of\s/i.test(phrase);
  phrase = phrase.replace(LEAD_IN, '').replace(/\s+(?:it|this|they|these|that)$/i, '').trim();
  // "In England and Wales the community resolution rate was 11.6%": a place set before the
  // subject says where, and the figure's geography says it; the measure is what follows.
  phrase = phrase.replace(/^(?:(?:in|for|across)\s+)?(?:greater manchester|gm|england and wales|the north west|north west)\s*,?\s+(?:the|its)\s+(?=\S)/i, '');
  // "For Greater Manchester this was" names a place, not a measure.
  if (/^(?:for\s+)?(?:greater manchester|gm|england and wales|the national average|nationally)?$/i.test(phrase)) return '';
  const words = phrase.split(/\s+/).filter(Boolean);
  if (counted && words.length > 8) {
    // Cut where a preposition ends the head's description, not mid-name.
    const head = words.slice(0, 8);
    // …nor mid-way through a name ("the Criminal Justice System").
    for (let i = 8; i < words.length && i < 12 && /^\p{Lu}/u.test(words[i]!) && /^\p{Lu}/u.test(head.at(-1)!); i++) head.push(words[i]!);
    while (head.length > 2 && /^(?:in|of|by|for|the|and|with|at|on|to|from)$/i.test(head.at(-1)!)) head.pop();
    return head.join(' ');
  }
  // "Applications for civil representation supported by evidence of domestic violence or child
  // abuse": a long subject is named by its head, up to the participle that goes on to describe it.
  // ("The proportion of crimes resulting in a charge or summons": a share is defined by all of its
  // words, the participle's clause above all, up to a dozen.)
  if (words.length > 8 && words.length <= 12 && SHARE_DEFINED.test(phrase)) return phrase;
  if (words.length > 8) {
    const cut = words.findIndex((w, i) => i >= 2 && /^\p{Ll}{3,}(?:ed|ing)$/u.test(w) && /^(?:by|in|at|for|with|from|to|under|through|as)$/i.test(words[i + 1] ?? ''));
    if (cut > 0 && cut <= 8) return words.slice(0, cut).join(' ');
  }
  return words.slice(-8).join(' ');
}
