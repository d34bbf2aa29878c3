import { changeBetween } from './change.js';
import { CHANGE_NOUN, headNoun, isNoun, measureAfter, measureBefore, realMeasure, topicMeasure } from './measures.js';
import { moneyFor, partOf } from './part-of.js';
import { comparesWith, findPeriods, FROM_VALUE_IN, spokenPeriods } from '../language/periods.js';
import { isMeasuredCount, mentions, PHONE_SERVICE_AT_START, toNumber, type Mention } from './mentions.js';
import { reportingPeriod } from './reporting-period.js';
import { columnLabels } from './column-labels.js';
import { BRACKET_AFTER_CHANGE, CHANGE_OF, COMPARED_BACK, FRACTION_OF, FROM_BEFORE, GOES_ON, HAPPENED, MORE_THAN, NAMED_BEFORE_BRACKET, PERIOD_AFTER, PERIOD_PAIR_GAP, ROSE_BY, SIZED_CHANGE_AFTER, SIZED_CHANGE_BEFORE, baselineAfter, clauseOf, sharedBracket } from './figure-wording.js';
import { sentences } from '../language/sentences.js';
import type { Figure, FigureUnit, Passage, Period } from '../types.js';
import { DURATION_UNITS } from '../types.js';

export type { Figure, FigureUnit } from '../types.js';

/** The measure given a figure whose words name none (only fillers, or nothing at all). */
export const NO_MEASURE = 'figure';

/** The kind of rate a measure ends in: "neighbourhood crime solved rates" → solved rates. */
const RATE_HEAD = /\b((?:(?!crime\b)[\p{L}-]+\s+)?rates?)$/iu;

/**
 * What a count, a sum or a span measures: for a sum, what it is of or for; else the words after
 * it, or the subject before it.
 */
