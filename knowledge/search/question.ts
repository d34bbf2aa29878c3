import { concepts, type Concept } from './concepts.js';
import type { FigureUnit } from '../figures/figures.js';
import { findPeriods, spokenPeriods } from '../language/periods.js';
import type { TermStats } from './term-stats.js';
import { termOf, words } from '../language/tokens.js';
import type { Period } from '../types.js';
import type { WordAlternatives } from './words/word-alternatives.js';
import { isEnglish } from '../language/word-rarity.js';
import { spelledOutNames } from '../language/names.js';
import { askedBy, countedTerm, countedTerms, countsWhole, figureCue, WHAT_THEN, WHY } from './asked-kind.js';

/**
 * A question, read once: what retrieval, the answerability check, figure choice and quotes all
 * work from, so none of them parses the raw text again.
 */
export interface Question {
  /** The question as asked (cleaned of control characters). */
  asked: string;
  /** What is searched: the question with mistyped words corrected. */
  text: string;
  /** Words corrected against the documents' vocabulary, in order. */
  corrections: { from: string; to: string }[];
  /** Shorthand read as what the documents write ("NW" as North West, "quals" as qualifications). */
  shorthand: { from: string; to: string }[];
  /** Periods the question asks about (not those it compares with, nor those naming a document). */
  periods: Period[];
  /**
   * Periods that name a document ("the 2018 plan", "the 2020 VSA assessment"): they prefer a
   * figure of that period, but a passage that does not state it still answers.
   */
  documentPeriods: Period[];
  /** Its ideas, each with the terms that may stand for it. */
  concepts: Concept[];
  /** The kinds of number it asks for, or undefined when it asks for none. */
  units?: FigureUnit[];
  /**
   * Whether only a period it names implied a number ("CSTR 2023/24"), no word asking for one:
   * such a question may as well ask what a document says of that time.
   */
  unitsImplied: boolean;
  /** Kinds of number a second part of it asks for ("…, and what was the full rate?"): they answer it too, though they do not lead. */
  unitsAlso?: FigureUnit[];
  /**
   * Its words that name the kind of number asked ("funding", "cost", "rate"): a passage stating
   * a number of that kind answers them whether or not it uses the word ("£6 million for…").
   */
  unitWords: Set<string>;
  /** Whether it is phrased as asking for a number ("how many", "rate", "total"…). */
  wantsFigure: boolean;
  /**
   * The search term of what a count asks for: the last word of the phrase after "how many" or
   * "number of" ("how many community payback hours are owed" → hour).
   */
  counted?: string;
  /** The search terms of the whole phrase a count asks for, its head last ("bombing incidents" → bomb, incid). */
  countedPhrase: string[];
  /** Whether the count asks for the whole of what it names ("number of respondents"), not a part of it ("how many victims were satisfied"). */
  countsWhole: boolean;
  /**
   * Whether it asks how many there are ("how many officers does GMP have", "how many … are
   * there"): a number lost, gained or added since some time answers a different question.
   */
  asksStock: boolean;
  /**
   * Whether it asks by how much something moved ("how much did pick-ups grow", "what was the
   * rise in…"): the size of the change answers it, not the level before or after.
   */
  asksChange: boolean;
  /** Whether it asks why something happened: a passage giving a reason answers it. */
  asksWhy: boolean;
  /**
   * Phrases it sets in quotation marks ("rated 'requires improvement'"): the exact label it asks
   * about, which the answer's figure should stand beside.
   */
  quoted: string[];
  /** Lettered labels it names ("Band D", "Category C", "Class A"): each names one of a kind. */
  labels: string[];
}

/** What reading a question needs of the knowledge: its terms, and what words stand for. */
export interface Vocabulary {
  stats: TermStats;
  alternatives?: WordAlternatives;
}

/** Words shorter than this are never taken for typos: too many real words lie one edit apart. */
const SHORTEST_TYPO = 4;

/**
 * The question without the nouns by which it points at the documents themselves ("does the
 * plan say…", "the HMPPS plan", "in the report"): every passage is in a plan or report, so the
 * word finds passages that happen to say it, not the topic. The words naming which one stay.
 */
