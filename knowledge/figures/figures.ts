import { NO_MEASURE, isNoun, measureAfter, numberOpensName, realMeasure, topicMeasure } from './measures.js';
import { measureBefore } from './measure-before.js';
import { moneyFor, partOf, unitOfWhat } from './part-of.js';
import { comparesWith, findPeriods, spokenPeriods } from '../language/periods.js';
import { isMeasuredCount, mentions, type Mention } from './mentions.js';
import { reportingPeriod } from './reporting-period.js';
import { columnLabels, periodTable, rowTableLabels, rowUnderColumns } from './tables/column-labels.js';
import { labelledValues } from './tables/labelled-list.js';
import { answering, askedMeasure, doneToThem, isAsking, type AskedMeasure } from './asked-before.js';
import { geographyNear, pairedPlaces, placeAfter, placeBefore, placesNamed, saysOnlyWhere } from './figure-places.js';
import { relateFigures } from './figure-relations.js';
import { periodFor } from './figure-period.js';
import { changedBefore, completedMeasure, measureListedFor, measureRespectively } from './sentence-measures.js';
import { CHANGED_BEFORE_BRACKET, GOES_ON, HAPPENED, NAMED_BEFORE_BRACKET, SET_AGAINST_TARGET, clauseOf, sharedBracket } from './figure-wording.js';
import { sentences } from '../language/sentences.js';
import type { Figure, Passage, Period } from '../types.js';
import { DURATION_UNITS } from '../types.js';

export type { Figure, FigureUnit } from '../types.js';

export { NO_MEASURE } from './measures.js';

/**
 * What a count, a sum or a span measures: for a sum, what it is of or for; else the words after
 * it, or the subject before it.
 */
function countedMeasure(m: Mention, after: string, before: string, upTo: string): string {
  // ("£2m of funding", "12,000 minutes of delayed trains": a sum or a span of time is of what follows.)
  if ((m.unit === 'money' || DURATIONS.has(m.unit)) && /^\s*of\s+\p{L}/u.test(after)) {
    const of = partOf(after);
    if (of) return of;
  }
  // ("£42.5m in the UK during 2015": where a sum was spent says where, which its place says, not what.)
  const onlyWhere = m.unit === 'money' && saysOnlyWhere(after);
  const next = onlyWhere ? '' : measureAfter(after);
  // ("8,000 hours of unpaid work", "100 miles of motorways", "15 members of staff": a count of
  // a unit is of what follows it.)
  const unit = m.unit === 'count' ? unitOfWhat(after, next) : '';
  if (unit) return unit;
  if (m.unit === 'money' && !realMeasure(next) && !onlyWhere) {
    const purpose = moneyFor(after);
    if (purpose) return purpose;
  }
  // "The remand population continued to fall (-2.8% to a level of 387)": a number in a bracket
  // of numbers is of the words before the bracket.
  // ("… a record high of 10,424 up 10%": words after it that name nothing, "up", leave the subject.)
  return countMeasure(realMeasure(next) ? next : '', before) || (/\([^()]*$/.test(upTo) ? measureBefore(upTo) : '');
}

/** A span "since" a date ("since 30 September 2024"): how long a change took, not when a count was made. */
const sinceSpan = (p: Period) => /^since\b/i.test(p.label);

/** Words after a count that say only how it was counted, not what: "234,438 full-time equivalent". */
const COUNTED_AS = /^(?:full[- ]time equivalents?|FTE|headcount)$/i;

/**
 * What a count measures: the words after it, or the subject before it when those only say how
 * often or how it was counted ("the total police workforce … was 234,438 full-time equivalent" → total police
 * workforce (full-time equivalent)).
 */
function countMeasure(after: string, before: string): string {
  // "… have risen to 424 each day": words after it that say only how often name no measure of
  // their own; the subject is what there are so many of, each day.
  const perSpan = PER_SPAN.test(after);
  // "… potential victims in the care sector – 708 reported in 2022": a verb alone after it says
  // what was done with the things counted, named before it.
  // (Only where the dash sets them off: in a list, "… and 15 being allocated", the item before is another's.)
  const done = !isNoun(after) && /^\p{Ll}{3,}ed$/u.test(after) && /[–—:]\s*$/.test(before);
  if (!perSpan && !done && !COUNTED_AS.test(after)) return after || measureBefore(before);
  // (Its subject may be set off by a dash, and be what "a huge increase in" was of.)
  const subject = done ? measureBefore(before.replace(/\s*[–—:]\s*$/, '')).replace(CHANGE_IN, '') : measureBefore(before);
  if (perSpan || done) return realMeasure(subject) ? `${subject} ${after}` : after;
  return subject ? `${subject} (${after})` : after;
}

/** A change said before what changed: "A huge increase in potential victims …". */
const CHANGE_IN = /^(?:[\p{L}-]+\s+){0,3}?(?:increases?|rises?|falls?|drops?|decreases?|reductions?|growth)\s+in\s+/iu;

/** Words after a count saying how often: "each day", "a week", "per month", "every year". */
const PER_SPAN = /^(?:each|every|a|per)\s+(?:day|week|month|quarter|year)$/i;

const DURATIONS = new Set<string>(DURATION_UNITS);

/** Words before a number that restates them as an aside: "a similar proportion, 8%, …". */
const SIMILAR_SHARE_BEFORE = /\b(?:a|the)\s+(?:similar|same|comparable)\s+(?:proportion|share|number|percentage|rate|amount)\s*,\s*$/i;

/** A sentence whose subject points back to the one before: "This is a decrease of …", "In 2020 this rose to …". */
const POINTS_BACK_AT_START = /^\s*(?:(?:in|by|during|over)\s+[^,.;]{2,30}?,?\s+)?(?:this|that|it)\s+(?:is|was|represents|represented|rose|fell|increased|decreased|grew|dropped|went|has|had|then)\b/i;

/** A span of years counted back from now ("over the past ten years", "in the last decade"). */
// (Years or decades: "the last 12 months" is a period of its own, read against the document's date.)
const SPAN_OF_ITS_OWN = /\b(?:over|in|during|within|across)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:years|decades?)\b/i;