function countedMeasure(m: Mention, after: string, before: string, upTo: string): string {
  if (m.unit === 'money' && /^\s*of\s+\p{L}/u.test(after)) {
    const of = partOf(after);
    if (of) return of;
  }
  const next = measureAfter(after);
  if (m.unit === 'money' && !realMeasure(next)) {
    const purpose = moneyFor(after);
    if (purpose) return purpose;
  }
  // "The remand population continued to fall (-2.8% to a level of 387)": a number in a bracket
  // of numbers is of the words before the bracket.
  return countMeasure(next, before) || (/\([^()]*$/.test(upTo) ? measureBefore(upTo) : '');
}

/** A span "since" a date ("since 30 September 2024"): how long a change took, not when a count was made. */
const sinceSpan = (p: Period) => /^since\b/i.test(p.label);

/** Words after a count that say only how it was counted, not what: "234,438 full-time equivalent". */
const COUNTED_AS = /^(?:full[- ]time equivalents?|FTE|headcount)$/i;

/**
 * What a count measures: the words after it, or the subject before it when those only say how
 * it was counted ("the total police workforce … was 234,438 full-time equivalent" → total police
 * workforce (full-time equivalent)).
 */
function countMeasure(after: string, before: string): string {
  if (!COUNTED_AS.test(after)) return after || measureBefore(before);
  const subject = measureBefore(before);
  return subject ? `${subject} (${after})` : after;
}

const GEOGRAPHY: [RegExp, string][] = [
  [/\b(?:England and Wales|E&W)\b/i, 'England and Wales'],
  [/\bnational(?:ly)?\b(?:\s+(?:average|rate|picture))?/i, 'national'],
  [/\b(?:Greater Manchester|GM|GMP)\b/, 'Greater Manchester'],
  [/\bNorth West\b/, 'North West'],
];

/** Every place a text names (England and Wales, national, Greater Manchester, the North West), as figures name them. */
export function placesNamed(text: string): string[] {
  return GEOGRAPHY.map(([re, name]) => ({ at: text.search(re), name }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((p) => p.name);
}

function geographyNear(text: string): string | undefined {
  let best: { at: number; name: string } | undefined;
  for (const [re, name] of GEOGRAPHY) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (const m of text.matchAll(g)) if (!best || m.index! > best.at) best = { at: m.index!, name };
  }
  return best?.name;
}

/**
 * The place named just after a figure, unless it is what the figure is set against: "7% and is
 * above the England and Wales average" is not England and Wales's 7%.
 */
function placeAfter(text: string): string | undefined {
  // Nor where it ranks the figure among others ("8.53 seconds, putting it fifth in the tables nationally").
  if (/\b(?:average|above|below|than|compared|against|versus|vs|ranked|ranking|rank|tables?|league|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|\d+(?:st|nd|rd|th))\b/i.test(text)) return undefined;
  return geographyNear(text);
}

/**
 * The period a mention belongs to: the nearest one before it in its clause, else just after it.
 * A period inside brackets belongs to the bracket ("(a 23% increase from 473 in 2022/23)").
 */
function periodFor(sentence: string, mention: Mention, periods: { period: Period; at: number }[]): Period | undefined {
  // A table's cells, set side by side with bars as extraction leaves them, are clauses too.
  const clauseStart = Math.max(0, sentence.lastIndexOf(';', mention.at) + 1, sentence.lastIndexOf('|', mention.at) + 1);
  const bracketed = (from: number, to: number) => /\)/.test(sentence.slice(from, to));
  // A period the sentence compares an earlier number with ("20% lower than the year ending March
  // 2020, however a 5% increase …") is that number's base, not the next number's period.
  const before = periods.filter((p) => p.at < mention.at && p.at >= clauseStart && !bracketed(p.at, mention.at) && !COMPARISON_BASE.test(sentence.slice(Math.max(clauseStart, p.at - 40), p.at))).pop();
  // A period later in the clause ("56 partnership activities have taken place since April 2019"),
  // unless it is what the figure is compared with.
  const after = periods.find((p) => {
    if (p.at <= mention.end || p.at - mention.end >= 120) return false;
    const gap = sentence.slice(mention.end, p.at);
    // "increased by 7% compared to the number supervised as at 31 March 2021": whatever words come
    // between, a period after a comparison is its base.
    return !/[(;]|\d/.test(gap.replace(/\(\d[\d/,.]*%?\)/g, '')) && (p.at - mention.end < 40 || !/,/.test(gap)) && !comparesWith(gap) && !/\b(?:compared|than|versus|vs)\b/i.test(gap);
  });
  if (after && /^\s*(?:in|during|for|of)(?:\s+the)?\s*$/i.test(sentence.slice(mention.end, after.at).replace(/\s*\([^)]*\)\s*/g, ' '))) return after.period;
  // "…; 181 moderate, …": a clause of a list after a semicolon shares the period its sentence
  // opened with, unless it speaks of a time of its own ("this year", "now").
  const clause = sentence.slice(clauseStart, mention.at);
  const opened = clauseStart > 0 && !OWN_TIME.test(clause) ? periods.filter((p) => p.at < clauseStart).pop() : undefined;
  return before?.period ?? after?.period ?? opened?.period;
}

const DURATIONS = new Set<string>(DURATION_UNITS);

/** Words before a number that restates them as an aside: "a similar proportion, 8%, …". */
const SIMILAR_SHARE_BEFORE = /\b(?:a|the)\s+(?:similar|same|comparable)\s+(?:proportion|share|number|percentage|rate|amount)\s*,\s*$/i;

/** Words that make the period after them what a number is compared with ("lower than the year ending March 2020"). */
// ("rose from 1,170 in 2009/10 to 1,607 this year": the period of the value changed from.)
const COMPARISON_BASE = new RegExp(
  String.raw`\b(?:(?:than|compared (?:with|to)|versus|vs\.?|against)\s+(?:(?:in|for|during)\s+)?(?:the\s+)?(?:same period (?:in|of)\s+)?|${FROM_VALUE_IN}\s+(?:the\s+)?)$`,
  'i',
);

/** A span of years counted back from now ("over the past ten years", "in the last decade"). */
// (Years or decades: "the last 12 months" is a period of its own, read against the document's date.)
const SPAN_OF_ITS_OWN = /\b(?:over|in|during|within|across)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:years|decades?)\b/i;

