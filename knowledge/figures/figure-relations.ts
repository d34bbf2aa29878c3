import { attachPrevious, changeBetween, changedFrom, changeSpanAfter, statedChange } from './change.js';
import { COUNTED_BY, NO_MEASURE } from './measures.js';
import { geographyNear } from './figure-places.js';
import { findPeriods } from '../language/periods.js';
import { toNumber, type Mention } from './mentions.js';
import { BRACKET_AFTER_CHANGE, BY_HEDGED, CHANGE_OF, COMPARED_BACK, EARLIER_BACK, FROM_BEFORE, MORE_THAN, PERIOD_AFTER, PERIOD_PAIR_GAP, ROSE_BY, SIZED_CHANGE_AFTER, SIZED_CHANGE_BEFORE, TARGET_NAMED_NEXT, TARGET_VALUE_NEXT, baselineAfter, signOfMove } from './figure-wording.js';
import type { Figure, Period } from '../types.js';

/** Units a change is stated in: "fell by 6.1 percentage points from A to B" makes A and B what fell. */
const CHANGE_UNITS = new Set<string>(['percent', 'percentage-points']);
/** The time a change ran over, then "to" the value it reached: " in the year ending March 2024 to ", " year on year to ". */
const OVER_TIME_TO = /^\s*,?\s*(?:(?:in|during|over|across)\s+(?:the\s+)?[^,;()\d]{0,30}?(?:\d[\d/-]*\s*)?|year[- ]on[- ]year\s+)\s*,?\s*to\s*$/i;
/** A value moved to, after the one moved from: "… from 79% (in March 2022) to 80%". */
const MOVES_TO = /^\s*(?:\([^()]*\)\s*)?(?:(?:in|at|on|as at)\s+[^,;.]{0,30}?\s*)?to\b/i;

/** A span between two periods, opening the sentence: "Between 2010-11 and 2019-20, …". */
const BETWEEN_PERIODS = /^\s*between\s+\S+(?:\s+\S+){0,2}\s+and\s+\S+(?:\s+\S+){0,2}?(?=,)/i;