/** What a document as a whole says its figures are for, from its title. */
export interface DocumentScope {
  /** The period it reports on ("year ending March 2024"). */
  period?: Period;
  /** The place it reports on ("England and Wales"). */
  place?: string;
  /** The period of each value the document stated before this passage, by value as printed. */
  stated?: ReadonlyMap<string, Period>;
  /** The period the passage before this one last gave a figure for. */
  lastPeriod?: Period;
}

/**
 * The period and place a list's lead-in speaks of, where its last sentence (the one that opens the
 * list) names one of each; else, where it splits a number stated before ("Of the 203 arrests:"),
 * that number's period; else the document's.
 */
function leadScope(lead: Passage, scope: DocumentScope): DocumentScope {
  const last = sentences(lead.text).pop()?.text ?? lead.text;
  // ("The total budget for 2016-17 is £258m. The majority is received through:": the lead's one
  // period, where the sentence opening the list names none.)
  const inLast = uniquePeriods(spokenPeriods(last, findPeriods(last)));
  const periods = inLast.length > 0 ? inLast : uniquePeriods(spokenPeriods(lead.text, findPeriods(lead.text)));
  const places = new Set(placesNamed(last));
  const split = /\bof (?:the|these|those|all)\s+([\d,]+(?:\.\d+)?)\b/i.exec(last)?.[1];
  return {
    period: periods.length === 1 ? periods[0] : ((split ? scope.stated?.get(split) : undefined) ?? scope.period),
    place: places.size === 1 ? [...places][0] : scope.place,
  };
}

/** A contents line: its entries run into page numbers through dot leaders (the number after them included). */
const DOT_LEADERS = /(?:\.{4,}|(?:\. ){4,}|…{2,})[\s.…]*\d*/g;

/**
 * The figures a passage states, sentence by sentence, with the relations the sentence spells
 * out: "from A to B" and "B compared to A last year" make A the previous value of B; "(n=1032)"
 * after "compared with 2022/23" is that period's count; "against the national average of A"
 * sets a comparator. A figure whose sentence, passage and section state no period or place is
 * for those its document reports on (`scope`, from its title).
 */