/** Words by which a clause speaks of a time of its own. */
// ("This is a 5% increase…" points back to the clause before: "this" speaks of a time only with one.)
const OWN_TIME = /\b(?:this\s+(?:year|month|quarter|week|period|time)|last|next|previous|current(?:ly)?|now|today|year|month|quarter|since|until|before|after)\b/i;

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
  let carried: Period | undefined = docScope.lastPeriod && GOES_ON.test(passage.text.slice(0, 160)) ? docScope.lastPeriod : undefined;
  const contents = [...passage.text.matchAll(DOT_LEADERS)].map((m) => [m.index!, m.index! + m[0].length] as const);
  for (const s of sentences(passage.text)) {
    // Markdown emphasis ("Over **124,000** businesses") is no word of the measure: blanked, so
    // every offset into the sentence still holds.
    const text = s.text.replace(/\*\*|__/g, '  ');
    if (contents.some(([a, b]) => s.start < b && s.start + text.length > a)) continue;
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
    const consumed = new Set<Mention>();
    const target = /\b(?:target|aim(?:s|ing)? to|by (?:the end of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{4}|will (?:increase|reduce|maintain|achieve|deliver))\b/i.test(text);

    let lastMeasure = '';
    // A header row of labels run into its row of values: each value is its column's.
    const inLine = columnLabels(text, found);
    const underHeading = inLine ? undefined : columnLabels(text, found, passage.section.at(-1));
    const columns = (inLine ?? underHeading)?.map((label) => columnMeasure(label, passage.section.at(underHeading ? -2 : -1)));
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
      const bracketed = (/^\s*\)/.test(after) && !/^\s*of\b/i.test(afterBracket) && !restating.has(m) ? NAMED_BEFORE_BRACKET.exec(before)?.[1] : undefined) ?? sharedBracket(text, m);
      // "… about burglary with a similar proportion, 8%, very worried about violent crime": a number
      // set off by commas after "a similar proportion" is measured by the words after it.
      const aside = SIMILAR_SHARE_BEFORE.test(before) && /^\s*,\s*\p{L}/u.test(after) ? realMeasure(measureAfter(after.replace(/^\s*,/, ''))) : '';
      // "8,000 hours of unpaid work", "285kg of drugs": what a measured count is of.
      // Its unit names what it counts, so the words before it (another clause's) are not borrowed.
      // Only a sentence's first number takes the subject before it ("The average hours given as
      // part of unpaid work increased from 127 hours …").
      const measuredOf = !isMeasuredCount(m) ? '' : /^\s*(?:of|for)\b/i.test(after) ? partOf(after) || NO_MEASURE : realMeasure(measureAfter(after)) || (i === 0 ? measureBefore(before) : '') || NO_MEASURE;
      const measure = aside ? aside : measuredOf ? measuredOf : bracketed ? bracketed : restating.has(m) ? realMeasure(measureAfter(afterBracket)) || measureBefore(before) : m.unit === 'count' || m.unit === 'money' || (DURATIONS.has(m.unit) && m.unit !== 'years')
        ? countedMeasure(m, after, before, text.slice(0, m.at))
        : /^\s*(?:of|for)\b/i.test(afterBracket)
          // "… rate was 27.5% for the April to June 2023 cohort": "for" a period names no measure.
          ? partOf(afterBracket) || measureBefore(before) || measureBefore(text.slice(0, m.at))
          : (/^\s*in\b/i.test(after) ? '' : realMeasure(measureAfter(after))) || measureBefore(before) || measureBefore(text.slice(0, m.at));
      const fallback = spokenFrom >= s.start + text.length ? scopePeriod : fallbackPeriod;
      const period = periodFor(text, m, periods) ?? (ownSpan ? undefined : carried ?? fallback);
      let said = columns?.[i] ?? realMeasure(measure);
      // "65 major disruptions; 181 moderate, …": a list item names only how its kind differs,
      // and shares the noun of the item before it.
      if (/^[\p{L}-]+$/u.test(said) && lastMeasure && !isNoun(said)) said = `${said} ${headNoun(lastMeasure)}`;
      // "… offences were 17% lower than in 2020, however there was a 13% increase compared with
      // the previous year": a change named by its noun alone is a change in what was just measured.
      else if (CHANGE_NOUN.test(said) && lastMeasure && !CHANGE_NOUN.test(lastMeasure.split(' ')[0]!)) said = `${said} in ${lastMeasure}`;
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
      // "around four-in-five incidents of domestic abuse (81%)": a share in brackets restates the
      // round share its clause opened with, and measures what that does.
      const round = i > 0 ? found[i - 1]! : undefined;
      if (m.unit === 'percent' && round?.unit === 'ratio' && /^\s*\)/.test(after) && /\(\s*$/.test(before) && !/[;.]/.test(before)) {
        // (A share is "of" what the round share counts: "81% of incidents".)
        const counts = roles.get(round)?.measure;
        if (counts && counts !== NO_MEASURE) said = /^(?:of|for|in|among|amongst)\s/i.test(counts) ? counts : `of ${counts}`;
      }
      const unnamed = (/^\d/.test(said) && !PHONE_SERVICE_AT_START.test(said)) || said === NO_MEASURE || said === '';
      if (unnamed) namesNone.add(m);
      const named = unnamed ? realMeasure(topicMeasure(passage.text.slice(0, s.start + m.at))) : said;
      if (said !== '') lastMeasure = said;
      roles.set(m, {
        id: `${passage.id}/${out.length + roles.size + 1}`,
        passageId: passage.id,
        docId: passage.docId,
        // ("… which aims to give the public insight, it was confirmed that discharges decreased by
        // 50%": a change said to have happened is no target, whatever else the sentence aims at.)
        kind: target && !HAPPENED.test(clauseOf(text, m)) ? 'target' : 'actual',
        value: m.value,
        number: m.number,
        unit: m.unit,
        measure: named || NO_MEASURE,
        period,
        geography: geographyNear(text.slice(Math.max(0, m.at - 80), m.at)) ?? placeAfter(text.slice(m.end).split(/[,;(]/, 1)[0]!) ?? (geographyNear(text) ? undefined : scope.place),
        basis: basis.get(m)?.value,
        sentence: s.text,
      });
    });

    for (let i = 0; i < found.length; i++) {
      const m = found[i]!;
      const next = found[i + 1];
      const fig = roles.get(m)!;
      const gap = next ? text.slice(m.end, next.at) : '';
      // "… rate of 27.3%. This is an increase of 1.8 percentage points since the same quarter in
      // 2022": the change of the figure before, not a figure of its own.
      const lead = text.slice(i > 0 ? found[i - 1]!.end : 0, m.at);
      // "25,566 cases … . This compared with 24,204 in 2009/10, up by 6%.": the value the figure
      // before was compared with, and the change the sentence states, are that figure's.
      const before = i === 0 && COMPARED_BACK.test(lead) ? out.at(-1) : undefined;
      if (before && !before.previous && before.unit === m.unit) {
        attachPrevious(before, fig);
        consumed.add(m);
        const stated = next && next.unit === 'percent' ? /^[^.;]*?,\s*(up|down)(?:\s+by)?\s*$/i.exec(gap) : null;
        if (next && stated) {
          before.change = `${stated[1]!.toLowerCase() === 'up' ? '+' : '-'}${next.value.replace(/\s/g, '')}`;
          before.previous!.change = before.change;
          consumed.add(next);
          i++;
        }
        continue;
      }
      // "This was 22% lower compared with YE March 2017": the same, said after the number.
      const comparedAfter = /^\s*(?:this|that|it|which)\s+(?:is|was|represents|were|are)\s*$/i.test(lead) ? /^\s*(lower|higher|less|more|fewer|greater|down|up)\b\s*(.*)$/i.exec(text.slice(m.end)) : null;
      // "7,651 FTE PCSOs (down 7.4% on 8,263 last year)": the change of the figure before, and
      // the value it changed from — neither is a figure of its own.
      const upDown = m.unit === 'percent' && next && /\(\s*(up|down)\s+$/i.exec(lead);
      const owner = upDown && /^\s*(?:on|from)\s*$/i.test(gap) ? found.slice(0, i).reverse().find((k) => !consumed.has(k)) : undefined;
      if (upDown && owner && !roles.get(owner)!.previous) {
        const o = roles.get(owner)!;
        const said = /^\s*(last year|the previous (?:year|period|quarter|12 months)|a year (?:earlier|before)|the same (?:period|quarter) (?:last year|a year earlier))/i.exec(text.slice(next.end))?.[1];
        attachPrevious(o, roles.get(next)!, said);
        o.change = `${upDown[1]!.toLowerCase() === 'up' ? '+' : '-'}${m.value.replace(/\s/g, '')}`;
        o.previous!.change = o.change;
        consumed.add(m);
        consumed.add(next);
        continue;
      }
      // "This was an eight per cent fall from 300 in 2022-23": the size of the change said before
      // its noun, and the value it changed from after it, are the figure before's.
      const sized = (m.unit === 'percent' || m.unit === 'percentage-points') && SIZED_CHANGE_BEFORE.test(lead) ? SIZED_CHANGE_AFTER.exec(text.slice(m.end)) : null;
      if (sized) {
        const earlier = found.slice(0, i).reverse().find((k) => !consumed.has(k));
        const owner = earlier ? roles.get(earlier) : /^\s*(?:this|that|it)\b/i.test(text) ? out.at(-1) : undefined;
        if (owner && !owner.change && !owner.previous) {
          owner.change = `${/increase|rise/i.test(sized[1]!) ? '+' : '-'}${m.value.replace(/\s+/g, ' ')}`;
          const from = next && next.unit === owner.unit && next.at === m.end + sized[0].length ? roles.get(next) : undefined;
          if (from) {
            attachPrevious(owner, from);
            owner.previous!.change = owner.change;
            consumed.add(next!);
          } else {
            // "a 12% increase on 2022": the period after it is what the change is against, not the figure's.
            const baseline = baselineAfter(text.slice(m.end).replace(/^\s*(?:increase|decrease|rise|fall|reduction|drop)\b/i, ''));
            if (baseline) {
              const against = findPeriods(baseline)[0];
              owner.previous = { period: against, label: baseline, value: '', number: NaN, change: owner.change };
              const same = (p?: Period) => p !== undefined && against !== undefined && p.start === against.start && p.end === against.end;
              if (same(owner.period)) owner.period = same(carried ?? scopePeriod) ? undefined : (carried ?? scopePeriod);
            }
          }
          consumed.add(m);
          continue;
        }
      }
      const direction = (m.unit === 'percent' || m.unit === 'percentage-points') && (CHANGE_OF.exec(lead)?.[1] ?? comparedAfter?.[1]);
      if (direction) {
        const earlier = found.slice(0, i).reverse().find((k) => !consumed.has(k));
        const owner = earlier ? roles.get(earlier) : /^\s*(?:this|that|it)\b/i.test(text) ? out.at(-1) : undefined;
        if (owner && !owner.change && !owner.previous) {
          owner.change = `${/increase|rise|higher|more|greater|up/i.test(direction) ? '+' : '-'}${m.value.replace(/\s+/g, ' ')}`;
          const baseline = baselineAfter(comparedAfter ? ` ${comparedAfter[2]!.replace(/^than\b/i, 'against')}` : text.slice(m.end));
          if (baseline) owner.previous = { period: findPeriods(baseline)[0], label: baseline, value: '', number: NaN, change: owner.change };
          // "… an increase of 1.5% compared to the previous year (6,817)": the value in brackets
          // after the baseline is the value the figure changed from.
          const next = found[i + 1];
          if (owner.previous && next && next.unit === owner.unit && /^[^.;()]*\(\s*$/.test(text.slice(m.end, next.at)) && /^\s*\)/.test(text.slice(next.end))) {
            Object.assign(owner.previous, { value: next.value, number: next.number });
            consumed.add(next);
          }
        }
        if (owner) consumed.add(m);
        continue;
      }
      // "from A (in P1) to B (in P2)", "from A to a series peak (B)": B is the figure, A its previous value.
      // "From an estimated 1,045,000 incidents in 2008/09 to 573,000": the value may be hedged,
      // and named by a word or two before its period.
      // "… decreased by 14.3% (126, 2019/20; 108, 2020/21)": a bracket of values each with its
      // period gives the value changed from and the value reached, of what changed.
      if (next && next.unit === m.unit && m.unit !== 'percent' && PERIOD_PAIR_GAP.test(gap) && /^\s*,\s*[^;()]{2,24}\)/.test(text.slice(next.end))) {
        const to = roles.get(next)!;
        attachPrevious(to, fig);
        const change = i > 0 && /\(\s*$/.test(text.slice(found[i - 1]!.end, m.at)) ? roles.get(found[i - 1]!) : undefined;
        if (change && ROSE_BY.test(text.slice(0, found[i - 1]!.at))) to.measure = change.measure;
        consumed.add(m);
        continue;
      }
      // "Losses rose by 9% to £1.8 billion": the value reached is of what rose, changed by the share.
      const rose = m.unit === 'percent' && next && next.unit !== 'percent' && /^\s*to\s*$/i.test(gap) ? ROSE_BY.exec(lead) : null;
      if (next && rose) {
        const to = roles.get(next)!;
        if (to.measure === NO_MEASURE) to.measure = fig.measure;
        if (!to.change && !to.previous) to.change = `${/^(?:rose|risen|increased|grew|grown|went up|up)$/i.test(rose[1]!) ? '+' : '-'}${m.value.replace(/\s+/g, ' ')}`;
        continue;
      }
      // "… has increased by 4% (829,418 to 862,781 offences)": a bracket after a change gives the
      // values it ran between, and what the change was in names them.
      const bracketed = BRACKET_AFTER_CHANGE.test(text.slice(0, m.at)) && next !== undefined && /^\s*to\s*$/i.test(gap) && next.unit === m.unit;
      if (next && (bracketed || (/^\s*(?:\([^)]*\)\s*)?(?:[\p{L}-]+\s+){0,2}?(?:(?:in|at|on|as at|at the end of) [^,]{3,30}?\s*)?to(?:\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:of|at|\())?\s*$/iu.test(gap) && FROM_BEFORE.test(text.slice(0, m.at))))) {
        const to = roles.get(next)!;
        // "… to 62,766 at the end of September 2022": a period said right after B is B's.
        const own = PERIOD_AFTER.test(text.slice(next.end)) ? periods.find((p) => p.at >= next.end && p.at <= next.end + 20)?.period : undefined;
        if (own) to.period = own;
        // "From 31% in the previous quarter": said of the time before, not the one the sentence reports.
        const before = /\bin (the previous|the preceding|the last|last) (year|quarter|month|period|12 months)\b/i.exec(gap)?.[0].slice(3);
        attachPrevious(to, fig, before);
        // "The caseload increased by 6% from A … to B": unnamed, both are of what the change was in.
        const change = i > 0 && (bracketed || (fig.measure === NO_MEASURE && /^\s*from\s*$/i.test(text.slice(found[i - 1]!.end, m.at)))) ? roles.get(found[i - 1]!) : undefined;
        to.measure = (change?.measure ?? fig.measure).replace(/\s+(?:rising|falling|rose|fell|increased|decreased|up|down|from)(?:\s+from)?$/i, '');
        consumed.add(m);
        continue;
      }
      // "57 incidents recorded in 2023-24, 12% (or six incidents) more than the 51 recorded in
      // 2022-23": the last number is the first's previous value, the middle one the change.
      const base = next && !fig.previous && (next.unit === 'percent' || next.unit === m.unit) && /,\s*$/.test(gap) ? changedFrom(text, found, i + 1, m.unit) : undefined;
      if (next && base) {
        const from = roles.get(base.previous)!;
        const own = periods.find((p) => p.at >= base.previous.end && p.at <= base.previous.end + 24 && PERIOD_AFTER_BASE.test(text.slice(base.previous.end, p.at)))?.period;
        fig.previous = { period: own, label: own?.label, value: from.value, number: from.number };
        fig.previous.change = next.unit === 'percent' ? `${base.sign}${next.value.replace(/\s/g, '')}` : changeBetween(fig.number, from.number, fig.unit);
        fig.change = fig.previous.change;
        for (const k of base.consumed) consumed.add(k);
        continue;
      }
      // "203 arrests in the year ending June 2022, 20 more than in the previous 12-month period
      // (an increase of 11%)": the second number is the first's change, not a figure of its own.
      const moreThan = next && next.unit === m.unit && m.unit === 'count' && /(?:,|;\s*(?:this|that|which) (?:is|was))\s*$/i.test(gap) && !fig.previous && MORE_THAN.exec(text.slice(next.end));
      if (next && moreThan) {
        // The change is told as the sentence gives it, in percent when it does: the value it
        // changed from is left unsaid, as the sentence leaves it.
        const sign = /more|higher|up/i.test(moreThan[1]!) ? '+' : '-';
        const label = moreThan[2]!.trim();
        const pct = found[i + 2];
        // "(an increase of 11%)" after the baseline, or "(a 23% increase)" before it.
        const stated = pct && pct.unit === 'percent' ? /^[^.;]*?\(?\s*an?\s+(?:(?:increase|decrease|rise|fall|reduction|drop)\s+of\s*)?$|^\s*\(\s*$/i.exec(text.slice(next.end, pct.at)) : null;
        if (pct && stated) consumed.add(pct);
        fig.change = `${sign}${(pct && stated ? pct : next).value.replace(/\s+(?=%)/g, '')}`;
        fig.previous = { period: findPeriods(label)[0], label, value: '', number: NaN, change: fig.change };
        consumed.add(next);
        continue;
      }
      // "40 (now 50) interviews": the bracket corrects the number; the first is what it was.
      if (next && /^\s*\(\s*now\s*$/i.test(gap) && /^\s*\)/.test(text.slice(next.end))) {
        const now = roles.get(next)!;
        if (now.measure === NO_MEASURE) now.measure = fig.measure;
        attachPrevious(now, fig);
        consumed.add(m);
        continue;
      }
      // "B compared to A (last year)"; "B cases in P2, down from A in P1", where A names no
      // measure of its own, or the same as B's ("15 bombing incidents compared to 18 in the
      // previous year"); else "120 arrests, compared with 40 charges" are two things.
      // "increased by 6% from 59,473 … to 62,766": a share is not compared with a count.
      const comparedWith = (/^\s*(?:compared (?:to|with)|vs\.?|versus|up from|down from|from)\s*$/i.test(gap) && !(next !== undefined && m.unit === 'percent' && next.unit !== 'percent')) ||
        (/^[^;.]*(?:,|\s)\s*(?:compared (?:to|with)|up from|down from)\s*$/i.test(gap) && next !== undefined && (namesNone.has(next) || roles.get(next)!.measure === fig.measure) && m.unit === next.unit);
      if (next && comparedWith) {
        const prevLabel = /^\s*(?:in\s+)?(last year|the previous (?:year|period|12 months)|the same period last year)/i.exec(text.slice(next.end))?.[1];
        attachPrevious(fig, roles.get(next)!, prevLabel);
        consumed.add(next);
      }
      // "… (an increase|a decrease) of C% compared with P (n=A)" / "(a C% increase from A in P)".
      const change = /(?:^|,|\s)\s*(?:an?\s+)?(increase|decrease|rise|fall|reduction|drop)\s+of\s*$/i.exec(gap);
      if (next && next.unit === 'percent' && change) {
        fig.change = `${/increase|rise/i.test(change[1]!) ? '+' : '-'}${next.value.replace(/\s/g, '')}`;
        consumed.add(next);
        const tail = text.slice(next.end, next.end + 80);
        const n = /^\s*compared (?:with|to)\s+([^()]*?)\s*\(n\s?=\s?([\d,]+)\)/i.exec(tail);
        if (n) {
          const p = findPeriods(n[1]!)[0];
          fig.previous = { period: p, label: p?.label ?? n[1]!.trim(), value: n[2]!, number: toNumber(n[2]!) };
          fig.previous.change = fig.change;
        } else {
          // "3,100 …, an increase of 2.5% on the same quarter last year": what the change is
          // against, without its value.
          const baseline = baselineAfter(tail);
          if (baseline) fig.previous = { period: findPeriods(baseline)[0], label: baseline, value: '', number: NaN, change: fig.change };
        }
      }
      const pctIncrease = /^\s*\(?\s*an?\s*$/i.test(text.slice(Math.max(0, m.at - 4), m.at)) && /^\s*(increase|decrease|rise|fall|reduction)\s+from\s*$/i.exec(gap);
      if (m.unit === 'percent' && next && pctIncrease) {
        const owner = [...roles.keys()].filter((k) => k.at < m.at && !consumed.has(k)).pop();
        if (owner) {
          const o = roles.get(owner)!;
          attachPrevious(o, roles.get(next)!);
          o.previous!.change = `${/increase|rise/i.test(pctIncrease[1]!) ? '+' : '-'}${m.value.replace(/\s/g, '')}`;
          o.change = o.previous!.change;
          consumed.add(m);
          consumed.add(next);
        }
      }
      // "… against the national average of A": a comparator, not a figure of its own.
      if (next && /\b(?:against|above|below|compared (?:to|with))\b.*\b(?:national|England and Wales)\b[^.]*\b(?:average|rate|of)\s*(?:of\s*)?$/i.test(gap)) {
        fig.comparator = { geography: geographyNear(gap) ?? 'national', value: next.value, number: next.number };
        consumed.add(next);
      }
    }
    for (const [m, fig] of roles) if (!consumed.has(m)) out.push({ ...fig, id: `${passage.id}/${out.length + 1}` });
    // The next sentence goes on in the period this one spoke of, not one it compared with.
    // (Nor a span "since" a date: how long a change took, which the next sentence's count is not.)
    const spoken = periods.find((p) => !comparesWith(text.slice(0, p.at)) && !sinceSpan(p.period) && [...roles.values()].some((f) => f.period === p.period));
    carried = spoken?.period ?? carried;
  }
  return out;
}

/** Words between a previous value and its own period: "the 51 recorded in 2022-23", "51 in 2022-23". */
const PERIOD_AFTER_BASE = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:in|during|for)\s+(?:the\s+)?$/iu;