/** Words between a change and the value it ran from: "by 22% in the same period from", "by 13 per cent last year – from". */
const CHANGE_THEN_FROM = /^\s*\(?\s*(?:(?:in|over|during)\s+(?:the\s+)?(?:same|this|that|last|previous)\s+(?:period|year|time)|last year)?\s*[–—-]?\s*from\s*$/i;

/** One sentence's numbers as extraction first read them, each on its own. */
export interface SentenceReading {
  /** The sentence, emphasis blanked. */
  text: string;
  /** Its numbers, in order. */
  found: Mention[];
  /** The figure each number was first read as. */
  roles: Map<Mention, Figure>;
  /** The periods the sentence states, with where. */
  periods: { period: Period; at: number }[];
  /** Numbers whose own words name no measure. */
  namesNone: Set<Mention>;
  /** The passage's figures from the sentences before: "This compared with …" goes on from the last. */
  sentencesBefore: Figure[];
  /** The period the sentence before spoke of, if it goes on in it. */
  carried: Period | undefined;
  /** The period of the passage's section or document. */
  scopePeriod: Period | undefined;
}

/**
 * Relates a sentence's numbers as its wording does: "from A to B" makes A the previous value of
 * B; "up 12% on 2022" is B's change and what it is against; "(an increase of C% compared with P
 * (n=A))" gives both; "against the national average of A" is a comparator. Sets each relation
 * on the figure it belongs to (a figure of an earlier sentence, for "This compared with …") and
 * returns the numbers that only stated one, which are no figures of their own.
 */
export function relateFigures({ text, found, roles, periods, namesNone, sentencesBefore, carried, scopePeriod }: SentenceReading): Set<Mention> {
  const consumed = new Set<Mention>();
    for (let i = 0; i < found.length; i++) {
      const m = found[i]!;
      const next = found[i + 1];
      const fig = roles.get(m)!;
      const gap = next ? text.slice(m.end, next.at) : '';
      // "470 … – an increase of 36 per cent from 2009/10 (up from 346)": the bracket gives the
      // value the change was from, for the figure the change is of.
      if (next && UP_FROM_BRACKET.test(gap) && /^\s*\)/.test(text.slice(next.end))) {
        const owner = [...roles.keys()].filter((k) => k.at < m.at && k.unit === next.unit && !consumed.has(k)).pop();
        const of = owner && roles.get(owner)!;
        if (of?.previous && !of.previous.value) {
          of.previous.value = next.value;
          of.previous.number = next.number;
          consumed.add(next);
        }
      }
      // "… rate of 27.3%. This is an increase of 1.8 percentage points since the same quarter in
      // 2022": the change of the figure before, not a figure of its own.
      const lead = text.slice(i > 0 ? found[i - 1]!.end : 0, m.at);
      // "The caseload decreased by 2.4% between 31 March 2024 (5,886) and 31 March 2025 (5,743)",
      // "… rose by 14% between 2019/20 and 2020/21": a change over a span is of the span's end,
      // against its start; the value reached, where given, is the figure, and the change its own.
      // ("Arrests fell by 500 between 2022/23 and 2023/24": so is a change in a count, said alone.)
      const roseBy = ROSE_BY.exec(lead);
      const span = roseBy ? changeSpanAfter(text, m, found, periods) : undefined;
      if (roseBy && span) {
        const change = `${signOfMove(roseBy[1]!)}${statedChange(m.value)}`;
        const to = span.toValue && CHANGE_UNITS.has(m.unit) ? roles.get(span.toValue) : undefined;
        if (to) {
          to.period = span.to;
          // The value reached is of what changed ("the solved rate rose by 2.1 percentage points … to 11.4%").
          if (fig.measure !== NO_MEASURE) to.measure = fig.measure;
          to.previous = { period: span.from, label: span.from.label, value: span.fromValue?.value ?? '', number: span.fromValue?.number ?? NaN, change };
          to.change = change;
          consumed.add(m);
          if (span.fromValue) consumed.add(span.fromValue);
          i = found.indexOf(span.toValue!);
        } else {
          fig.period = span.to;
          fig.previous = { period: span.from, label: span.from.label, value: '', number: NaN };
        }
        continue;
      }
      // "25,566 cases … . This compared with 24,204 in 2009/10, up by 6%.": the value the figure
      // before was compared with, and the change the sentence states, are that figure's.
      // ("This number was 4 in the year ending 31 March 2022": so is a value of an earlier period,
      // said straight before it.)
      const back = sentencesBefore.at(-1);
      const earlier = EARLIER_BACK.test(lead) && /^\s*(?:in|for|during)\b/i.test(text.slice(m.end)) && fig.period !== undefined && back?.period !== undefined && fig.period.end < back.period.end;
      const before = i === 0 && (COMPARED_BACK.test(lead) || earlier) ? back : undefined;
      if (before && !before.previous && before.unit === m.unit) {
        attachPrevious(before, fig);
        consumed.add(m);
        const stated = next && next.unit === 'percent' ? /^[^.;]*?,\s*(up|down)(?:\s+by)?\s*$/i.exec(gap) : null;
        if (next && stated) {
          before.change = `${stated[1]!.toLowerCase() === 'up' ? '+' : '-'}${statedChange(next.value)}`;
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
        o.change = `${upDown[1]!.toLowerCase() === 'up' ? '+' : '-'}${statedChange(m.value)}`;
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
        const owner = earlier ? roles.get(earlier) : /^\s*(?:this|that|it)\b/i.test(text) ? sentencesBefore.at(-1) : undefined;
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
              // "… a 12% increase on 2022/23 (4,000)": the value in brackets after the baseline is its value.
              if (next && next.unit === owner.unit && /^[^.;()]*\(\s*$/.test(text.slice(m.end, next.at)) && /^\s*\)/.test(text.slice(next.end))) {
                Object.assign(owner.previous, { value: next.value, number: next.number });
                consumed.add(next);
              }
              const same = (p?: Period) => p !== undefined && against !== undefined && p.start === against.start && p.end === against.end;
              if (same(owner.period)) owner.period = same(carried ?? scopePeriod) ? undefined : (carried ?? scopePeriod);
            }
          }
          consumed.add(m);
          continue;
        }
      }
      const changeOf = CHANGE_OF.exec(lead);
      // "4,500 arrests in 2023/24, a rise of 500 (12%) on 2022/23": the share in brackets after a
      // change in number is the same change in percent; of the number before, where there is one.
      const inPercent = next && !CHANGE_UNITS.has(m.unit) && next.unit === 'percent' && /^\s*\(\s*$/.test(gap) && /^\s*\)/.test(text.slice(next.end)) && (changeOf || ROSE_BY.test(lead)) ? roles.get(next)! : undefined;
      if (next && inPercent) {
        const earlier = changeOf ? found.slice(0, i).reverse().find((k) => !consumed.has(k)) : undefined;
        // ("There were 537,000 stop and searches. This is a decrease of 179,888 (25%) …": of the sentence before's.)
        const back = changeOf && !earlier && /^\s*(?:this|that|it)\b/i.test(text) ? sentencesBefore.at(-1) : undefined;
        const owner = earlier && earlier.unit === m.unit ? roles.get(earlier)! : back?.unit === m.unit ? back : undefined;
        if (owner && !owner.change && !owner.previous) {
          owner.change = `${/increase|rise|up/i.test(changeOf![1] ?? changeOf![2] ?? '') ? '+' : '-'}${statedChange(next.value)}`;
          const baseline = baselineAfter(text.slice(next.end).replace(/^\s*\)/, ''));
          if (baseline) owner.previous = { period: findPeriods(baseline)[0], label: baseline, value: '', number: NaN, change: owner.change };
          // (The change in number stays a figure of its own: "by how many" is answered by it.)
          consumed.add(next);
          i++;
          continue;
        }
        if (inPercent.measure === NO_MEASURE) inPercent.measure = fig.measure;
      }
      // ("4,500 arrests in 2023/24, up 500 on the previous year": a change in the same unit as the
      // number before, against a baseline said after it, is that number's change too.)
      const inNumber = !CHANGE_UNITS.has(m.unit) && changeOf !== null && baselineAfter(text.slice(m.end)) !== undefined;
      const direction = (m.unit === 'percent' || m.unit === 'percentage-points' || inNumber) && (changeOf?.[1] ?? changeOf?.[2] ?? comparedAfter?.[1]);
      if (direction) {
        const earlier = found.slice(0, i).reverse().find((k) => !consumed.has(k));
        const owner = earlier ? roles.get(earlier) : /^\s*(?:this|that|it)\b/i.test(text) ? sentencesBefore.at(-1) : undefined;
        const stated = `${/increase|rise|higher|more|greater|up/i.test(direction) ? '+' : '-'}${m.value.replace(/\s+/g, ' ')}`;
        if (owner && !owner.change && !owner.previous && (!inNumber || owner.unit === m.unit)) {
          owner.change = stated;
          const baseline = baselineAfter(comparedAfter ? ` ${comparedAfter[2]!.replace(/^than\b/i, 'against')}` : text.slice(m.end));
          if (baseline) owner.previous = { period: findPeriods(baseline)[0], label: baseline, value: '', number: NaN, change: owner.change };
          // "… an increase of 1.5% compared to the previous year (6,817)": the value in brackets
          // after the baseline is the value the figure changed from.
          const next = found[i + 1];
          if (owner.previous && next && next.unit === owner.unit && /^[^.;()]*\(\s*$/.test(text.slice(m.end, next.at)) && /^\s*\)/.test(text.slice(next.end))) {
            Object.assign(owner.previous, { value: next.value, number: next.number });
            consumed.add(next);
          }
        } else if (owner && !owner.change && owner.previous?.value && !inNumber) {
          // "4,500 arrests in 2023/24 compared to 4,000 in 2022/23, an increase of 12.5%": the change
          // the sentence states is told, not one worked out from the two values.
          owner.change = stated;
          owner.previous.change = stated;
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
      // ("Recorded crime fell by 8% in the year ending March 2024 to 6.7 million offences", "rose 5%
      // year on year to 50,500": the time the change was over may stand between.)
      const rose = m.unit === 'percent' && next && next.unit !== 'percent' && (/^\s*to\s*$/i.test(gap) || (OVER_TIME_TO.test(gap) && (/\byear[- ]on[- ]year\b/i.test(gap) || periods.some((p) => p.at > m.end && p.at < next.at)))) ? ROSE_BY.exec(lead) : null;
      if (next && rose) {
        const to = roles.get(next)!;
        if (to.measure === NO_MEASURE) to.measure = fig.measure;
        // ("… fell by 8% … to 6.7 million offences": the noun after it says how what fell is counted.)
        else if (fig.measure !== NO_MEASURE && COUNTED_BY.test(to.measure) && !fig.measure.toLowerCase().split(/\s+/).includes(to.measure.toLowerCase())) to.measure = `${fig.measure} ${to.measure}`;
        if (!to.change && !to.previous) to.change = `${signOfMove(rose[1]!)}${m.value.replace(/\s+/g, ' ')}`;
        continue;
      }
      // "Robbery rose by 300 to 2,100 offences": the value reached is of what rose too, which the
      // noun after it ("offences") only says how it was counted. (The value it rose from is
      // left unsaid, as the sentence leaves it.)
      if (next && m.unit !== 'percent' && next.unit === m.unit && /^\s*to\s*$/i.test(gap) && ROSE_BY.test(lead) && fig.measure !== NO_MEASURE) {
        const to = roles.get(next)!;
        if (to.measure === NO_MEASURE) to.measure = fig.measure;
        else if (COUNTED_BY.test(to.measure) && !fig.measure.toLowerCase().split(/\s+/).includes(to.measure.toLowerCase())) to.measure = `${fig.measure} ${to.measure}`;
        continue;
      }
      // "… has increased by 4% (829,418 to 862,781 offences)": a bracket after a change gives the
      // values it ran between, and what the change was in names them.
      const bracketed = BRACKET_AFTER_CHANGE.test(text.slice(0, m.at)) && next !== undefined && /^\s*to\s*$/i.test(gap) && next.unit === m.unit;
      if (next && (bracketed || (/^\s*(?:\([^)]*\)\s*)?(?:[\p{L}-]+\s+){0,2}?(?:,?\s*(?:in|at|on|as at|at the end of) [^,]{3,30}?\s*)?to(?:\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:of|at|\())?\s*$/iu.test(gap) && FROM_BEFORE.test(text.slice(0, m.at))))) {
        const to = roles.get(next)!;
        // "… to 62,766 at the end of September 2022": a period said right after B is B's.
        const own = PERIOD_AFTER.test(text.slice(next.end)) ? periods.find((p) => p.at >= next.end && p.at <= next.end + 20)?.period : undefined;
        if (own) to.period = own;
        // "From 31% in the previous quarter": said of the time before, not the one the sentence reports.
        // ("… rose from last year's 9 to 11": so is the possessive before A.)
        const before = /\bin (the previous|the preceding|the last|last) (year|quarter|month|period|12 months)\b/i.exec(gap)?.[0].slice(3) ?? /\b((?:last|the previous|the preceding) (?:year|quarter|month|period))['’]s\s+\S*$/i.exec(text.slice(0, m.at + m.value.length))?.[1];
        attachPrevious(to, fig, before);
        // "Between 2010-11 and 2019-20, the rate has fallen from A to B": A is of the first end, B of the second.
        const span = BETWEEN_PERIODS.exec(text.slice(0, m.at));
        if (span && !before && !own && to.previous) {
          const [first, second] = periods.filter((p) => p.at >= span.index && p.at < span.index + span[0].length);
          if (first && second && to.period === second.period) Object.assign(to.previous, { period: first.period, label: first.period.label });
        }
        // "The caseload increased by 6% from A … to B": unnamed, both are of what the change was in.
        const change = i > 0 && (bracketed || ((fig.measure === NO_MEASURE || CHANGE_UNITS.has(found[i - 1]!.unit)) && CHANGE_THEN_FROM.test(text.slice(found[i - 1]!.end, m.at)))) ? roles.get(found[i - 1]!) : undefined;
        // ("… the Bonfire period – which rose from last year's": the words that say it moved are not what it counts.)
        to.measure = (change?.measure ?? fig.measure).replace(/(?:\s*[–—-])?(?:\s+(?:which|that))?\s+(?:rising|falling|rose|fell|increased|decreased|up|down|from)(?:\s+from)?(?:\s+(?:last|the previous|the preceding) (?:year|quarter|month|period)['’]s)?$/i, '');
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
        fig.previous.change = next.unit === 'percent' ? `${base.sign}${statedChange(next.value)}` : changeBetween(fig.number, from.number, fig.unit);
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
      // "increased by 6% from 59,473 … to 62,766": a share is not compared with a count, nor a
      // change in points with the share it changed from ("fallen by 6.1 percentage points from 30.1%").
      // ("… has risen by 4,399 from 13,206 to 17,605": the size of a change did not change from A; what rose did.)
      const movedFrom = BY_HEDGED.test(text.slice(0, m.at)) && /^\s*(?:up |down )?from\s*$/i.test(gap);
      // ("… will increase the proportion in settled accommodation by 1 percentage point from 79% in
      // March 2022": with no value it moves to, the one it moves from is the level, then, of what is
      // to change; a level already reached, not a target.)
      if (movedFrom && next && (next.unit === m.unit || (m.unit === 'percentage-points' && next.unit === 'percent')) && !MOVES_TO.test(text.slice(next.end))) {
        const from = roles.get(next)!;
        if (fig.measure !== NO_MEASURE) from.measure = fig.measure.replace(/^(?:increase|reduce|raise|cut|lower|improve)\s+(?:the\s+)?/i, '');
        from.kind = 'actual';
      }
      const comparedWith = (/^\s*(?:compared (?:to|with)|vs\.?|versus|up from|down from|from)\s*$/i.test(gap) && !movedFrom && !(next !== undefined && CHANGE_UNITS.has(m.unit) && next.unit !== m.unit)) ||
        // ("… reaching 8,412 offences in 2023 against 5,020 in 2015": so is one set "against" it.)
        (/^[^;.]*(?:,|\s)\s*(?:compared (?:to|with)|up from|down from|against)\s*$/i.test(gap) && next !== undefined && (namesNone.has(next) || sameMeasure(roles.get(next)!.measure, fig.measure)) && m.unit === next.unit) ||
        // "We opened 2,269 new cases (up from 1,664 in 2016-17)": a bracket saying where the number came from.
        (next !== undefined && !fig.previous && m.unit === next.unit && /^[^;.()]*\(\s*(?:(?:up|down)\s+)?from\s*$/i.test(gap) && /^[^()]*\)/.test(text.slice(next.end)));
      // "20%, compared to 32% of those in the matched sample": a value of another group, set beside
      // the figure, is what it is compared with, not what it changed from.
      const group = next && comparedWith && /compared (?:to|with)\s*$/i.test(gap) ? otherGroup(text.slice(next.end)) : undefined;
      if (next && group) {
        fig.comparator = { geography: group, value: next.value, number: next.number };
        consumed.add(next);
      } else if (next && comparedWith) {
        const prevLabel = /^\s*(?:(?:in|during)\s+)?(last year|the previous (?:year|period|12 months)|the same period last year)/i.exec(text.slice(next.end))?.[1];
        attachPrevious(fig, roles.get(next)!, prevLabel);
        consumed.add(next);
      }
      // "49 weeks for High Court, compared to the pre-COVID level of 22 weeks": a level named
      // before its value is what the figure is compared with.
      const namedLevel = next && next.unit === m.unit && !comparedWith ? COMPARED_TO_LEVEL.exec(gap) : null;
      if (next && namedLevel) {
        attachPrevious(fig, roles.get(next)!, namedLevel[1]!);
        // The sentence states no change against a level: none is worked out for the line to claim.
        if (fig.previous) delete fig.previous.change;
        consumed.add(next);
      }
      // "… (an increase|a decrease) of C% compared with P (n=A)" / "(a C% increase from A in P)".
      // (Not where the figure is a change itself, or a second change is set against it: "a 2%
      // decrease compared to 2022 but an increase of 17% over the last decade" are two changes.)
      const change = /^\s*(?:increase|decrease|rise|fall|reduction|drop)\b/i.test(gap) || /\b(?:but|however|whereas|while|whilst|although)\b/i.test(gap) ? null : /(?:^|,|\s)\s*(?:an?\s+)?(increase|decrease|rise|fall|reduction|drop)\s+of\s*$/i.exec(gap);
      if (next && next.unit === 'percent' && change) {
        fig.change = `${/increase|rise/i.test(change[1]!) ? '+' : '-'}${statedChange(next.value)}`;
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
          o.previous!.change = `${/increase|rise/i.test(pctIncrease[1]!) ? '+' : '-'}${statedChange(m.value)}`;
          o.change = o.previous!.change;
          consumed.add(m);
          consumed.add(next);
        }
      }
      // "81% of calls … against a target of 90%": the target is for what the figure measures.
      // ("… 480, short of the 500 target": so is one named a target after its value.)
      const targetAfter = TARGET_NAMED_NEXT.test(gap) && /^\s*target\b/i.test(text.slice(next?.end ?? 0));
      if (next && next.unit === m.unit && fig.measure !== NO_MEASURE && (TARGET_VALUE_NEXT.test(gap) || targetAfter)) {
        const goal = roles.get(next)!;
        goal.measure = fig.measure;
        goal.kind = 'target';
      }
      // "… against the national average of A": a comparator, not a figure of its own.
      if (next && /\b(?:against|above|below|compared (?:to|with))\b.*\b(?:national|England and Wales)\b[^.]*\b(?:average|rate|of)\s*(?:of\s*)?$/i.test(gap)) {
        fig.comparator = { geography: geographyNear(gap) ?? 'national', value: next.value, number: next.number };
        consumed.add(next);
      }
    }
  return consumed;
}

/** "of those in the matched sample", "for England and Wales", "among men": whom a value compared with is for. */
const GROUP_AFTER = /^\s*(?:of|for|among|amongst)\s+((?:the\s+)?\p{L}[\p{L}'’ -]{1,60}?)(?=\s*(?:[,;.()]|$)|\s+(?:who|which|representing|and|but|while|whereas)\b)/iu;

/** The group a value compared with is for, where the words after it name one and no time. */
function otherGroup(after: string): string | undefined {
  const group = GROUP_AFTER.exec(after)?.[1]?.trim();
  if (!group || findPeriods(group).length > 0 || /\b(?:year|period|quarter|month|week|time|last|previous)\b/i.test(group)) return undefined;
  return group;
}

/**
 * Whether a value compared with names the same thing: the same words, or the words it borrowed
 * from before it, which go on from the figure's ("8.5 crimes per million passengers - down from
 * 9.3": "crimes per million passengers" is of the crimes).
 */
function sameMeasure(compared: string, measure: string): boolean {
  const a = compared.toLowerCase();
  const b = measure.toLowerCase();
  return a === b || (b !== NO_MEASURE && a.startsWith(`${b} `));
}

/** Words between a previous value and its own period: "the 51 recorded in 2022-23", "51 in 2022-23". */
const PERIOD_AFTER_BASE = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:in|during|for)\s+(?:the\s+)?$/iu;

/** "(up from" before the value a change was from. */
const UP_FROM_BRACKET = /\(\s*(?:up|down)\s+from\s*$/i;

/** "…, compared to the pre-COVID level of": a level or average named before the value compared with. */
const COMPARED_TO_LEVEL = /(?:,|\s)\s*compared (?:to|with)\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,3}(?:level|average|figure|rate|total))\s+of\s*$/iu;