export function extractFigures(passage: Passage, docScope: DocumentScope = {}, lead?: Passage): Figure[] {
  const out: Figure[] = [];
  // A list item is for the period and place its lead-in names ("In 2015/16 … were as follows:").
  const scope = lead ? leadScope(lead, docScope) : docScope;
  // "How many CPNs were issued …? Our response:" over "Nov 2017 to Oct 2018: 15": the question
  // a reply's items answer names what they count.
  const askedByLead = lead ? askedMeasure(lead.text) : undefined;
  // A passage's one period speaks for its figures, unless it is only what they are compared with.
  const passagePeriods = uniquePeriods(spokenPeriods(passage.text, passage.periods));
  const sectionPeriod = passage.section.map((h) => reportingPeriod(h)).filter(Boolean).pop();
  const scopePeriod = lead ? scope.period : (sectionPeriod ?? scope.period);
  // (Not a span "since" a date: that is how long a change took, which a count beside it is not.)
  const fallbackPeriod = passagePeriods.length === 1 && !sinceSpan(passagePeriods[0]!) ? passagePeriods[0] : scopePeriod;
  // It speaks for what follows it, not for a sentence before ("… from 92,873 to 103,393. The
  // recording of these crimes is at the third lowest level seen since 1971.").
  const spokenFrom = passagePeriods.length === 1 ? passage.text.indexOf(passagePeriods[0]!.label) : -1;
  // "Of these, 581 were …" speaks of the period the sentence before gave.
  // ("Antisocial behaviour reports have also fallen …", "… stolen during the same period": a
  // passage going on from the one before speaks of its period.)
  // ("How many were paid/unpaid? Paid 42 …" under a reply's "For 2020-2021 how many fines …? 58":
  // a question asked without a time of its own follows up the one before, and its period.)
  const opening = sentences(passage.text)[0]?.text ?? '';
  const followsUp = isAsking(opening) && passagePeriods.length === 0;
  let carried: Period | undefined = docScope.lastPeriod && (GOES_ON.test(passage.text.slice(0, 160)) || followsUp) ? docScope.lastPeriod : undefined;
  const contents = [...passage.text.matchAll(DOT_LEADERS)].map((m) => [m.index!, m.index! + m[0].length] as const);
  let askedBefore: AskedMeasure | undefined;
  for (const s of sentences(passage.text)) {
    // "… how many fines did your authority issue for fly-tipping? 58 (less 7 …)": a reply written
    // after the question it answers counts what the question asked, where its own words name nothing.
    const asked = askedBefore;
    askedBefore = /\?\s*$/.test(s.text) ? askedMeasure(s.text) : undefined;
    // Markdown emphasis ("Over **124,000** businesses") is no word of the measure: blanked, so
    // every offset into the sentence still holds.
    const text = s.text.replace(/\*\*|__/g, '  ');
    if (contents.some(([a, b]) => s.start < b && s.start + text.length > a)) continue;
    // "What is the total amount unpaid after 30 days?": a question's numbers are the asker's, not
    // figures the document states.
    if (isAsking(text)) continue;
    const all = mentions(text);
    if (all.length === 0) continue;
    // "Over the past ten years, crime has decreased by 13%": a sentence measuring over a span of
    // its own is not of the period the one before spoke of, nor of the document's.
    const ownSpan = SPAN_OF_ITS_OWN.test(text);
    // "64% (601/940)": the fraction in brackets is the percentage's basis, not a figure.
    const basis = new Map<Mention, Mention>();
    // "Around one in seven (15%) fraud incidents": the share in brackets says the same thing as
    // the words before it, exactly; it is the figure, and measures what follows the bracket.
    const restating = new Set<Mention>();
    for (const [i, m] of all.entries()) {
      const next = all[i + 1];
      if (m.unit === 'ratio' && next?.unit === 'percent' && /^\s*\(\s*$/.test(text.slice(m.end, next.at)) && /^\s*\)/.test(text.slice(next.end))) restating.add(next);
    }
    const found = all.filter((m, i) => {
      const prev = all[i - 1];
      if (prev && prev.unit === 'percent' && m.unit === 'ratio' && /^\s*\(\s*$/.test(text.slice(prev.end, m.at))) {
        basis.set(prev, m);
        return false;
      }
      const next = all[i + 1];
      return !(next && restating.has(next) && m.unit === 'ratio');
    });
    let from = 0;
    const periods = findPeriods(text).map((period) => {
      const at = text.indexOf(period.label, from);
      from = at + period.label.length;
      return { period, at };
    });
    const roles = new Map<Mention, Figure>();
    /** Figures whose own words name no measure (one is borrowed from the text before, if any). */
    const namesNone = new Set<Mention>();
    // ("continued to target those individuals … disrupting 1,500 websites": "target" the verb sets none.)
    const target = /\b(?:(?<!\bto\s)target(?!\s+(?:those|these|them|people|individuals|offenders|criminals|networks|gangs)\b)|aim(?:s|ing)? to|by (?:the end of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{4}|will (?:increase|reduce|maintain|achieve|deliver))\b/i.test(text);

    // ("… offences … has decreased since 2022. This represents a 2% decrease": the sentence before
    // may say what the changes of this one are in.)
    // (So does the figure before, for a sentence that points back to it: "This is a decrease of 179,888".)
    let lastMeasure = changedBefore(passage.text.slice(0, s.start)) || (POINTS_BACK_AT_START.test(text) ? realMeasure(out.at(-1)?.measure ?? '') : '');
    // "The North East and East of England, costing £7.9 and £6.9 million": each value is its place's.
    const pairs = pairedPlaces(text, found);
    // A header row of labels run into its row of values: each value is its column's.
    const inLine = columnLabels(text, found);
    const underHeading = inLine ? undefined : columnLabels(text, found, passage.section.at(-1));
    // (Or a header row of one-word names over rows that each open with a year: each value is its column's.)
    const inRows = inLine || underHeading ? undefined : rowTableLabels(text, found);
    // (Or a header naming a column of periods and one measure over rows of a period and a value: "Date Number of reports 2013 98 …".)
    const byPeriod = inLine || underHeading || inRows ? undefined : periodTable(text, found);
    // (Or a row led by its own label under a header row read as the heading: "Dog Fouling 5 7" under "Period 1 Period 2".)
    const rowUnder = inLine || underHeading || inRows || byPeriod ? undefined : rowUnderColumns(text, found, passage.section.at(-1));
    // (Or values each led by a short label of their own: "Paid 42 (£8,320), unpaid 5, written off 2".)
    const labelled = inLine || underHeading || inRows || byPeriod || rowUnder ? undefined : labelledValues(text, found);
    // (A section's heading over such rows often names more than the table: "2. Response".)
    const columns = inRows ?? byPeriod?.labels ?? rowUnder ?? labelled ?? (inLine ?? underHeading)?.map((label) => columnMeasure(label, passage.section.at(underHeading ? -2 : -1)));
    found.forEach((m, i) => {
      const before = text.slice(i > 0 ? found[i - 1]!.end : 0, m.at);
      const after = text.slice(m.end);
      // "vehicles (21%)": a number in brackets measures the words just before them.
      // "Two thirds (66%) of stop and searches": a share in brackets is of what follows them.
      // "91.0 percent (with a confidence interval of +/- 1.67 percent) of crimes": an aside in
      // brackets between a number and what it is of is passed over.
      const afterBracket = after.replace(/^\s*\)/, '').replace(/^\s*\([^()]*\)(?=\s*(?:of|for)\b)/i, '');
      // ("Diversionary referrals (45.6%; 582) …, followed by Court Ordered (22.8%; 291)": so do
      // numbers sharing a bracket of numbers alone.)
      const bracketed = (/^\s*\)/.test(after) && !/^\s*of\b/i.test(afterBracket) && !restating.has(m) ? NAMED_BEFORE_BRACKET.exec(before)?.[1] : undefined) ?? sharedBracket(text, m) ?? (m.unit === 'percent' ? CHANGED_BEFORE_BRACKET.exec(before)?.[1] : undefined);
      // "… about burglary with a similar proportion, 8%, very worried about violent crime": a number
      // set off by commas after "a similar proportion" is measured by the words after it.
      const aside = SIMILAR_SHARE_BEFORE.test(before) && /^\s*,\s*\p{L}/u.test(after) ? realMeasure(measureAfter(after.replace(/^\s*,/, ''))) : '';
      // "8,000 hours of unpaid work", "285kg of drugs": what a measured count is of.
      // Its unit names what it counts, so the words before it (another clause's) are not borrowed.
      // Only a sentence's first number takes the subject before it ("The average hours given as
      // part of unpaid work increased from 127 hours …").
      const measuredOf = !isMeasuredCount(m) ? '' : /^\s*(?:of|for)\b/i.test(after) ? partOf(after) || NO_MEASURE : realMeasure(measureAfter(after)) || (i === 0 ? measureBefore(before) : '') || NO_MEASURE;
      const measure = aside ? aside : measuredOf ? measuredOf : bracketed ? bracketed : restating.has(m) ? restatedMeasure(afterBracket) || measureBefore(before) : m.unit === 'count' || m.unit === 'money' || (DURATIONS.has(m.unit) && m.unit !== 'years')
        ? countedMeasure(m, after, before, text.slice(0, m.at))
        : /^\s*(?:of|for)\b/i.test(afterBracket)
          // "… rate was 27.5% for the April to June 2023 cohort": "for" a period names no measure.
          ? partOf(afterBracket) || measureBefore(before) || measureBefore(text.slice(0, m.at))
          : (/^\s*in\b/i.test(after) ? '' : realMeasure(measureAfter(after))) || measureBefore(before) || measureBefore(text.slice(0, m.at));
      const fallback = spokenFrom >= s.start + text.length ? scopePeriod : fallbackPeriod;
      // A table's total is over every row's period: "Total 1472" below rows for 2013 to 2018.
      const period = byPeriod?.total === i ? spanOf(periods.map((p) => p.period)) : (periodFor(text, m, periods) ?? (ownSpan ? undefined : carried ?? fallback));
      // "5 x £400 full rate = £2,000": a result after an equals sign is not what the words before it name.
      let said = columns?.[i] ?? (/=\s*$/.test(before) ? '' : realMeasure(measure));
      said = completedMeasure(said, { text, m, i, found, roles, before, after, lastMeasure, inTable: Boolean(columns) });
      const unnamed = (/^\d/.test(said) && !numberOpensName(said)) || said === NO_MEASURE || said === '';
      if (unnamed) namesNone.add(m);
      // "58 (less 7 that were issued and then cancelled)": a number whose own words are only what
      // was done to the things counted is measured by that, not by what the question before asked.
      // (Of the things the question before asked about, where it asked: "fixed penalty notices for graffiti issued and then cancelled".)
      const done = unnamed ? doneToThem(after) : undefined;
      const named = done ? [answering(asked, m), done].filter(Boolean).join(' ') : unnamed ? answering(asked, m) || realMeasure(topicMeasure(passage.text.slice(0, s.start + m.at))) || answering(askedByLead, m) : said;
      if (said !== '') lastMeasure = said;
      roles.set(m, {
        id: `${passage.id}/${out.length + roles.size + 1}`,
        passageId: passage.id,
        docId: passage.docId,
        // ("… which aims to give the public insight, it was confirmed that discharges decreased by
        // 50%": a change said to have happened is no target, whatever else the sentence aims at.)
        // ("81% of calls were answered against a target of 90%": a value set against a target is not it.)
        kind: target && !HAPPENED.test(clauseOf(text, m)) && !SET_AGAINST_TARGET.test(text.slice(m.end)) ? 'target' : 'actual',
        value: m.value,
        number: m.number,
        unit: m.unit,
        measure: named || NO_MEASURE,
        period,
        geography: pairs.get(i) ?? placeBefore(text.slice(Math.max(0, m.at - 80), m.at), text.slice(m.end)) ?? placeAfter(text.slice(m.end).split(/[,;(]/, 1)[0]!) ?? (geographyNear(text) ? undefined : scope.place),
        basis: basis.get(m)?.value,
        sentence: s.text,
      });
    });

    // What the sentence says of how its numbers relate (a change, a previous value, a comparator)
    // is set on the figures they belong to; the numbers that only said so are no figures of their own.
    // ("Theft and burglary rose by 5% and 7% respectively": each value is its item's.)
    measureRespectively(text, found, roles);
    // ("1,025 fixed penalty notices for littering and 213 for dog fouling": each is its purpose's.)
    measureListedFor(text, found, roles);
    const consumed = relateFigures({ text, found, roles, periods, namesNone, sentencesBefore: out, carried, scopePeriod });
    for (const [m, fig] of roles) if (!consumed.has(m)) out.push({ ...fig, id: `${passage.id}/${out.length + 1}` });
    // The next sentence goes on in the period this one spoke of, not one it compared with.
    // (Nor a span "since" a date: how long a change took, which the next sentence's count is not.)
    const spoken = periods.find((p) => !comparesWith(text.slice(0, p.at)) && !sinceSpan(p.period) && [...roles.values()].some((f) => f.period === p.period));
    carried = spoken?.period ?? carried;
  }
  return out;
}

/** The span from the first of some periods to the last: "2013 to 2018". */
function spanOf(periods: Period[]): Period | undefined {
  const [first, last] = [periods[0], periods.at(-1)];
  if (!first || !last || first === last) return first;
  return { label: `${first.label} to ${last.label}`, start: first.start, end: last.end, kind: 'multi-year' };
}

/** A column's label with what its table is of, from the heading above it: "Band D precept by council tax band". */
function columnMeasure(label: string, heading: string | undefined): string {
  const about = heading?.trim();
  if (!about || about.toLowerCase().includes(label.toLowerCase())) return label;
  return `${label} ${about.charAt(0).toLowerCase()}${about.slice(1)}`;
}

function uniquePeriods(periods: Period[]): Period[] {
  const seen = new Map<string, Period>();
  for (const p of periods) seen.set(`${p.start}/${p.end}`, p);
  return [...seen.values()];
}

/**
 * What a share restating the words before it measures: what follows its bracket, whether that
 * names the whole it is of ("one in five (20%) of all incidents occurred at home") or the
 * people it counts ("around one in seven (15%) fraud incidents").
 */
function restatedMeasure(afterBracket: string): string {
  return /^\s*(?:of|for)\b/i.test(afterBracket) ? partOf(afterBracket) : realMeasure(measureAfter(afterBracket));
}