/**
 * Reads "C (or D things) more than the B" from the mention at `at` on: the value changed from (B),
 * the sign of the change, and the mentions it takes up (C, D, B). Undefined when the text says
 * something else.
 */
function changedFrom(text: string, found: Mention[], at: number, unit: Mention['unit']): { previous: Mention; sign: string; consumed: Mention[] } | undefined {
  const change = found[at]!;
  let k = at + 1;
  // "(or six incidents)": the same change said another way.
  if (found[k] && /^\s*\(\s*(?:or\s+)?$/i.test(text.slice(change.end, found[k]!.at)) && /^[^()]*\)/.test(text.slice(found[k]!.end))) k++;
  const previous = found[k];
  if (!previous || previous.unit !== unit) return undefined;
  const between = /^(?:[^()]*\))?\s*(?:\([^()]*\))?\s*(more|fewer|less|higher|lower)\s+than\s+(?:the\s+)?$/i.exec(text.slice(found[k - 1]!.end, previous.at));
  if (!between) return undefined;
  return { previous, sign: /more|higher/i.test(between[1]!) ? '+' : '-', consumed: found.slice(at, k + 1) };
}

/** A column's label with what its table is of, from the heading above it: "Band D precept by council tax band". */
function columnMeasure(label: string, heading: string | undefined): string {
  const about = heading?.trim();
  if (!about || about.toLowerCase().includes(label.toLowerCase())) return label;
  return `${label} ${about.charAt(0).toLowerCase()}${about.slice(1)}`;
}