function withoutDocumentNouns(text: string): string {
  // Singular only: "the reports of rape" and "the 4P plans" are topics.
  return text.replace(/\b((?:the|this|that|their|its|your|our)\s+(?:[\w'’-]+\s+){0,3}?)(?:plan|report|strategy|document)\b(?![-'’])/gi, '$1');
}

/**
 * The question without the words that only place it in the present ("these days", "at the
 * moment", "currently"): they ask for the latest figure, which ranking already prefers, and name
 * no topic — as search words they find passages that happen to say "currently".
 */
function withoutPresentTime(text: string): string {
  // (Nor do the words placing a time within a year: "mid-2022", "early 2024".)
  return text.replace(/\b(?:these days|nowadays|at (?:the )?(?:moment|present)|currently|presently|right now|as (?:it|things) stand(?:s)?|so far)\b|\b(?:mid|early|late)(?:-|\s+)(?=(?:19|20)\d\d\b)/gi, ' ');
}

/**
 * The question without the words that say what kind of answer it wants rather than what about:
 * "how long", "how often", "how quickly" ask for a duration or a frequency (read from the question
 * as a whole, see `askedBy`), and "typically", "usually", "normally" only soften it. As search
 * words they find passages that happen to say "long" or "usually".
 */
/** "Behind" where it asks for a reason: "what is behind the fall". */
const REASON_BEHIND = new RegExp(String.raw`(?<=${WHAT_THEN})behind\b`, 'giu');

function withoutAnswerKindWords(text: string): string {
  // ("Based in Bolton", "located across the county": where, which the place that follows says;
  // the verb finds passages about an "evidence base".)
  // ("What happens at the MDT", "what has happened to sentence lengths": asked what goes on,
  // which names no topic either.)
  // ("Which kind of sentence", "what types of crime": asked which of them, named by what follows.)
  // ("What is behind the fall": asked why, which `asksWhy` reads; "behind" names no topic.)
  return text
    .replace(/\b(?:based|located|situated|headquartered)(?=\s+(?:in|at|across|within|around|throughout)\b)/gi, ' ')
    .replace(/\bhow (?:long|often|quickly|soon|frequently|far|big|large|high|steeply|sharply|fast)\b|\b(?:typically|usually|normally|generally|roughly)\b/gi, ' ')
    .replace(/(?<=\bwhat(?:['’]s|\s+is|\s+has|\s+had|\s+will|\s+would|\s+did)?(?:\s+been)?\s+)(?:happens|happened|happening|happen)\b/gi, ' ')
    .replace(/(?<=\b(?:which|what)\s+)(?:kinds?|sorts?|types?)\s+of\b/gi, ' ')
    .replace(REASON_BEHIND, ' ');
}

/**
 * The words that set the answer against another time or place rather than name a topic:
 * "compared with", "vs", "up or down", "the same quarter a year earlier", "the previous year".
 */
function frameWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of [...text.matchAll(COMPARISON_FRAME), ...text.matchAll(TIME_AGO)]) for (const w of words(m[0])) out.add(w.text.toLowerCase());
  return out;
}

/** "Ten years ago", "a decade ago": a time set against, named by its distance from now. */
const TIME_AGO = /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a few|several|\d+)\s+(?:years?|months?|quarters?|decades?)\s+(?:ago|earlier|before)\b/gi;

const COMPARISON_FRAME = new RegExp(
  String.raw`\b(?:(?:gone|go|goes|went|been)\s+)?(?:up or down|down or up)\b|\b(?:(?:compared?|comparing|in comparison)\s+(?:with|to|against)|vs\b\.?|versus|than|on|from|since|against)` +
    // …and the time it sets the answer against, when one follows: "… with the same quarter a year
    // earlier", "… than the year before" (without the comparison word, "the year before" is asked).
    String.raw`(?:\s+(?:the\s+)?(?:same\s+(?:quarter|month|period|week|time)\s+(?:a|one|the|last)\s+year(?:\s+(?:earlier|before|ago|previously))?|(?:previous|prior|preceding)\s+(?:year|quarter|month|12 months|twelve months)|(?:a|one)?\s*year\s+(?:earlier|before|ago)))?\b`,
  'gi',
);

/** Nouns naming a document or a study, which a year before them names an edition of. */
const DOCUMENT_ONE = String.raw`(?:plan|strategy|report|review|survey|assessment|inspection|bulletin|publication|research|study|poll|request)`;
const DOCUMENT_WORD = new RegExp(String.raw`^${DOCUMENT_ONE}s?$`, 'i');
/** (One document is named before its year: "Annual Report 2023"; "passenger reports 2013" are things counted in it.) */
const DOCUMENT_BEFORE = new RegExp(String.raw`\b${DOCUMENT_ONE}\s*$`, 'i');
/** Words that end a document's name, unless a name goes on after them ("in Britain"). */
// ("of" goes on: "the 2021 freedom of information request", "its 2019 review of custody".)
const NAME_BREAK = /^(?:across|in|for|at|on|by|from|to|the|an?|this|that|with|under|over|into|within)$/i;

/**
 * "According to the capital's fire service in 2012", "according to the commissioner in early
 * 2015": the year set after who says it dates the saying, the document, not what it counts. (A
 * comma or a clause ends the source: "according to the ONS, crime in 2012 …" asks of 2012.)
 */
const SOURCE_DATED = /\baccording to\s+(?:[\p{L}'’&-]+\s+){1,8}?in\s+(?:(?:early|late|mid|the spring of|the summer of|spring|summer|autumn|winter)\s+)?$/iu;
/** Periods a source is dated by: a financial year or a range names what was counted, not when it was said. */
const DATED_SOURCE_KINDS = new Set<Period['kind']>(['calendar-year', 'month', 'date']);

/**
 * Whether the period's words in the question name a document ("the 2018 plan", "its 2020/21
 * annual report", "the Police and Crime Plan 2021-25").
 */
function namesDocument(text: string, period: Period): boolean {
  const at = text.indexOf(period.label);
  if (at < 0) return false;
  if (DOCUMENT_BEFORE.test(text.slice(0, at))) return true;
  if (DATED_SOURCE_KINDS.has(period.kind) && SOURCE_DATED.test(text.slice(0, at))) return true;
  // Up to six words of its name between: "2018 Standing Together plan", "2020 VSA assessment",
  // "2017 LGBT in Britain hate crime research". ("2018 across the plan area" speaks of a time: a
  // preposition or article ends the name, unless a name goes on after it: "in Britain".)
  const after = text.slice(at + period.label.length).match(/^(?:\s+[\p{L}\d'’-]+){1,7}/u)?.[0].trim().split(/\s+/) ?? [];
  for (const [i, word] of after.entries()) {
    if (DOCUMENT_WORD.test(word)) return true;
    if (NAME_BREAK.test(word) && !/^\p{Lu}/u.test(after[i + 1] ?? '')) return false;
  }
  return false;
}

/** How many times more passages must write a name than its initials for the initials to read as it. */
const SPELLED_MORE_OFTEN = 4;

/**
 * Reads a question: corrects words the documents don't use and English doesn't know ("chalenger"
 * → challenger), then finds its periods, concepts and the kind of number it asks for.
 * @example
 * readQuestion('challanger disruptons', kb).text // 'challenger disruptions'
 */
export function readQuestion(asked: string, vocabulary: Vocabulary): Question {
  const corrections: Question['corrections'] = [];
  const shorthand: Question['shorthand'] = [];
  const readings = new Map<string, string[]>();
  let text = asked;
  const { stats, alternatives } = vocabulary;
  if (alternatives) {
    for (const w of [...words(asked)].reverse()) {
      // An English word the documents use only in another form ("burglars", where they write
      // "burglary"); a word English doesn't know is shorthand or a typo, below.
      const term = termOf(w.text);
      if (term && !stats.has(term) && isEnglish(w.text)) {
        const family = alternatives.family(w.text);
        if (family.length > 0) readings.set(w.text.toLowerCase(), family);
      }
      if (!unknownWord(w.text, stats, alternatives)) {
        // An initialism the documents use only now and then, beside the name they write far more
        // often ("NI" in a heading, "Northern Ireland" throughout): it stands for that name too.
        const short = term && /^[A-Z]{2,5}$/.test(w.text) ? alternatives.shorthand(w.text, stats) : undefined;
        if (short && short.terms.every((t) => stats.spread(t) >= SPELLED_MORE_OFTEN * stats.spread(term!))) readings.set(w.text.toLowerCase(), short.terms);
        continue;
      }
      // Shorthand first: an initialism or a clipped word is no typo ("quals" is not "equals").
      const short = alternatives.shorthand(w.text, stats);
      if (short) {
        readings.set(w.text.toLowerCase(), short.terms);
        shorthand.unshift({ from: w.text, to: short.reads });
        continue;
      }
      if (!mayBeTypo(w.text)) continue;
      const fix = alternatives.correct(w.text, stats);
      if (!fix) continue;
      text = text.slice(0, w.at) + fix + text.slice(w.at + w.text.length);
      corrections.unshift({ from: w.text, to: fix });
    }
  }
  // A name spelled out that the documents only write as its initialism ("Community Protection
  // Notices", where they write "CPNs"): said, as shorthand is, since no document confirms it.
  const spelled = spelledOutNames(text, (initials) => writtenOnlyShort(initials, stats, alternatives));
  for (const n of spelled) shorthand.push({ from: n.name, to: n.initials.toUpperCase() });
  // The periods it asks about: not those it only compares with ("… compared with 2022").
  const named = findPeriods(text);
  const spoken = spokenPeriods(text, named);
  // (A period only compared with is no topic either: "risen since 2022/23" does not ask about the
  // numbers 2022 and 23, which would find a "23%" elsewhere.)
  const compared = named.filter((p) => !spoken.includes(p));
  const ideas = concepts(withoutPeriods(withoutAnswerKindWords(withoutPresentTime(withoutDocumentNouns(text))), compared), alternatives, spoken, readings, spelled);
  const framing = frameWords(text);
  for (const c of ideas) if (!c.period && c.words.every((w) => framing.has(w))) c.frame = true;
  // "the original 2018 Standing Together plan": a year naming a document is not a time asked about.
  const periods = spoken.filter((p) => !namesDocument(text, p));
  const documentPeriods = spoken.filter((p) => !periods.includes(p));
  // A broader word stands in only for a word the documents don't use: where they use the word
  // itself, its broader words ("attack" for "charge") only find other topics. (Unless the word
  // is read apart from its stem: "firms" are businesses, whatever "firm" the documents use.)
  for (const c of ideas) if (c.own.every((t) => stats.has(t)) && !(c.words.length === 1 && alternatives?.readsApart(c.words[0]!))) c.broader = [];
  const asking = askedBy(text, periods);
  return {
    asked,
    text,
    corrections,
    shorthand,
    periods,
    documentPeriods,
    concepts: ideas,
    units: asking.units,
    unitsImplied: asking.implied,
    ...(asking.also ? { unitsAlso: asking.also } : {}),
    unitWords: asking.words,
    wantsFigure: figureCue.test(text),
    counted: countedTerm(text),
    countedPhrase: countedTerms(text),
    countsWhole: countsWhole(text),
    // ("… will it have after the precept rise": a change named as a noun is when, not what moved.)
    asksStock: STOCK.test(text) && !MOVED.test(text.replace(CHANGE_AS_NOUN, ' ')),
    // ("Derbyshire recorded crime change year to March 2018": a terse question may end on its period.)
    asksChange: CHANGE_ASKED.test(text) || CHANGE_ASKED.test(withoutPeriods(text, spoken)) || MORE_THAN_ASKED.test(text),
    asksWhy: WHY.test(text),
    quoted: quotedPhrases(text),
    labels: [...text.matchAll(LETTERED_LABEL)].map((m) => m[0]),
  };
}

/** The question with the periods it names taken out. */
function withoutPeriods(text: string, periods: Period[]): string {
  let out = text;
  for (const p of periods) out = out.replace(p.label, ' ');
  return out;
}

/** A capitalised word and a capital letter after it: "Band D", "Category C" (not "Anything I can quote"). */
const LETTERED_LABEL = /\b(\p{Lu}\p{Ll}+)\s+((?!I\b)\p{Lu})\b(?![\p{L}'’.&])/gu;

/** A phrase in quotation marks that open after a space and close before one ('…', ‘…’, "…", “…”), not an apostrophe ("HMICFRS's"). */
const QUOTED = /(?<=^|[\s(])['‘"“]([^'‘’"“”\n]{2,60}?)['’"”](?=[\s,.;:?!)]|$)/g;

/** The phrases a question sets in quotation marks. */
export function quotedPhrases(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((m) => m[1]!.trim()).filter((p) => /\p{L}/u.test(p));
}

/** "How many … does GMP have", "how many … are there", "how many … work in …". */
const STOCK = /\bhow many\b.*\b(?:have|has|are there|is there|employs?|work(?:s|ing)? (?:in|for|at))\b/i;
/** "How much did … grow", "by how much has … fallen", "what was the rise in …", "how big an increase", "% change", "up or down", a terse "… change". */
const CHANGE_ASKED = /\b(?:how much|how far|by how much|by how many|how many (?:more|fewer|less)|how (?:sharply|steeply|fast|quickly|dramatically|markedly|significantly))\b.*\b(?:gr[eo]wn?|grow|rise[ns]?|rose|increased?|fall(?:en)?|fell|drop(?:ped)?|decreased?|went (?:up|down)|gone (?:up|down)|go (?:up|down)|c[oa]me (?:up|down)|changed?|improved?|reduced?|cut|climb(?:ed)?|soar(?:ed)?|plummet(?:ed)?)\b|\b(?:rise[ns]?|rose|increased?|fall(?:en)?|fell|drop(?:ped)?|decreased?|climb(?:ed)?|soar(?:ed)?|plummet(?:ed)?|went (?:up|down)|gone (?:up|down)|go (?:up|down)|c[oa]me (?:up|down))\b.*\bby how (?:much|many)\b|\b(?:what|how big|how large) (?:was|is|were|has been) (?:the|an?) (?:increase|rise|fall|drop|decrease|change|growth|reduction|improvement)\b|(?:%|\bper ?cent|\bpercentage)\s*(?:change|increase|decrease|rise|fall|drop)\b|\b(?:up or down|down or up|(?:risen|gone up|increased|grown) or (?:fallen|gone down|decreased|dropped|shrunk))\b|\bchanged?\s*\??\s*$|\bchange\s+(?:vs\.?|versus|on|against|compared\s+(?:with|to)|since)\s|\bhow (?:did|does|do|has|have) (?:[\w'’-]+\s+){1,8}?change\b|\bhow (?:big|large|steep|sharp) (?:has|have|was|were|is) (?:the|that|this) (?:increase|rise|fall|drop|decrease|change|growth|reduction)\b/i;
/** "How much more was spent … than a year before": by how much two numbers differ. */
const MORE_THAN_ASKED = /\bhow (?:much|many) (?:more|less|fewer|higher|lower)\b.*\bthan\b/i;
/** A change named as a noun ("the precept rise", "this year's increase"). */
const CHANGE_AS_NOUN = /\b(?:the|a|an|this|that|its|their)\s+(?:[\p{L}'’-]+\s+)?(?:rise|fall|increase|decrease|drop|cut|uplift)\b/giu;
/** Words asking how a number moved, or what was done: not a stock. */
const MOVED = /\b(?:lost|lose|cut|gain(?:ed)?|recruit(?:ed)?|hired?|added|more|fewer|less|extra|additional|new|increase[ds]?|decrease[ds]?|rise|rose|fall|fell|drop(?:ped)?|since|been|had)\b/i;


/**
 * A word nothing else explains: letters only, used by no document, standing for nothing the
 * documents use, and unknown to English (or in capitals: "CRS" is an initialism even if "crs" is
 * on a word list). It may be shorthand or a typo.
 */
function unknownWord(word: string, stats: TermStats, alternatives: WordAlternatives): boolean {
  if (!/^\p{L}{2,}$/u.test(word)) return false;
  const term = termOf(word);
  if (!term || stats.has(term) || alternatives.of([word.toLowerCase()])) return false;
  // A word without vowels ("ppl", "hrs") is shorthand, though word lists that count the web know it.
  return /^[A-Z]{2,5}s?$/.test(word) || /^[b-df-hj-np-tv-z]{3,5}$/i.test(word) || !isEnglish(word);
}

/**
 * Whether the documents use these initials as an initialism of their own: a term they hold that is
 * no English word, and no initialism of another name they write ("cpn" is not read as Community
 * Protection Notices where the documents write Community Psychiatric Nurses).
 */
function writtenOnlyShort(initials: string, stats: TermStats, alternatives: WordAlternatives | undefined): boolean {
  const term = termOf(initials);
  if (!term || !stats.has(term) || isEnglish(initials)) return false;
  return alternatives?.nameWithInitials(initials) === undefined;
}

/**
 * An unknown word worth correcting: long enough (lower case, or capitalised). Words in capitals
 * are left alone: acronyms are what a typo check gets wrong.
 */
function mayBeTypo(word: string): boolean {
  return word.length >= SHORTEST_TYPO && /^[A-Za-z][a-z]+$/.test(word);
}