function attachPrevious(fig: Figure, prev: Figure, label?: string): void {
  // The sentence's one period, carried to both, is not the previous value's: it is left unsaid.
  const same = prev.period !== undefined && fig.period !== undefined && prev.period.start === fig.period.start && prev.period.end === fig.period.end;
  const period = label || same ? undefined : prev.period;
  fig.previous = { period, label: label ?? period?.label, value: prev.value, number: prev.number };
  if (fig.unit === prev.unit && prev.number !== 0) fig.previous.change = changeBetween(fig.number, prev.number, fig.unit);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function uniquePeriods(periods: Period[]): Period[] {
  const seen = new Map<string, Period>();
  for (const p of periods) seen.set(`${p.start}/${p.end}`, p);
  return [...seen.values()];
}

/** A stated percentage change that the two values it relates do not bear out. */
export interface ChangeMismatch {
  figure: string;
  stated: string;
  computed: string;
  sentence: string;
}

/** Tolerance, in percentage points, for a document's rounding of a change it states. */
const CHANGE_TOLERANCE = 1.5;

/**
 * Checks each change a document states ("an increase of 32% compared with 2022/23 (n=1032)")
 * against the values it relates (1362 against 1032 is +32%), so a typo in a report is caught.
 */
export function checkStatedChanges(figures: Figure[]): ChangeMismatch[] {
  const out: ChangeMismatch[] = [];
  for (const f of figures) {
    if (!f.change || !f.previous || f.unit === 'percent' || f.previous.number === 0) continue;
    const stated = parseFloat(f.change);
    const computed = ((f.number - f.previous.number) / f.previous.number) * 100;
    if (Number.isFinite(stated) && Math.abs(stated - computed) > CHANGE_TOLERANCE) {
      out.push({ figure: f.value, stated: f.change, computed: `${computed >= 0 ? '+' : ''}${round(computed)}%`, sentence: f.sentence });
    }
  }
  return out;
}
