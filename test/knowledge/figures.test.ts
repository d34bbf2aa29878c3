import { describe, expect, it } from 'vitest';
import { termOf } from '../../knowledge/language/tokens.js';
import { extractFigures, NO_MEASURE, type Figure } from '../../knowledge/figures/figures.js';
import { checkStatedChanges } from '../../knowledge/figures/change.js';
import { realMeasure } from '../../knowledge/figures/measures.js';
import { isSpelledCount, mentions } from '../../knowledge/figures/mentions.js';
import { changeDirection, countsNoun, figureWords, leansBack, namesKnownSet, statesChange } from '../../knowledge/figures/figure-words.js';
import { findPeriods } from '../../knowledge/language/periods.js';
import type { Passage } from '../../knowledge/types.js';

function figuresOf(text: string, docDate = '2024-07-01'): Figure[] {
  const passage: Passage = { id: 'd#1', docId: 'd', section: [], text, start: 0, end: text.length, locations: [], periods: findPeriods(text, docDate) };
  return extractFigures(passage);
}

describe('figure forms', () => {
  it.each([
    ['1362 CSTRs were ordered', '1362', 1362, 'count'],
    ['1,362 CSTRs were ordered', '1,362', 1362, 'count'],
    ['an increase of 32% this year', '32%', 32, 'percent'],
    ['religious hate crime rose by 34 per cent', '34 per cent', 34, 'percent'],
    ['the rate was 29.6% in GM', '29.6%', 29.6, 'percent'],
    ['a budget of £1.2m for the service', '£1.2m', 1_200_000, 'money'],
    ['one in five prisoners', 'one in five', 0.2, 'ratio'],
    // However many the share is of, and however many of them: survey copy's "nine in ten", "one in twelve".
    ['nine in ten people felt safe', 'nine in ten', 0.9, 'ratio'],
    ['one in twelve had lost money', 'one in twelve', 1 / 12, 'ratio'],
    ['one in a hundred lost more', 'one in a hundred', 0.01, 'ratio'],
    ['1 in 1,000 reported it', '1 in 1,000', 0.001, 'ratio'],
    // "Out of (every)" is the same share, so neither number is a count of its own ("out" is no measure).
    ['three out of every four victims were satisfied', 'three out of every four', 0.75, 'ratio'],
    ['7 out of 10 people agreed', '7 out of 10', 0.7, 'ratio'],
    // A share given as a range is one figure, its low end no count of its own; "14-15%" is no year.
    ['between 30-40% of cases were closed', '30-40%', 35, 'percent'],
    ['between 30 and 40 per cent of cases were closed', 'between 30 and 40 per cent', 35, 'percent'],
    ['around 14-15% of victims were repeat victims', '14-15%', 14.5, 'percent'],
    // The comma after a sum is the sentence's.
    ['victims lost over £1,000, and many reported it', '£1,000', 1000, 'money'],
    ['up by 4 percentage points', '4 percentage points', 4, 'percentage-points'],
    ['accommodation for up to 12 weeks', '12 weeks', 12, 'weeks'],
    ['home to over 1.4 million women', '1.4 million', 1_400_000, 'count'],
    ['a 2.8m residential population', '2.8m', 2_800_000, 'count'],
    ['forces took an average of five working days to reply', 'five working days', 5, 'days'],
    ['cases took three weeks to close', 'three weeks', 3, 'weeks'],
    ['calls were answered on average in just six seconds', 'six seconds', 6, 'seconds'],
    // A share in words, as a sentence opens with one.
    ['Thirty per cent of people saw it', 'Thirty per cent', 30, 'percent'],
    ['and twenty-five percent of cases closed', 'twenty-five percent', 25, 'percent'],
    ['the average wait was 36 seconds', '36 seconds', 36, 'seconds'],
    // Hours are mostly counted ("8,000 hours of unpaid work"), not waited: a count, not a span.
    ['owed 8,000 hours of unpaid work', '8,000', 8000, 'count'],
    // A weight with its unit written onto it is one token as printed; set apart, the unit is what it counts.
    ['seized more than 285kg of drugs', '285kg', 285, 'count'],
    ['removed 1.5 tonnes of waste', '1.5', 1.5, 'count'],
    ['an average of 12 minutes to answer', '12 minutes', 12, 'minutes'],
    ['sentences averaged 18 months', '18 months', 18, 'months'],
  ])('reads %j', (text, value, number, unit) => {
    expect(mentions(text)[0]).toMatchObject({ value, number, unit });
  });

  it('takes no time of day for a figure', () => {
    expect(mentions('The report will be published at 00:01 on Friday, when 9 areas are graded.').map((m) => m.value)).toEqual(['9']);
    expect(mentions('Lines are open from 9:30 to 17:00 and 1:4 staff are trained.').map((m) => m.value)).toEqual(['1', '4']);
  });

  it('reads a change between two shares as two figures, not a range', () => {
    expect(mentions('The rate rose from 4% to 7% last year.').map((m) => m.value)).toEqual(['4%', '7%']);
    expect(mentions('It went up 30 to 40% of the time.').map((m) => m.value)).toEqual(['30', '40%']);
  });

  it('takes no bound of what is counted, and no phone service named by its number, for a figure', () => {
    expect(mentions('84% of calls were answered in under 10 seconds and 2% took over 60 seconds').map((m) => m.value)).toEqual(['84%', '2%']);
    expect(mentions('The 999 Performance Data shows forces received 5,218,350 calls').map((m) => m.value)).toEqual(['5,218,350']);
    expect(mentions('calls answered between 10 to under 60 seconds')).toEqual([]);
  });

  it('reads a count written in words, but not a fraction, a multiple, a vague pair or a name', () => {
    expect(mentions('There had been seven self-inflicted deaths since the inspection.')[0]).toMatchObject({ value: 'seven', number: 7, unit: 'count' });
    expect(mentions('Cheshire was one of just eight areas where crime fell.').map((m) => m.value)).toEqual(['eight']);
    for (const text of ['Two thirds of victims were women.', 'Arrests rose three times as fast.', 'We ran two or three pilots.', 'Phase Two begins in spring.', 'A three-year plan.']) {
      expect(mentions(text), text).toEqual([]);
    }
  });

  it('reads a count written in words with its scale as the whole number, and what a hedged verb counted', () => {
    const [scammed] = figuresOf('More than seven million people are estimated to have been deceived by a scam in the past 12 months.');
    expect(scammed).toMatchObject({ value: 'seven million', number: 7_000_000, unit: 'count', measure: 'people deceived' });
    expect(isSpelledCount(scammed!)).toBe(false);
    expect(isSpelledCount(figuresOf('There had been seven self-inflicted deaths since the inspection.')[0]!)).toBe(true);
  });

  it('does not take a span written in words that frames a time for a figure', () => {
    for (const text of ['The plan sets direction for the next three years.', 'Levels were higher compared with ten years ago.', 'The settlement is set for five years.', 'Over three weeks the inspectors visited.']) {
      expect(mentions(text), text).toEqual([]);
    }
  });

  it('does not take years, dates, ordinals, labels or age ranges for figures', () => {
    const text = 'In 2023/24, on 4 August 2022, the 2nd largest force in Priority 2 used CAS-3 for 18-24 year olds.';
    expect(mentions(text)).toEqual([]);
  });

  it('does not take the phone services or a quarter\'s number for a count', () => {
    expect(mentions('Surrey Police answered 101 and 999 calls faster: the 101 number now takes 36 seconds.').map((m) => m.value)).toEqual(['36 seconds']);
    expect(mentions('4,316 were referred (quarter 2), and 101 arrests were made.').map((m) => m.value)).toEqual(['4,316', '101']);
  });

  it('does not take the day of a date whose year comes later for a count, nor a count before "may" the verb', () => {
    expect(mentions('4,316 people were referred from 1 April to 30 June 2024.').map((m) => m.value)).toEqual(['4,316']);
    expect(mentions('The 12 may be reviewed.').map((m) => m.value)).toEqual(['12']);
  });

  it("does not take the number that closes a name before its acronym for a figure, but keeps a count in brackets", () => {
    expect(mentions('the GM Community Accommodation Service 3 (CAS-3) housed 616 people').map((m) => m.value)).toEqual(['616']);
    expect(mentions('arrests in Bolton 25 (12%) and Bury 31').map((m) => m.value)).toEqual(['25', '12%', '31']);
  });

  it('does not take a year from long ago for a count, but keeps a count of the things after it', () => {
    expect(mentions('see The social patterning of deaths due to assault in Scotland, 1980').map((m) => m.value)).toEqual([]);
    expect(mentions('deaths in Scotland, 1980 to 2018, rose by 12%').map((m) => m.value)).toEqual(['12%']);
    expect(mentions('There were 1980 offences recorded.').map((m) => m.value)).toEqual(['1980']);
    expect(mentions('bulletins published since publication began in 1983 show 59,374 crimes').map((m) => m.value)).toEqual(['59,374']);
  });

  it('does not take the bounds of an age band written with "to" for figures', () => {
    expect(mentions('the number of murder victims aged 16 to 24 rose by 45%').map((m) => m.value)).toEqual(['45%']);
  });

  it('does not take an age in years, or the year in a law\'s name, for a figure or a period', () => {
    expect(mentions('abuse of people aged 16 to 59 years fell (3.4%)').map((m) => m.value)).toEqual(['3.4%']);
    expect(mentions('a child under the age of 16 years lived there (32.4%)').map((m) => m.value)).toEqual(['32.4%']);
    const law = 'Sentences under the Sentencing Act 2020 averaged 7.8 months in the year ending September 2023.';
    expect(mentions(law).map((m) => m.value)).toEqual(['7.8 months']);
    expect(findPeriods(law).map((p) => p.label)).toEqual(['year ending September 2023']);
  });

  it('does not take footnote marks or a paper number for figures', () => {
    expect(mentions('rapes are at their highest ever level.3 Home Office data show that a mere 1.3% led to a charge.').map((m) => m.value)).toEqual(['1.3%']);
    expect(mentions('knife crime rose by 71% between 2014 and 2018,2 and by 45% since.').map((m) => m.value)).toEqual(['71%', '45%']);
    expect(mentions('Serious youth violence (Sixteenth Report of Session 2017–19, HC 1016)')).toEqual([]);
    expect(mentions('offences under S.47 and S.18 rose to 1,200')).toHaveLength(1);
    expect(mentions('The definition used by Police Scotland[1] is:')).toEqual([]);
    expect(mentions('thanks in part to our discreet text 61016 service')).toEqual([]);
    expect(mentions('Call us on 0800555111 or text 61016.')).toEqual([]);
    expect(mentions('Recorded crime rose to 1,200 [2].')).toMatchObject([{ value: '1,200' }]);
  });

  it('does not take a span of time a sentence speaks of, or a duration used as an adjective, for a figure', () => {
    expect(mentions('Over the next 12 months, a service will co-ordinate restorative justice.')).toEqual([]);
    expect(mentions('This totals over 55,000 additional crimes in the last 12 months.').map((m) => m.value)).toEqual(['55,000']);
    expect(mentions('GMP have secured funding for a 6-month joint initiative.')).toEqual([]);
    // A duration that is what was measured stays one.
    expect(mentions('accommodation for up to 12 weeks')[0]).toMatchObject({ value: '12 weeks', unit: 'weeks' });
  });
});

describe('figures in sentences', () => {
  it('reads a list of years, each set before its count by a spaced dash, as each year\'s count, not as spans of years', () => {
    const figures = figuresOf('2019 – 41 warnings were issued to dog owners 2020 – 23 warnings were issued to dog owners 2021 – 9 warnings were issued to dog owners');
    expect(figures.map((f) => [f.value, f.period?.label])).toEqual([['41', '2019'], ['23', '2020'], ['9', '2021']]);
    expect(figures[0]!.measure).toMatch(/^warnings issued/);
    // A span of years stays one: its end is a later year, and no noun of a count follows it.
    expect(findPeriods('The Safer Streets Plan 2022 – 26 sets out four aims.').map((p) => p.label)).toEqual(['2022 – 26']);
    expect(mentions('Ages 16 – 24 were most at risk.')).toEqual([]);
  });

  it('names a record level by its subject, with a passive verb, a clause\'s conjunction and a bare "up" after the number left out', () => {
    const [staff, change] = [figuresOf('Attacks on custody staff reached a record high of 4,312 up 9%.'), figuresOf('Thefts of catalytic converters were logged at an all-time low of 812, down 4%.')];
    expect(staff.map((f) => f.value)).toEqual(['4,312']);
    expect(staff[0]).toMatchObject({ measure: 'Attacks on custody staff at a record high', change: '+9%' });
    expect(change[0]).toMatchObject({ value: '812', measure: 'Thefts of catalytic converters at a record low', change: '-4%' });
    const [peak] = figuresOf('Arrests have fallen since 2009, when arrests reached a record high of 9,870.');
    expect(peak).toMatchObject({ value: '9,870', measure: 'arrests at a record high', period: { label: '2009' } });
  });

  it('gives each value of a list the place a list of as many places before it names, in order', () => {
    const costs = figuresOf('The worst affected regions were the South West and West Midlands, costing £4.1 and £3.2 million.');
    expect(costs.map((f) => [f.value, f.geography])).toEqual([['£4.1 million', 'South West'], ['£3.2 million', 'West Midlands']]);
    const rises = figuresOf('Scotland and Wales saw the biggest rises, with thefts up by 12% and 9%.');
    expect(rises.map((f) => f.geography)).toEqual(['Scotland', 'Wales']);
    // Not where another place is named between the lists: which values are whose is not said.
    const mixed = figuresOf('Thefts fell in Scotland and Wales, but in London they rose by 4% and 6%.');
    expect(mixed.map((f) => f.geography)).toEqual(['London', 'London']);
  });

  it('does not give a value set against another the place named before the first, when it names its own after it', () => {
    const [first, second] = figuresOf('The North West had 9.9 assault cases per 10,000 of the population compared to 3.5 cases per 10,000 of the population in South Central.');
    expect(first).toMatchObject({ value: '9.9', geography: 'North West' });
    expect(second!.value).toBe('3.5');
    expect(second!.geography).toBeUndefined();
    // One that names a place it knows takes that place.
    const [wales, scotland] = figuresOf('In Wales 1,200 fires were attended compared with 900 in Scotland.');
    expect([wales!.geography, scotland!.geography]).toEqual(['Wales', 'Scotland']);
  });

  it('reads a row led by its own label under a header row of column labels read as its heading, each value its column\'s', () => {
    const header = 'Quarter 1 (Apr – Jun)    Quarter 2 (Jul – Sep)';
    const row = (text: string) => extractFigures({ id: 'd#1', docId: 'd', section: ['Notices issued', header], text, start: 0, end: text.length, locations: [], periods: findPeriods(text) });
    expect(row('Graffiti 14 22').map((f) => [f.value, f.measure])).toEqual([['14', 'Graffiti (Quarter 1)'], ['22', 'Graffiti (Quarter 2)']]);
    expect(row('Fly-tipping* 31 40').map((f) => f.measure)).toEqual(['Fly-tipping (Quarter 1)', 'Fly-tipping (Quarter 2)']);
    // Not where the row holds more values than the header has columns, nor words between its values.
    expect(row('Graffiti 14 22 9').map((f) => f.measure)).not.toContain('Graffiti (Quarter 1)');
    expect(row('Graffiti 14 and 22').map((f) => f.measure)).not.toContain('Graffiti (Quarter 1)');
  });

  it('does not take how often a service runs for a count', () => {
    expect(mentions('The team works a 7 day a week rota and the line is open 24 hours a day.')).toEqual([]);
  });

  it('reads a value of another group set beside a figure as what it is compared with, not what it changed from', () => {
    const [rate] = figuresOf('The proven reoffending rate for those who finished the course was 18%, compared to 27% of those in the comparison group, a significant difference.');
    expect(rate).toMatchObject({ value: '18%', comparator: { geography: 'those in the comparison group', value: '27%' } });
    expect(rate!.previous).toBeUndefined();
    // A value compared with at another time is still the previous one.
    const [incidents] = figuresOf('There were 15 arson incidents compared to 18 in the previous year.');
    expect(incidents!.previous).toMatchObject({ value: '18' });
  });

  it('measures a number that "this rose to" by what the sentence last measured', () => {
    const figures = figuresOf('In 2021 the helpline answered 2,040 calls, but in 2022 this rose to a record 3,310.');
    expect(figures.map((f) => [f.value, f.measure, f.period?.label])).toEqual([['2,040', 'calls', '2021'], ['3,310', 'calls', '2022']]);
  });

  it('measures each value of a run ending "respectively" by its item of the list before it', () => {
    expect(figuresOf('The proportions for men and women were 12% and 15% respectively in 2023.').map((f) => [f.value, f.measure])).toEqual([
      ['12%', 'proportions for men'],
      ['15%', 'proportions for women'],
    ]);
    // (An item set off by a comma before the subject is still the first.)
    expect(figuresOf('Robbery, vehicle crime and shoplifting fell by 3%, 8% and 11% respectively.').map((f) => f.measure)).toEqual(['Robbery', 'vehicle crime', 'shoplifting']);
    // (A list of another length is not paired.)
    expect(figuresOf('Theft and burglary rose by 5%, 7% and 9% respectively.').map((f) => f.measure)).not.toContain('burglary');
  });

  it('measures numbers listed each with what it is for by the noun the first one named', () => {
    expect(figuresOf('The council issued 1,025 fixed penalty notices for littering and 213 for dog fouling in 2020.').map((f) => f.measure)).toEqual([
      'fixed penalty notices for littering',
      'fixed penalty notices for dog fouling',
    ]);
    expect(figuresOf('There were 340 arrests for burglary, 120 for robbery and 45 for arson.').map((f) => f.measure)).toEqual(['arrests for burglary', 'arrests for robbery', 'arrests for arson']);
  });

  it('keeps an age band written with "over" or "under" whole, and a share bracketed after whom a fraction is of', () => {
    expect(figuresOf('Some 23% of those aged over 65 said they felt lonely.')[0]!.measure).toMatch(/^of those aged over 65\b/);
    expect(figuresOf('Nearly a third of consumers (31%) had knowingly bought a fake product.')[0]!.measure).toMatch(/^of consumers\b/);
  });

  it('reads a time named by what happened then ("since the last week of action in November 2021") as the base of a change, and the time of no other number in the sentence', () => {
    const [knives, surrendered] = figuresOf('Officers seized 1074 knives, an increase of over 14% since the last week of action in November 2021, and 8401 were surrendered during sweeps.', '2022-05-30');
    expect(knives!.previous).toMatchObject({ period: { label: 'November 2021' }, change: '+14%' });
    expect(knives!.period?.label).not.toBe('November 2021');
    expect(surrendered).toMatchObject({ value: '8401' });
    expect(surrendered!.period?.label).not.toBe('November 2021');
  });

  it('reads "a year earlier", "12 months ago" and "this time last year" as the year before a change is against, and no span of time as a figure', () => {
    expect(figuresOf('The number of officers was 147,746, an increase of 0.4% on a year earlier.')[0]!.previous).toMatchObject({ label: 'a year earlier', change: '+0.4%' });
    const ago = figuresOf('Burglary fell to 210,000, down 5% compared with 12 months ago.');
    expect(ago.map((f) => f.value)).toEqual(['210,000']);
    expect(ago[0]!.previous).toMatchObject({ label: '12 months ago', change: '-5%' });
    // (Nor the years a table covers: "for the 10 years from 2012-13 to 2021-22".)
    expect(figuresOf('Statistics are presented for the 10 years from 2012-13 to 2021-22.')).toEqual([]);
  });

  it('names a part by the whole its sentence opens with, and a share by what made it up', () => {
    expect(figuresOf('Of the 412 complaints received, 38 were upheld.').map((f) => f.measure)).toEqual(['complaints received', 'complaints upheld']);
    expect(figuresOf('Fraud accounted for 41% of all crime against individuals.')[0]!.measure).toBe('of crime against individuals accounted for by fraud');
    expect(figuresOf('Women represented 5% of the prison population in 2023.')[0]!.measure).toBe('of prison population represented by women');
  });

  it('keeps the words that define a share, and whom a harm was against', () => {
    expect(figuresOf('The proportion of crimes resulting in a charge or summons was 6.2%.')[0]!.measure).toBe('proportion of crimes resulting in a charge or summons');
    expect(figuresOf('There were 1,200 offences against children in 2023.')[0]!.measure).toBe('offences against children');
    // (Not what a number is set against.)
    expect(figuresOf('The force answered 88% of calls in 2023 against a target of 90%.')[0]!.measure).not.toMatch(/against/);
  });

  it('measures the value a bracketed "from … to" reached by what changed', () => {
    const [, reached] = figuresOf('Residential burglary is down 12.5% (from 4,120 to 3,605).');
    expect(reached).toMatchObject({ value: '3,605', measure: 'Residential burglary', previous: { value: '4,120' } });
  });

  it('leaves how long a run of changes went on out of the measure', () => {
    expect(figuresOf('The number of drug-related deaths rose for the ninth year in a row to 4,907.')[0]!.measure).toBe('drug-related deaths');
    expect(figuresOf('Knife crime has risen for the third consecutive year to 50,489.')[0]!.measure).toBe('Knife crime');
  });

  it('gives a value paired with a scaled one its scale, where they are of one order', () => {
    const [reached] = figuresOf('Costs rose from £7.9 to £9.2 million.');
    expect(reached!.previous).toMatchObject({ value: '£7.9 million', number: 7_900_000, change: '+16.5%' });
    expect(figuresOf('The North East and East of England were hardest hit, costing £7.9 and £6.9 million respectively.').map((f) => f.value)).toEqual(['£7.9 million', '£6.9 million']);
    // (Not a value far from the scaled one's own: "from 120 to 1.2 million" rose from 120.)
    expect(figuresOf('Cases rose from 120 to 1.2 million.')[0]!.previous).toMatchObject({ value: '120', number: 120 });
    // (Nor pounds and pence beside a rounder sum: a price and a budget.)
    expect(figuresOf('Each kit cost £7.50 and £2m was set aside.').map((f) => f.value)).toEqual(['£7.50', '£2m']);
  });

  it('names a sum by what it cost, not by the place it was spent in nor the preposition opening its clause', () => {
    expect(figuresOf('Bicycle theft cost an estimated £3.4m in England during 2022.')[0]).toMatchObject({ measure: 'cost of bicycle theft', geography: 'England' });
    // (A region says where as a nation does.)
    expect(figuresOf('The force spent £3m in the North East on overtime.')[0]).toMatchObject({ measure: 'force spent', geography: 'North East' });
    expect(figuresOf('The scheme paid out £40,000 throughout the West Midlands last year.')[0]).toMatchObject({ measure: 'scheme paid out', geography: 'West Midlands' });
    expect(figuresOf('At a total cost to the force of £1.2 million, most went on overtime.')[0]).toMatchObject({ value: '£1.2 million', measure: 'total cost to the force' });
    // (A cost named by its kind is no cost "of" that kind.)
    expect(figuresOf('The average cost £5,200 per victim in 2022.')[0]!.measure).not.toMatch(/cost of/);
  });

  it('does not take the next item\'s number, run onto the end of a numbered reply\'s item after a name, for a count', () => {
    expect(figuresOf('2022 – 4 cases were referred to the Crown Office 3.').map((f) => f.value)).toEqual(['4']);
    expect(figuresOf('Arrests for the offence fell to 3.').map((f) => f.value)).toEqual(['3']);
  });

  it('takes no target from "target" the verb', () => {
    expect(figuresOf('The unit continued to target those selling stolen goods online, closing 420 accounts.')[0]).toMatchObject({ value: '420', kind: 'actual' });
    expect(figuresOf('Our target is to answer 90% of calls within 10 seconds.')[0]).toMatchObject({ value: '90%', kind: 'target' });
  });

  it('reads "zero" before what it counts as a count of none, but not "zero tolerance"', () => {
    const [f] = figuresOf('In 2022 zero arrests were made for the offence.');
    expect(f).toMatchObject({ value: 'zero', number: 0, unit: 'count', period: { label: '2022' } });
    expect(f!.measure).toMatch(/^arrests/);
    expect(mentions('The force keeps a zero tolerance approach to hate crime.')).toEqual([]);
  });

  it("reads a table's cells, set side by side with bars, each with its own period", () => {
    const figures = figuresOf(
      '5,544 licence recalls between January and March 2022 | This is a 5% increase on the same quarter in 2021. | 240,922 offenders on probation at the end of March 2022 | This number increased by 7% compared to the number of offenders supervised as at 31 March 2021.',
    );
    // The day of "31 March 2021" is a date, not a count, though "2021" stands alone earlier.
    // A cell opening "This is a 5% increase on …" gives the change of the cell before.
    expect(figures.map((f) => f.value)).toEqual(['5,544', '240,922', '7%']);
    expect(figures[0]).toMatchObject({ change: '+5%', previous: { label: 'the same quarter in 2021' } });
    // A period after "compared to …" is the base.
    expect(figures.map((f) => f.period?.label)).toEqual(['between January and March 2022', 'March 2022', 'March 2022']);
  });

  it('reads a count with its period and the previous period given as n=', () => {
    const [f] = figuresOf('In 2023/24, 1362 CSTRs were ordered in Greater Manchester, an increase of 32% compared with 2022/23 (n=1032).');
    expect(f).toMatchObject({ value: '1362', measure: 'CSTRs ordered', period: { label: '2023/24' }, geography: 'Greater Manchester', change: '+32%' });
    expect(f!.previous).toMatchObject({ label: '2022/23', value: '1032', number: 1032 });
  });

  it('carries the period into "Of these, …" and reads a bracketed increase from a previous value', () => {
    const figures = figuresOf('In 2023/24, 1362 CSTRs were ordered. Of these, 581 were Alcohol Treatment Requirements (a 23% increase from 473 in 2022/23).');
    const atr = figures.find((f) => f.value === '581')!;
    expect(atr).toMatchObject({ measure: 'Alcohol Treatment Requirements', period: { label: '2023/24' }, change: '+23%' });
    expect(atr.previous).toMatchObject({ value: '473', label: '2022/23' });
  });

  it('reads "B things in P2, down from A in P1" as B with A before it, but not a count of another thing', () => {
    const [cases, ...rest] = figuresOf('Figures show 1,557 rape-flagged cases proceeding to prosecution in 2020/21, down from 5,190 in 2016/17.');
    expect(rest).toEqual([]);
    expect(cases).toMatchObject({ value: '1,557', measure: expect.stringMatching(/^rape-flagged cases/), previous: { value: '5,190', label: '2016/17', change: '-70%' } });
    expect(figuresOf('Police made 120 arrests, compared with 40 charges.').map((f) => [f.value, f.previous])).toEqual([['120', undefined], ['40', undefined]]);
  });

  it('reads "from A to B" as B with A before it, and a national comparator', () => {
    const [f] = figuresOf('Improvements are evident for adult rape offences with cases charged rising from 2.5% to 4.5% against the national average of 3.6%.');
    expect(f).toMatchObject({ value: '4.5%', previous: { value: '2.5%', change: '+2 points' }, comparator: { value: '3.6%' } });
  });

  it('reads "from A in the previous quarter to a peak (B) in P" as B in P, with A the previous quarter\'s', () => {
    const figures = figuresOf('The ineffective trial rate increased from 31% in the previous quarter to a series peak (56%) in Q3 2022.');
    expect(figures.map((f) => f.value)).toEqual(['56%']);
    expect(figures[0]).toMatchObject({ period: { label: 'Q3 2022' }, previous: { value: '31%', label: 'the previous quarter' } });
    expect(figures[0]!.previous!.period).toBeUndefined();
  });

  it('reads "from an estimated A <things> in P1 to B in P2" as B of those things in P2, with A in P1 before it', () => {
    const figures = figuresOf('Thefts have fallen by a third – from an estimated 9,000 thefts in 2012/13 to 6,000 in 2022/23.');
    const b = figures.find((f) => f.value === '6,000');
    expect(b).toMatchObject({ measure: 'thefts', period: { label: '2022/23' }, previous: { value: '9,000', period: { label: '2012/13' } } });
    expect(figures.map((f) => f.value)).not.toContain('9,000');
  });

  it('reads "A, N more (or fewer) than in the previous period" as A with its change, not N as a figure of its own', () => {
    const [more, ...rest] = figuresOf('Officers made 540 seizures in the year ending March 2023, 60 more than in the previous 12-month period (an increase of 12.5%).');
    // The value changed from is not worked out: the sentence does not give it.
    expect(more).toMatchObject({ value: '540', measure: 'seizures', change: '+12.5%', previous: { value: '', label: 'the previous 12-month period', change: '+12.5%' } });
    expect(rest.map((f) => f.value)).toEqual([]);
    const [fewer] = figuresOf('There were 1,200 burglaries in 2022/23, 150 fewer than the year before.');
    expect(fewer).toMatchObject({ value: '1,200', change: '-150', previous: { value: '', label: 'the year before' } });
  });

  it('reads "A; this is N more (a P% increase) than <baseline> when …" as A with its change', () => {
    const [f, ...rest] = figuresOf('Drug seizures rose again, with 812 seizures in the latest year; this is 90 more (a 12% increase) than the year ending March 2021 when lockdowns kept people at home.');
    expect(f).toMatchObject({ value: '812', change: '+12%', previous: { label: 'the year ending March 2021' } });
    expect(rest).toEqual([]);
  });

  it('reads "rose by C% from A at the end of P1 to B at the end of P2" as B in P2 with A in P1, both of what rose', () => {
    const figures = figuresOf('The waiting list increased by 6% from 4,100 at the end of June 2022 to 4,350 at the end of September 2022.');
    const b = figures.find((f) => f.value === '4,350');
    expect(b).toMatchObject({ measure: 'waiting list', period: { label: 'September 2022' }, previous: { value: '4,100', period: { label: 'June 2022' } } });
    expect(figures.find((f) => f.value === '6%')?.previous).toBeUndefined();
  });

  it('takes "one in seven (15%)" as one figure, the share, measuring what follows the bracket', () => {
    const figures = figuresOf('Around one in seven (15%) scam victims reported it to their bank.');
    expect(figures.map((f) => f.value)).toEqual(['15%']);
    expect(figures[0]!.measure).toMatch(/^scam victims reported/);
    expect(figuresOf('One-in-five (20%) drivers were stopped at night.').map((f) => f.value)).toEqual(['20%']);
  });

  it('names what a number of things resulted in (a part of the whole the sentence opens with, of what that whole counts)', () => {
    expect(figuresOf('Of the 300 referrals, 75 (25%) resulted in a caution.').filter((f) => f.value !== '300').map((f) => f.measure)).toEqual(['referrals resulted in a caution', 'resulted in a caution']);
  });

  it('does not date a sentence\'s figures by a period only a later sentence names', () => {
    const [change] = figuresOf('Crimes of dishonesty increased by 11%, from 92,873 to 103,393. The recording of these crimes is at the third lowest level seen since 1971.');
    expect(change?.value).toBe('11%');
    expect(change?.period?.label).not.toBe('since 1971');
    // Nor by a span "since" a date, which says how long something has been so, not when a count was made.
    const [stated] = figuresOf('The recording of crime is at its lowest since 1971. In all, 289,362 crimes were recorded.');
    expect(stated?.period).toBeUndefined();
    const [dated] = figuresOf('The recording of crime is at its lowest in 2023/24. In all, 289,362 crimes were recorded.');
    expect(dated?.period?.label).toBe('2023/24');
  });

  it('does not date a change over "the past ten years" by the year the sentence before spoke of', () => {
    const [peak, change] = figuresOf('Crime reached a record high of 613,943 in 1991. Over the past ten years, total recorded crime has decreased by 13%.');
    expect(peak).toMatchObject({ value: '613,943', period: { label: '1991' } });
    expect(change).toMatchObject({ value: '13%' });
    expect(change!.period).toBeUndefined();
  });

  it('reads a measure past markdown emphasis, and quotes the sentence as written', () => {
    const [f] = figuresOf('Over **124,000** businesses, a diverse economy and a young population.');
    expect(f).toMatchObject({ value: '124,000', measure: 'businesses' });
    expect(f!.sentence).toContain('**124,000**');
  });

  it('names the measure from the sentence before when a figure names only a place', () => {
    const figures = figuresOf('For the year ending 21/22 the youth reoffending rate in GM was lower. For Greater Manchester this was 29.6% and for England and Wales 32.2%.');
    expect(figures.map((f) => [f.value, f.measure, f.geography, f.period?.label])).toEqual([
      ['29.6%', 'youth reoffending rate', 'Greater Manchester', 'year ending 21/22'],
      ['32.2%', 'youth reoffending rate', 'England and Wales', 'year ending 21/22'],
    ]);
  });

  it('marks targets with their due date', () => {
    const [f] = figuresOf('By July 2023, Greater Manchester will increase the proportion employed six weeks after release by 4 percentage points from 15% in March 2022.');
    expect(f).toMatchObject({ kind: 'target', value: '4 percentage points', period: { label: 'July 2023' } });
  });

  it('keeps the count behind a percentage with it', () => {
    const [f] = figuresOf('The GM percentage success rate fell from 64% (601/940) in 2022/23 to 61% (711/1163) in 2023/24.');
    expect(f).toMatchObject({ value: '61%', basis: '711/1163', period: { label: '2023/24' }, previous: { value: '64%', label: '2022/23' } });
  });
});

describe('what a figure measures', () => {
  it('reads a time counted from an event as part of what is measured, not a length, unless something took it', () => {
    const [points, from, ...rest] = figuresOf('By July 2023, Northvale will increase the proportion in settled accommodation 3 months after leaving prison by 1 percentage point from 79% in March 2022.');
    expect(points).toMatchObject({ value: '1 percentage point', kind: 'target', measure: 'in settled accommodation 3 months after leaving prison' });
    // The value it moves from, with none it moves to, is the level reached then: no target.
    expect(from).toMatchObject({ value: '79%', kind: 'actual', measure: 'in settled accommodation 3 months after leaving prison', period: { label: 'March 2022' } });
    expect(rest).toEqual([]);
    expect(figuresOf('Cases took 98 days after charge on average.').map((f) => f.value)).toEqual(['98 days']);
  });

  it('measures a count of a unit by what the unit is of, up to where the clause goes on', () => {
    expect(figuresOf('Offenders owed 8,000 hours of unpaid work.')[0]!.measure).toBe('hours of unpaid work');
    expect(figuresOf('The region has over 100 miles of motorways and trunk roads, the tram system and an airport.')[0]!.measure).toBe('miles of motorways and trunk roads');
    expect(figuresOf('In 2022, 6,516 victims of modern slavery indicated exploitation.')[0]!.measure).toBe('victims of modern slavery');
    expect(figuresOf('Inspectors graded the force across nine areas of policing and found it good in six.')[0]!.measure).toBe('areas of policing');
    expect(figuresOf('Officers seized 17 million doses of illegally traded medicines.')[0]!.measure).toBe('doses of illegally traded medicines');
    // ("3 out of every 4": no unit, no "of" phrase.)
    expect(figuresOf('Officers were hurt in 3 out of every 4 assaults.')[0]!.measure).not.toMatch(/out of/);
  });

  it('leaves a verb of holding steady, and the adverbs before it, out of the subject it measures by', () => {
    expect(figuresOf('Referrals from Forest Bank have thus stayed at around 450 over the last three years.')[0]!.measure).toBe('Referrals from Forest Bank');
    expect(figuresOf('Victim satisfaction held at 81% in 2023.')[0]!.measure).toBe('Victim satisfaction');
  });

  it('measures by the noun a list of modifiers shares, but not by a list of nouns', () => {
    expect(figuresOf('Of the partners, 18 are voluntary, community and social enterprise organisations.')[0]!.measure).toMatch(/voluntary, community and social enterprise organisations$/);
    expect(figuresOf('Last year 45% suffered physical, sexual or emotional abuse.')[0]!.measure).toMatch(/physical, sexual or emotional abuse$/);
    expect(figuresOf('The force recruited 300 black, Asian and minority ethnic officers.')[0]!.measure).toBe('black, Asian and minority ethnic officers');
    expect(figuresOf('The raids led to 40 arrests, drugs and cash were seized.')[0]!.measure).toBe('arrests');
  });

  it('leaves out how a level is said to hold ("continues to be above") and counts no span named in the singular ("the latest 6 month")', () => {
    expect(figuresOf('Victim satisfaction continues to be above 95%.')[0]).toMatchObject({ value: '95%', measure: 'Victim satisfaction' });
    const [applications, ...rest] = figuresOf('The force made 28 applications in the latest 6 month, Feb-July 2022, up from 24 for the same period last year.');
    expect(applications).toMatchObject({ value: '28', measure: 'applications', previous: { value: '24' } });
    expect(rest).toEqual([]);
    expect(figuresOf('A 24 hour helpline took 310 calls.').map((f) => f.value)).toEqual(['310']);
  });

  it('measures a share restating the words before it by the whole after its bracket', () => {
    for (const words of ['one in five', 'nine-in-ten']) {
      const [share, ...rest] = figuresOf(`In 2021-22, just under ${words} (20%) of all domestic abuse incidents occurred in a home.`);
      expect(share).toMatchObject({ value: '20%', measure: 'of domestic abuse incidents occurred' });
      expect(rest).toEqual([]);
    }
  });

  it('measures a number set off by commas after "a similar proportion" by the words after it', () => {
    const figures = figuresOf('One in ten (10%) respondents expressed a high level of worry about burglary with a similar proportion, 8%, very worried about becoming a victim of violent crime.');
    const eight = figures.find((f) => f.value === '8%')!;
    expect(eight.measure).toMatch(/^very worried/);
    expect(eight.measure).not.toMatch(/burglary/);
  });

  it('reads a part of what was counted, and list items that share its noun', () => {
    const figures = figuresOf('There were 400 crimes in 2023. 50 of these were violent offences; 120 serious, and 30 minor.');
    expect(figures.find((f) => f.value === '50')?.measure).toBe('violent offences');
    expect(figures.find((f) => f.value === '120')?.measure).toBe('serious offences');
    expect(figures.find((f) => f.value === '30')?.measure).toBe('minor offences');
    // The noun shared is what the first item counts, not the verb that ends its measure.
    const closed = figuresOf('Since then 135 recommendations requiring action have been closed, with 32 now open.');
    expect(closed.find((f) => f.value === '32')?.measure).toBe('open recommendations');
  });

  it('names what a share is of or for, and the words a bracketed figure stands behind', () => {
    expect(figuresOf('84% of tests completed in 2018 resulted in a disclosure.')[0]?.measure).toBe('of tests completed');
    expect(figuresOf('Seizures rose by 52%, and 527% for cannabis plants.')[1]?.measure).toBe('for cannabis plants');
    const parts = figuresOf('In June 2024, jewellery (14%), vehicles (21%) and other assets (16%) made up the rest.');
    expect(parts.map((f) => f.measure)).toEqual(['jewellery', 'vehicles', 'other assets']);
  });

  it('reads "had to" before a verb as part of what a share did', () => {
    expect(figuresOf("Just 43% would report again. 66% had to wait 'too long' for their case.")[1]?.measure).toBe('had to wait too long');
  });

  it('keeps the object of a verb in -ing, and the verb after "likely to", in what a share did', () => {
    expect(figuresOf('Of these victims, 18.9% were telling the police.')[0]?.measure).toBe('telling the police');
    expect(figuresOf('Just 43% were likely to report it again.')[0]?.measure).toBe('likely to report it again');
  });

  it('names a change given by its noun alone as a change in what the sentence just measured', () => {
    const figures = figuresOf('Recorded shoplifting offences were 12% lower than in 2019, however there was a 9% increase compared with the previous year.');
    expect(figures.map((f) => [f.value, f.measure])).toEqual([
      ['12%', 'Recorded shoplifting offences'],
      ['9%', 'increase in Recorded shoplifting offences'],
    ]);
  });

  it('never dates a number by the period an earlier number is compared with', () => {
    const figures = figuresOf('Thefts were 20% lower than the year ending March 2020, however, there was a 5% increase compared with the year ending March 2023.');
    expect(figures.map((f) => [f.value, f.period?.label])).toEqual([
      ['20%', undefined],
      ['5%', undefined],
    ]);
    // A change "on" a period is measured against it: the total after it is of the year before it.
    const fires = figuresOf('However, in 2018/19, this figure increased 75% on the 2017/18 statistic to a total of 2,850 deliberate grass fires across Wales.');
    expect(fires.map((f) => [f.value, f.period?.label])).toEqual([
      ['75%', '2018/19'],
      ['2,850', '2018/19'],
    ]);
    // A count "on" a date is a count at that date, not a change.
    expect(figuresOf('There were 4,107 people under supervision on 31 March 2025.')[0]?.period?.label).toBe('31 March 2025');
  });

  it('reads "(down 7.4% on 8,263 last year)" as the change and the previous value of the figure before', () => {
    const figures = figuresOf('7,651 FTE PCSOs (down 7.4% on 8,263 last year)');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ value: '7,651', measure: 'FTE PCSOs', change: '-7.4%', previous: { value: '8,263', label: 'last year', change: '-7.4%' } });
  });

  it('leaves a sentence adverb out of the measure ("actually", "significantly")', () => {
    const [change] = figuresOf('The success rate fell, but the total number of successful pickups actually increased by 18% (601 to 711).').filter((f) => f.value === '18%');
    expect(change?.measure).toBe('successful pickups');
    expect(figuresOf('Arrests for drink driving significantly rose to 412 in 2023.')[0]?.measure).toBe('Arrests for drink driving');
  });

  it('reads a participle\'s "as" and what it names them as part of the measure ("identified as high risk")', () => {
    expect(figuresOf('Of the service users supervised on 31 March 2025, 28.7% were identified as high risk under the ACE system.')[0]?.measure).toBe('identified as high risk');
    expect(figuresOf('Some 40% were classed as vulnerable adults.')[0]?.measure).toBe('classed as vulnerable adults');
  });

  it('takes no measure from a clause after a bracket closed before a comma ("(34.3%), followed by …")', () => {
    const [belfast] = figuresOf('The Belfast Directorate were supervising the largest proportion of service users in March 2025 (34.3%), followed by the Rural Directorate (29.3%).');
    expect(belfast?.measure).not.toMatch(/followed/);
  });

  it('takes no count from a note that shares add up to 100', () => {
    expect(figuresOf('(The percentages add up to more than 100 because more than one drug was implicated.)')).toEqual([]);
    expect(figuresOf('Percentages may not sum to 100 due to rounding.')).toEqual([]);
    expect(figuresOf('The force added 100 officers.').map((f) => f.value)).toEqual(['100']);
  });

  it('names a count given per day or week by its subject ("incidents … have risen to 424 each day")', () => {
    expect(figuresOf('Incidents of violence and abuse have risen to 424 each day.')[0]?.measure).toBe('Incidents of violence and abuse each day');
    expect(figuresOf('Officers made 45 arrests a week.')[0]?.measure).toBe('arrests');
  });

  it('leaves a time set before the subject out of the measure ("Last year the number of …")', () => {
    expect(figuresOf('Last year the number of deliberate fires in London was 6,950.')[0]?.measure).toBe('deliberate fires in London');
    expect(figuresOf('This year, the number of arrests rose to 4,000.')[0]?.measure).toBe('arrests');
  });

  it('leaves an aside in brackets out of the measure, and an age band out of the figures', () => {
    expect(figuresOf('The number of organised crime groups (OCGs) has reduced from 121 to 105.')[0]?.measure).toBe('organised crime groups');
    expect(figuresOf('compared to the generic 18 – 24 cohort').map((f) => f.value)).toEqual([]);
  });

  it('names a later share a sentence gives for a crime alone by the kind of rate its first one named', () => {
    const rates = figuresOf('Solved rates are improving: neighbourhood crime solved rates are 5.5% compared to 4.6% last year, burglary is 7.8% compared to 6.2% last year.');
    expect(rates.map((f) => f.measure)).toEqual(['neighbourhood crime solved rates', 'burglary solved rates']);
    // A share of people is not a rate of theirs.
    expect(figuresOf('The arrest rate was 9% in 2023, and 11% of men were charged.').map((f) => f.measure)).toEqual(['arrest rate', 'of men charged']);
  });

  it('names a count given only as full-time equivalent by its subject, past nested asides', () => {
    const [total] = figuresOf('As at 30 September 2023, the total police workforce size (including police officers, police staff and Police Community Support Officers (PCSOs)) in England and Wales was 234,438 full-time equivalent (FTE).');
    expect(total).toMatchObject({ value: '234,438', measure: 'total police workforce size in England and Wales (full-time equivalent)' });
  });

  it('names what a subject had, from the words after the last number or date before it', () => {
    expect(figuresOf('In November 2021, the city had an overall jobless rate of 6.9%.')[0]?.measure).toMatch(/^(?:overall )?jobless rate$/);
    expect(figuresOf('Between 2015 and 2017 the use of curfews fell by 46%.')[0]?.measure).not.toMatch(/\d/);
    expect(figuresOf('135 GM CAS-3 bed spaces were mobilised.')[0]?.measure).toBe('GM CAS-3 bed spaces mobilised');
  });

  it('gives a list clause after a semicolon the period its sentence opened with, not one that speaks of its own time', () => {
    const list = figuresOf('From April to June 2023, there were 40 arrests; 12 charges, and 5 cautions. In 2021/22 there were 30.');
    expect(list.find((f) => f.value === '12')?.period?.label).toBe('April to June 2023');
    const own = figuresOf('In 2022/23 there were 10 referrals; this year there are 12 referrals. In 2021/22 there were 8.');
    expect(own.find((f) => f.value === '12')?.period?.label).not.toBe('2022/23');
  });

  it('gives a second half opened by "and for …" the measure the first half named', () => {
    const figures = figuresOf('The arrest rate for burglary is 14% compared to 12% last year and for theft it is 8% compared to 9% last year.');
    expect(figures.find((f) => f.value === '14%')?.measure).toBe('arrest rate for burglary');
    expect(figures.find((f) => f.value === '8%')?.measure).toBe('arrest rate for theft');
  });

  it('reads "A (now B)" as B, with A what it was', () => {
    const figures = figuresOf("Survey plan: 30 (now 45) 'Listening' sessions held with families across the region.");
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ value: '45', measure: 'Listening sessions held', previous: { value: '30', change: '+50%' } });
  });

  it('names what a subject has, and a share by what it is related to', () => {
    expect(figuresOf('However, at 21% Salford still has the lowest youth custody rate of the core cities.')[0]?.measure).toBe('lowest youth custody rate');
    const shares = figuresOf('Of the disclosures, 31% related to drug use and 12% related to a change of address.');
    expect(shares.map((f) => f.measure)).toEqual(['related to drug use', 'related to a change']);
  });

  it('names a count whose share follows in brackets by the words after them', () => {
    expect(figuresOf('3,629 (6%) were disability hate crimes; and 858 (1%) were transgender hate crimes.')[0]?.measure).toBe('disability hate crimes');
  });

  it('leaves a footnote number out of the measure', () => {
    expect(figuresOf('The number on remand fell, to 240 children53, last year.').find((f) => f.value === '240')?.measure).toBe('children');
  });

  it('names a change by what it is in', () => {
    expect(figuresOf('The town had seen a 60% reduction in bike crime since 2019.')[0]?.measure).toBe('reduction in bike crime');
  });

  it('ends a measure before a verb in -ing that opens a description of the thing counted', () => {
    expect(figuresOf('There are 120 staff working with families in crisis.')[0]?.measure).toBe('staff');
    // After a preposition the -ing word is a noun, and part of the name.
    expect(figuresOf('It came with an 8% increase in funding for victim services.')[0]?.measure).toBe('increase in funding');
  });

  it('reads a clause of prepositions after a semicolon as going on from the clause before, and leaves out when it happened', () => {
    expect(figuresOf('For the second year in a row the average daily prison population fell; from 1,661 in 2015 to 1,482 in 2016.')[0]).toMatchObject({ value: '1,482', measure: 'average daily prison population' });
    // A clause with words of its own says its own.
    expect(figuresOf('Arrests rose to 120; knife crime offences fell to 85.')[1]?.measure).toBe('knife crime offences');
  });

  it('names a change by its subject across an aside, and through an age band, never by its verb alone', () => {
    expect(figuresOf('Direct funding to police forces, excluding counter-terrorism and national priorities, reduced by 30% in real terms.')[0]?.measure).toBe('Direct funding to police forces');
    const [, victims] = figuresOf('Knife crime increased by 71% between 2014 and 2018, and the number of murder victims aged 16 to 24 rose by 45% in the year to March 2018.');
    expect(victims).toMatchObject({ value: '45%', measure: 'murder victims aged 16 to 24' });
    expect(victims?.period?.label).toBe('year to March 2018');
  });

  it('reads a bound that defines who is counted ("with 15 or more previous convictions") as part of the measure, never as a figure', () => {
    const [change, count] = figuresOf('The number of serious offenders with 15 or more previous convictions rose 59% from 65,000 in 2002 to 103,000 in 2012.');
    expect(change).toMatchObject({ value: '59%', measure: 'serious offenders with 15 or more previous convictions' });
    expect(count).toMatchObject({ value: '103,000', measure: 'serious offenders with 15 or more previous convictions' });
    expect(mentions('12 households with three or more children').map((m) => m.value)).toEqual(['12']);
    expect(mentions('15 or more were arrested').map((m) => m.value)).toEqual(['15']);
  });

  it('keeps a number a word labels ("band 3-5") in the measure, and never takes it for a figure', () => {
    expect(figuresOf('There were 23,062 FTE band 3-5 prison officers in post.')[0]?.measure).toBe('FTE band 3-5 prison officers');
    expect(figuresOf('There were 5,316 FTE band 3 probation services officers.')[0]?.measure).toBe('FTE band 3 probation services officers');
    expect(figuresOf('In addition to the band 4 probation officers, 120 trainees joined.').map((f) => f.value)).toEqual(['120']);
  });

  it('measures a share in brackets after a round share by what the round share measures', () => {
    const [round, exact] = figuresOf('Around four-in-five incidents of domestic abuse (81%) had a female victim.');
    expect(round).toMatchObject({ value: 'four-in-five', unit: 'ratio' });
    expect(exact).toMatchObject({ value: '81%', measure: `of ${round!.measure}` });
    expect(exact!.measure).not.toBe(NO_MEASURE);
  });

  it('reads a number in a bracket of numbers as of the words before the bracket, and a share as "of" what a round share counts', () => {
    const figures = figuresOf('The remand population continued to fall for its fifth successive year (-2.8% to a level of 387), albeit more slowly.');
    expect(figures.find((f) => f.value === '387')?.measure).toBe('remand population');
    expect(figuresOf('Around four-in-five incidents of domestic abuse (81%) had a female victim.')[1]?.measure).toBe('of incidents of domestic abuse');
    expect(figuresOf('Leaving rate of 12.5% amongst band 3-5 prison officers.')[0]?.measure).toBe('Leaving rate');
    expect(figuresOf('43% of victims would be likely to report a crime again.')[0]?.measure).toBe('of victims would be likely to report');
  });

  it('keeps "was" after a pronoun and the "with" of "dealt with", stops before "whose", and ends no cut measure on a qualifying word', () => {
    expect(figuresOf('Over half (53%) of prisoners said it was easy to get drugs.')[0]?.measure).toBe('of prisoners said it was easy');
    expect(figuresOf('Grants went to 62 charities and community groups whose work reduces crime.')[0]?.measure).toBe('charities and community groups');
    expect(figuresOf('1.4 million individuals were dealt with by the courts in 2022.')[0]?.measure).toBe('individuals dealt with');
    expect(figuresOf('There were 3 probation services improving their overall rating.')[0]?.measure).toBe('probation services improving');
  });

  it('gives a count no period from a span "since" a date that another sentence measures a change over', () => {
    const [stock, change] = figuresOf('Officers in post. 23,062 FTE prison officers in post This is a slight decrease of 136 FTE (0.6%) since 31 December 2023.');
    expect(stock).toMatchObject({ value: '23,062' });
    expect(stock!.period).toBeUndefined();
    // The change itself is over that span, past a share in brackets.
    expect(change).toMatchObject({ value: '136' });
    expect(change!.period?.label).toMatch(/^since 31 December 2023/);
  });

  it('names a sum by what it is for when no noun follows it, passing over how often it is paid', () => {
    expect(figuresOf('The county will receive £2.4 million a year for the new youth diversion scheme.')[0]?.measure).toBe('for new youth diversion scheme');
    expect(figuresOf('The council invested £900,000 in victim support services.')[0]?.measure).toBe('in victim support services');
    // "In" a time or a place says when or where: the subject names it then.
    expect(figuresOf('The force spent £2m in the last year.')[0]?.measure).toBe('force spent');
    expect(figuresOf('The charity received £1.5m in Leeds.')[0]?.measure).toBe('charity received');
    // A noun after the sum still names it.
    expect(figuresOf('The council set aside £3m funding for repairs.')[0]?.measure).toBe('funding');
  });

  it('reads what a share did through an article and a lettered name, past an aside, with an age band', () => {
    const shares = figuresOf('An estimated 9.5% of people aged 16 to 59 years (approximately 3.1 million people) reported using a drug in the last year; 3.3% reported using a Class A drug.');
    expect(shares.find((f) => f.value === '9.5%')?.measure).toBe('of people aged 16 to 59 years reported using a drug');
    expect(shares.find((f) => f.value === '3.3%')?.measure).toBe('reported using a Class A drug');
    expect(figuresOf('Of those asked, 12% of adults aged 65 and over felt unsafe.')[0]?.measure).toBe('of adults aged 65 and over felt unsafe');
    expect(figuresOf('An estimated 3.0% of people aged 16 years and over experienced partner abuse.')[0]?.measure).toBe('of people aged 16 years and over experienced partner abuse');
  });

  it('reads what a share is of past an aside, leaves out a margin of error, and names a subject after "that"', () => {
    const [share, ...rest] = figuresOf('We estimate that the force records 91.0 percent (with a confidence interval of +/- 1.67 percent) of crimes reported to it.');
    expect(share).toMatchObject({ value: '91.0 percent', measure: 'of crimes reported to it' });
    expect(rest).toEqual([]);
    expect(figuresOf('It is a cause of concern that the recording rate for violent crime is only 84.3 percent.')[0]?.measure).toBe('recording rate for violent crime');
  });

  it('names a subject opened by "the number of" by what it counts, not by the tail of a long phrase', () => {
    const [change] = figuresOf('The number of individuals formally dealt with by the Criminal Justice System in England and Wales increased by 7% in the latest year.');
    expect(change?.measure).toBe('individuals formally dealt with by the Criminal Justice System');
  });

  it('names a subject past an aside saying what it is, and a rise from A to B by what rose, not by when', () => {
    const [rate, change, average] = figuresOf('The reconviction rate, which is the share of offenders reconvicted in a year, was 24.1% in 2019-20. The average number of reconvictions per offender, a measure of how often offenders are reconvicted, decreased by 22% in the same period from 0.51 to 0.40.');
    expect(rate).toMatchObject({ value: '24.1%', measure: 'reconviction rate' });
    expect(change).toMatchObject({ value: '22%', measure: 'average number of reconvictions per offender' });
    expect(average?.measure).toMatch(/^average number of reconvictions/);
    expect(average?.previous?.value).toBe('0.51');
  });

  it('gives a fall "between" two periods from A to B the first period for A and the second for B', () => {
    const [points, rate] = figuresOf('Between 2010-11 and 2019-20, the reconviction rate has fallen by 6.1 percentage points from 30.1% to 24.1%.');
    expect(points).toMatchObject({ value: '6.1 percentage points', measure: 'reconviction rate' });
    expect(points?.previous).toBeUndefined();
    expect(rate).toMatchObject({ value: '24.1%', measure: 'reconviction rate', period: { label: '2019-20' }, previous: { value: '30.1%', period: { label: '2010-11' } } });
  });

  it('names what data show by what follows "show that", and a fall "last year – from A to B" by what fell', () => {
    const [change, now] = figuresOf('Data provided by police forces show that arrests of children aged 17 and under were reduced by 13 per cent last year – from 72,475 in 2019 to 63,272 in 2020.');
    // (The age band keeps its "and under".)
    expect(change).toMatchObject({ value: '13 per cent', measure: 'arrests of children aged 17 and under' });
    expect(now).toMatchObject({ value: '63,272', measure: 'arrests of children aged 17 and under', previous: { value: '72,475' } });
  });

  it('names a sum a body decided to raise something by as the increase in that thing', () => {
    expect(figuresOf('The commissioner has decided to increase the policing precept by £1.25 per month for an average Band D property.')[0]?.measure).toBe('increase in policing precept');
  });

  it('names a long subject by its head, up to the participle that describes it', () => {
    expect(figuresOf('Applications for civil representation supported by evidence of domestic violence or child abuse decreased by 5%.')[0]?.measure).toBe('Applications for civil representation');
  });

  it('names a change by what changed, not by what caused it ("increasing by 17% due to higher fees")', () => {
    const [, spend] = figuresOf('At the police station, the volume of work increased by 4% with expenditure increasing by 17% due to higher fees for advice.');
    expect(spend).toMatchObject({ value: '17%', measure: 'expenditure' });
  });

  it('takes no table, chart or annex a report points to, nor the day of a date without its year, for a figure', () => {
    expect(figuresOf('Arrests rose by 4% (see Chart 1 and Table 2, and Annex 3).').map((f) => f.value)).toEqual(['4%']);
    expect(figuresOf('National figures are due for release on July 19, with ours out today.')).toEqual([]);
    expect(figuresOf('In March 19 people were arrested.').map((f) => f.value)).toEqual(['19']);
  });

  it('does not name a measure by what a number led to, a phone service number, or "is equivalent"', () => {
    expect(figuresOf('Norfolk has an average time to answer 999 calls of 8.53 seconds putting it fifth in the tables.')[0]?.measure).toBe('average time to answer 999 calls');
    expect(figuresOf('The value of this additional funding is equivalent to £5.71 for every pound.')[0]?.measure).toBe('value of this additional funding');
    expect(figuresOf('Last year the protocol thwarted £3.5 million of fraud.')[0]?.measure).toBe('of fraud');
    expect(figuresOf('The force made a successful bid to the Safer Streets Fund to the value of £1,014,500.')[0]?.measure).toBe('a successful bid to the Safer Streets Fund');
    expect(figuresOf('There are 40 elected Police and Crime Commissioners in England.')[0]?.measure).toBe('elected Police and Crime Commissioners');
  });

  it('never names a measure with fillers and function words alone: such a figure has none', () => {
    expect(realMeasure('teams – Vulnerability Support Hubs of which there')).toBe('teams – Vulnerability Support Hubs');
    expect(realMeasure('rose')).toBe('');
    expect(realMeasure('reduced')).toBe('');
    const figures = figuresOf('There have been a total of 534. In all, 65 have been up respectively.');
    expect(figures.map((f) => f.measure)).toEqual([NO_MEASURE, NO_MEASURE]);
  });
});

describe('a count of a unit of measure', () => {
  it('is named by what it is of, and by no other clause', () => {
    expect(figuresOf('The force seized more than 285kg of drugs and safeguarded 198 adults.')[0]).toMatchObject({ value: '285kg', measure: 'of drugs' });
    const figures = figuresOf('Officers made 172 arrests and recovered more than 40kg of cannabis.');
    expect(figures.map((f) => [f.value, f.measure])).toEqual([['172', 'arrests'], ['40kg', 'of cannabis']]);
  });
});

describe("a report's key statistics", () => {
  it('names a figure set over its description by what the description counts', () => {
    expect(figuresOf('25,566 The number of cases considered during the year.')[0]).toMatchObject({ value: '25,566', measure: 'cases considered' });
    expect(figuresOf('18% The percentage of cases where release was granted.')[0]).toMatchObject({ value: '18%', measure: 'cases' });
  });

  it('makes the value a next sentence compares the figure with its previous value, with the change it states', () => {
    const figures = figuresOf('There were 25,566 cases considered in 2010/11. This compared with 24,204 in 2009/10, up by 6%.');
    expect(figures.map((f) => f.value)).toEqual(['25,566']);
    expect(figures[0]).toMatchObject({ change: '+6%', previous: { value: '24,204', label: '2009/10' } });
  });

  it('makes the value a next sentence gives for an earlier period the previous value ("This number was 4 in …")', () => {
    const counts = figuresOf('There were 10 incidents in the year ending 31 March 2023. This number was 4 in the year ending 31 March 2022.');
    expect(counts.map((f) => f.value)).toEqual(['10']);
    expect(counts[0]).toMatchObject({ previous: { value: '4', label: 'year ending 31 March 2022' } });
    const [share] = figuresOf('In 2021-22, 81% of incidents had a female victim. This increased slightly from 80% in 2020-21.');
    expect(share).toMatchObject({ value: '81%', previous: { value: '80%', label: '2020-21' } });
    // (A later period, or a change said after the number, is not a previous value.)
    expect(figuresOf('There were 10 incidents in 2021. This number was 14 in 2022.').map((f) => f.value)).toEqual(['10', '14']);
  });

  it('takes the value in brackets after a stated change\'s baseline for the value it changed from', () => {
    const figures = figuresOf('In the year ending 31 March 2024, there were 6,922 referrals. This is an increase of 1.5% compared to the previous year (6,817), the third highest number.');
    expect(figures.map((f) => f.value)).toEqual(['6,922']);
    expect(figures[0]).toMatchObject({ change: '+1.5%', previous: { value: '6,817', label: 'the previous year' } });
  });

  it('gives the value a rise ends at no period of the value it rose from', () => {
    const [fig] = figuresOf('Lifer oral hearings rose from 1,170 in 2009/10 to 1,607 this year.');
    expect(fig).toMatchObject({ value: '1,607', previous: { value: '1,170', label: '2009/10' } });
    expect(fig!.period?.label).not.toBe('2009/10');
  });

  it('gives a change no period of the value it changed from, whether that value is in figures or words', () => {
    for (const from of ['nine per cent', '9 per cent']) {
      const rise = figuresOf(`The share of people targeted has risen by 78 per cent from ${from} in 2013 to 16 per cent in 2017.`, '2017-09-01').find((f) => f.value === '78 per cent');
      expect(rise).toBeDefined();
      expect(rise!.period?.label).not.toBe('2013');
    }
  });
});

describe('a change over a span of two periods', () => {
  it('is of the span\'s end and against its start, with the values given at each end', () => {
    const figs = figuresOf('The caseload decreased by 2.4% between 31 March 2024 (5,886) and 31 March 2025 (5,743).', '2025-06-01');
    const reached = figs.find((f) => f.value === '5,743');
    expect(reached).toMatchObject({ measure: 'caseload', change: '-2.4%', period: { label: '31 March 2025' }, previous: { value: '5,886', period: { label: '31 March 2024' } } });
    // The change and the value it ran from are said of the figure reached, not figures of their own.
    expect(figs.map((f) => f.value)).toEqual(['5,743']);
  });

  it('takes the values after the span, in either form, as the ends', () => {
    const both = figuresOf('Referrals grew by 28 per cent between 2022-23 and 2023-24, from 2,600 to 3,400.').find((f) => f.value === '3,400');
    expect(both).toMatchObject({ measure: 'Referrals', change: '+28 per cent', period: { label: '2023-24' }, previous: { value: '2,600', period: { label: '2022-23' } } });
    const reached = figuresOf('Cases fell by 17 per cent between 2022-23 and 2023-24 to 1,300.').find((f) => f.value === '1,300');
    expect(reached).toMatchObject({ change: '-17 per cent', period: { label: '2023-24' }, previous: { value: '', period: { label: '2022-23' } } });
  });

  it('gives a figure reached the period it was reached in, not the one the rise ran from', () => {
    expect(figuresOf('Recorded shoplifting rose each year from 2019, reaching 8,412 offences in 2023.')[0]).toMatchObject({ value: '8,412', period: { label: '2023' } });
    // ("From 2019 the unit made 300 arrests in total": a start with no period after it is the figure's own.)
    expect(figuresOf('From 2019 the unit made 300 arrests in total.')[0]).toMatchObject({ value: '300', period: { label: '2019' } });
  });

  it('reads a sentence pointing back to the figure before as speaking of what that figure counts', () => {
    const figs = figuresOf('There were 537,000 stop and searches in the year ending March 2023. This is a decrease of 179,888 (25%) compared with the previous year.');
    expect(figs.find((f) => f.value === '537,000')).toMatchObject({ change: '-25%' });
    expect(figs.find((f) => f.value === '179,888')!.measure).toBe('decrease in stop and searches');
    expect(figuresOf('In 2019 the helpline supported 1,681 people. In 2020 this rose to a staggering 3,146.').find((f) => f.value === '3,146')!.measure).toBe('people');
  });

  it('tells the change a sentence states after a pair of values, not one worked out from them', () => {
    expect(figuresOf('There were 4,500 arrests in 2023/24 compared to 4,000 in 2022/23, an increase of 13%.')[0]).toMatchObject({ change: '+13%', previous: { value: '4,000', change: '+13%' } });
  });

  it('reads a value set "against" another of an earlier period as its previous value', () => {
    expect(figuresOf('There were 300 arrests in 2023 against 250 in 2022.')[0]).toMatchObject({ value: '300', previous: { value: '250', period: { label: '2022' } } });
  });

  it('gives a change stated alone the later period, not the one it ran from', () => {
    for (const joined of ['between 2019/20 and 2020/21', 'from 2019/20 to 2020/21']) {
      const rise = figuresOf(`Knife crime increased by 14% ${joined}.`).find((f) => f.value === '14%');
      expect(rise).toMatchObject({ period: { label: '2020/21' }, previous: { period: { label: '2019/20' } } });
    }
  });
});

describe('a value said in brackets to be where a number came from', () => {
  it('is that number\'s previous value, of its own period', () => {
    for (const [said, value, from, period] of [
      ['We opened 2,269 new cases (up from 1,664 in 2016-17).', '2,269', '1,664', '2016-17'],
      ['Suspects reported numbered 245 in 2014 (down from 318 in 2013).', '245', '318', '2013'],
      ['The number of arrests increased to 4,500 in 2023/24 (from 4,000 in 2022/23).', '4,500', '4,000', '2022/23'],
    ]) {
      const figs = figuresOf(said!);
      expect(figs.find((f) => f.value === value)).toMatchObject({ previous: { value: from, period: { label: period } } });
      expect(figs.some((f) => f.value === from)).toBe(false);
    }
  });
});

describe('a change and the value it reached or ran from', () => {
  it('gives the value reached the change, when the time it ran over stands between', () => {
    const crime = figuresOf('Recorded crime fell by 8% in the year ending March 2024 to 6.7 million offences.').find((f) => f.value === '6.7 million');
    expect(crime).toMatchObject({ measure: 'Recorded crime offences', change: '-8%' });
    const knives = figuresOf('Knife crime rose 5% year on year to 50,500 offences.');
    expect(knives.find((f) => f.value === '50,500')).toMatchObject({ measure: 'Knife crime offences', change: '+5%' });
    // "Year on year" says how the change was measured, not what changed.
    expect(knives.find((f) => f.value === '5%')!.measure).toBe('Knife crime');
  });

  it('takes the value in brackets after a baseline as the baseline\'s value', () => {
    const figs = figuresOf('There were 4,500 arrests in 2023/24. This is a 12% increase on 2022/23 (4,000).');
    expect(figs.find((f) => f.value === '4,500')).toMatchObject({ change: '+12%', previous: { value: '4,000', period: { label: '2022/23' } } });
    expect(figs.some((f) => f.value === '4,000')).toBe(false);
  });

  it('reads a change in the same unit against a baseline as the change of the number before', () => {
    expect(figuresOf('There were 4,500 arrests in 2023/24, up 500 on the previous year.')).toEqual([
      expect.objectContaining({ value: '4,500', change: '+500', previous: expect.objectContaining({ label: 'the previous year' }) }),
    ]);
    expect(figuresOf('The average wait was 178 days, up 12 days on the previous year.')[0]).toMatchObject({ value: '178 days', change: '+12 days' });
    // "Up to" bounds a sum; it is no change.
    expect(figuresOf('Funding rose to £5 million, up to £2 million of which is for victims.').find((f) => f.value === '£5 million')!.change).toBeUndefined();
  });

  it('reads a share in brackets after a change in number as the same change, keeping the number', () => {
    const figs = figuresOf('There were 4,500 arrests in 2023/24, a rise of 500 (12%) on 2022/23.');
    expect(figs.find((f) => f.value === '4,500')).toMatchObject({ change: '+12%', previous: { period: { label: '2022/23' } } });
    expect(figs.map((f) => f.value)).toEqual(['4,500', '500']);
  });
});

describe('what a figure measures', () => {
  it('names a share of calls to a phone service by its number', () => {
    expect(figuresOf('The force answered 92% of 999 calls within 10 seconds in March 2024.').find((f) => f.value === '92%')!.measure).toBe('of 999 calls within 10 seconds');
  });

  it('keeps the time a share was counted within, gives a further share what the one before was of, and takes no bound of that time', () => {
    const figs = figuresOf('The release noted that 81% of 999 calls were answered within 10 seconds and a further 17.2% between 10 and 60 seconds.');
    expect(figs.map((f) => [f.value, f.measure])).toEqual([
      ['81%', 'of 999 calls answered within 10 seconds'],
      ['17.2%', 'of 999 calls between 10 and 60 seconds'],
    ]);
    expect(figuresOf('Some 40% of victims reported the crime and a further 12% told a friend.').find((f) => f.value === '12%')!.measure).toBe('of victims told');
  });

  it('names the second of two groups a share is split into as the first was named, never by both', () => {
    const figs = figuresOf('73% (3,142) of potential victims were male and 27% (1,167) were female.');
    expect(figs.find((f) => f.value === '27%')!.measure).toBe('of potential victims female');
    expect(figuresOf('Of the 57 victims, 44 were male and 13 were female.').find((f) => f.value === '13')!.measure).not.toMatch(/\bmale\b/);
    // A kind named by its adjective alone still borrows the noun of the item before.
    expect(figuresOf('There were 65 major disruptions; 181 moderate.').find((f) => f.value === '181')!.measure).toBe('moderate disruptions');
  });

  it('reads two changes set against each other as two figures, each in what the sentence before said changed', () => {
    const figs = figuresOf('The number of knife offences dealt with by the courts has decreased since 2022. This represents a 2% decrease compared to 2022 but an increase of 17% over the last decade.');
    expect(figs.map((f) => [f.value, f.measure])).toEqual([
      ['2%', 'decrease in knife offences dealt with by the courts'],
      ['17%', 'increase in knife offences dealt with by the courts'],
    ]);
    // Neither is the other's change.
    expect(figs[0]!.change).toBeUndefined();
  });

  it('leaves out the verb of a change to come', () => {
    for (const verb of ['will rise', 'is expected to rise']) {
      expect(figuresOf(`Spending on policing ${verb} to £19.5 billion in 2024-25.`)[0]!.measure).toBe('Spending on policing');
    }
  });
});

describe('a target', () => {
  it('is not a value the sentence sets against a target', () => {
    const figs = figuresOf('The force answered 81% of calls in 2023 against a target of 90%.');
    expect(figs.find((f) => f.value === '81%')!.kind).toBe('actual');
    expect(figs.find((f) => f.value === '90%')!.kind).toBe('target');
    expect(figuresOf('Officer numbers reached 480, short of the 500 target.').find((f) => f.value === '480')!.kind).toBe('actual');
  });

  it('set against a value is for what that value measures', () => {
    expect(figuresOf('The force answered 81% of calls in 2023 against a target of 90%.').find((f) => f.value === '90%')).toMatchObject({ measure: 'of calls', kind: 'target' });
    expect(figuresOf('Officer numbers reached 480, short of the 500 target.').find((f) => f.value === '500')).toMatchObject({ measure: 'Officer numbers', kind: 'target' });
  });
});

describe('the place a figure is for', () => {
  it('is not the benchmark named after it', () => {
    const seven = figuresOf('The conversion of reports to charges has increased from 4% to 7% and is above the England and Wales average (6%).').find((x) => x.value === '7%');
    expect(seven).toBeDefined();
    expect(seven!.geography).not.toBe('England and Wales');
  });

  it('is the place named right after it when nothing compares', () => {
    const [f] = figuresOf('The youth reoffending rate was 32.2% for England and Wales.');
    expect(f?.geography).toBe('England and Wales');
  });

  it('claims no place a figure is only ranked in', () => {
    expect(figuresOf('Riverside answers 999 calls in 8.53 seconds, putting it fifth in the tables nationally.')[0]?.geography).toBeUndefined();
  });
});

describe('stated changes', () => {
  it('works out the change between two shares in points, one of them "point"', () => {
    const [one] = figuresOf('Children represent 7% of all arrests in GMP, compared to 8% the previous year.');
    expect(one!.previous).toMatchObject({ value: '8%', change: '-1 point' });
    const [two] = figuresOf('Children represent 6% of all arrests in GMP, compared to 8% the previous year.');
    expect(two!.previous).toMatchObject({ value: '8%', change: '-2 points' });
  });

  it('takes the number a count is compared to, stated with the same measure, for its previous value', () => {
    const [bombs, next] = figuresOf('There were 15 bombing incidents compared to 18 in the previous year.');
    expect(bombs).toMatchObject({ value: '15', measure: 'bombing incidents', previous: { value: '18', label: 'the previous year' } });
    expect(next).toBeUndefined();
    // Two things counted side by side stay two figures.
    expect(figuresOf('There were 120 arrests, compared with 40 charges.').map((f) => [f.value, f.previous?.value])).toEqual([['120', undefined], ['40', undefined]]);
  });

  it('reads "A, C more than the B in P" as A changed by C from B, which is of P', () => {
    const [incidents, ...rest] = figuresOf('There were 57 homicide incidents recorded in 2023-24, 12% (or six incidents) more than the 51 recorded in 2022-23.');
    expect(incidents).toMatchObject({ value: '57', period: { label: '2023-24' }, previous: { value: '51', label: '2022-23', change: '+12%' } });
    expect(rest).toEqual([]);
    const [arrests] = figuresOf('There were 40 arrests in 2022/23, 12 fewer than the 52 in 2021/22.');
    expect(arrests).toMatchObject({ value: '40', previous: { value: '52', label: '2021/22', change: '-23.1%' } });
  });

  it('reads "rose by C from A to B" as B changed from A; C, the size of the change, changed from nothing', () => {
    const [change, total, ...rest] = figuresOf('Over the last year assaults against council staff have risen by 4,399 from 13,206 to 17,605.');
    expect(change).toMatchObject({ value: '4,399', measure: 'assaults against council staff' });
    expect(change!.previous).toBeUndefined();
    expect(total).toMatchObject({ value: '17,605', previous: { value: '13,206', change: '+33.3%' } });
    expect(rest).toEqual([]);
    const [fall] = figuresOf('Burglaries fell by around 300 from 5,700 to 5,400 in 2022.');
    expect(fall!.previous).toBeUndefined();
  });

  it('reads "X rose by C to B" as B of X, whether B names nothing or only how X was counted', () => {
    const [change, total] = figuresOf('Robbery rose by 300 to 2,100 offences in 2022.');
    expect(change).toMatchObject({ value: '300', measure: 'Robbery' });
    expect(total).toMatchObject({ value: '2,100', measure: 'Robbery offences' });
    expect(figuresOf('Burglaries fell by 300 to 5,400 in 2022.')[1]).toMatchObject({ value: '5,400', measure: 'Burglaries' });
    // A noun of its own after B is what B counts.
    expect(figuresOf('Volunteers rose by 30 to 412 people.')[1]).toMatchObject({ value: '412', measure: 'people' });
  });

  it('reads "rose by N% (A to B)" as B changed from A, measured by what rose', () => {
    const [change, total, ...rest] = figuresOf('Recorded robbery has increased by 6% (1,200 to 1,272 offences).');
    expect(change).toMatchObject({ value: '6%', measure: 'Recorded robbery' });
    expect(total).toMatchObject({ value: '1,272', measure: 'Recorded robbery', previous: { value: '1,200', change: '+6%' } });
    expect(rest).toEqual([]);
    // Two values in a bracket with no change before it are not read as before and after.
    expect(figuresOf('The groups (120 to 140 people each) met.').map((f) => f.previous)).toEqual([undefined, undefined]);
  });

  it('names a measure opened by a phone service\'s number ("999 calls answered")', () => {
    const [wait] = figuresOf('Response times improved, with 999 calls now being answered on average in just six seconds, compared to 13 seconds the year before.');
    expect(wait).toMatchObject({ value: 'six seconds', previous: { value: '13 seconds' } });
    expect(wait!.measure).toMatch(/^999 calls .*answered/);
  });

  it('reads a change said to have happened as actual, though the sentence names an aim elsewhere', () => {
    const figures = figuresOf('The dashboard, which aims to give the public insight, confirmed that firearms discharges decreased by 50% in 2023, with knife crime dropping by 13%.');
    expect(figures.map((f) => [f.value, f.measure, f.kind])).toEqual([
      ['50%', 'firearms discharges', 'actual'],
      ['13%', 'knife crime', 'actual'],
    ]);
    expect(figuresOf('Our aim is to reduce burglary by 10% by March 2025.')[0]!.kind).toBe('target');
  });

  it('tells a count naming a known set the sentence speaks of from one it reports', () => {
    const [forces] = figuresOf('This release gives statistics for the 43 police forces in England and Wales.');
    expect(namesKnownSet(forces!)).toBe(true);
    const [released, pickedUp] = figuresOf('In 2023/24, 1163 people were released with a referral, of these 711 were picked up by services.');
    expect([namesKnownSet(released!), namesKnownSet(pickedUp!)]).toEqual([false, false]);
    // "Of the 526 deaths" restates a total, which may be the one asked.
    expect(namesKnownSet(figuresOf('Of the 526 drug-related deaths in 2013, just 46 involved one drug.')[0]!)).toBe(false);
  });

  it('measures the numbers sharing a bracket of numbers by the words before it', () => {
    const figures = figuresOf('Diversionary referrals (45.6%; 582) were the largest group in 2020/21, followed by Court Ordered (22.8%; 291).');
    expect(figures.map((f) => [f.value, f.measure])).toEqual([
      ['45.6%', 'Diversionary referrals'],
      ['582', 'Diversionary referrals'],
      ['22.8%', 'Court Ordered'],
      ['291', 'Court Ordered'],
    ]);
  });

  it('names a change seen "for" something by that something, not by the seeing', () => {
    const [rate] = figuresOf('Improvements are evident for adult burglary offences with suspects charged rising from 2.5% to 4.5%.');
    expect(rate).toMatchObject({ value: '4.5%', previous: { value: '2.5%' } });
    expect(rate!.measure).not.toMatch(/evident|improvements/i);
    expect(rate!.measure).toMatch(/adult burglary offences with suspects charged$/);
  });

  it('names a change "in the number of" something by that count', () => {
    expect(figuresOf('There was a 12 per cent fall in the number of cautions given.')[0]!.measure).toBe('fall in the number of cautions');
  });

  it('reads "X rose by N% to V" as V of X, changed by N%', () => {
    const [, sum] = figuresOf('Losses rose by 9% to £1.8 billion.');
    expect(sum).toMatchObject({ value: '£1.8 billion', measure: 'Losses', change: '+9%' });
  });

  it('reads "This was an N% fall from A in P" as the change of the figure before, from A in P', () => {
    const figures = figuresOf('There were 280 orders imposed in 2023-24. This was an eight per cent fall from 300 in 2022-23.');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ value: '280', change: '-eight per cent', previous: { value: '300', label: '2022-23' } });
    // A change "on" a period says what it is against, and that period is not the figure's own.
    const [arrests] = figuresOf('Arrests rose to 1,200, a 12% increase on 2022.');
    expect(arrests).toMatchObject({ value: '1,200', change: '+12%', previous: { label: '2022' } });
    expect(arrests!.period).toBeUndefined();
  });

  it('drops a dash left at the end of a measure by a dashed aside', () => {
    expect(figuresOf('Overall crime - total offences - has increased by 4%.')[0]!.measure).toBe('crime - total offences');
  });

  it('names "the number of X in P was N" by X', () => {
    expect(figuresOf('The number of youth justice referrals in 2021/22 was 1,276.')[0]).toMatchObject({ value: '1,276', measure: 'youth justice referrals', period: { label: '2021/22' } });
    expect(figuresOf('The total budget for 2016-17 is £258,917,719.')[0]).toMatchObject({ measure: 'total budget', period: { label: '2016-17' } });
  });

  it('names a sum set "for" a period "as" by what was set', () => {
    expect(figuresOf('The commissioner has set the police budget for 2020-21 as £310,500,000.')[0]).toMatchObject({ value: '£310,500,000', measure: 'police budget', period: { label: '2020-21' } });
  });

  it('reads a sum through a space left after a thousands comma, and prints it whole', () => {
    expect(figuresOf('The budget is £262,789, 079 this year.')[0]).toMatchObject({ value: '£262,789,079', number: 262_789_079 });
    // A sum followed by a count after a comma stays two figures.
    expect(figuresOf('It cost £1.2m, 300 staff were hired.').map((f) => f.value)).toEqual(['£1.2m', '300']);
  });

  it('gives each value of a header row run into its values its column\'s label and the heading', () => {
    const passage: Passage = { id: 'd#1', docId: 'd', section: ['Charges by tier'], text: 'Tier 1 Tier 2 Tier 3 £10.50 £12.00 £15.25', start: 0, end: 41, locations: [], periods: [] };
    expect(extractFigures(passage).map((f) => [f.value, f.measure])).toEqual([
      ['£10.50', 'Tier 1 charges by tier'],
      ['£12.00', 'Tier 2 charges by tier'],
      ['£15.25', 'Tier 3 charges by tier'],
    ]);
    // Labels fewer than the values, or words between the values, are no table row.
    expect(figuresOf('Tier 1 Tier 2 £10.50 £12.00 £15.25').map((f) => f.measure)).not.toContain('Tier 3');
    expect(figuresOf('Band A Band B rose to £10 and then £12').map((f) => f.measure)).not.toContain('Band A');
  });

  it('gives each value of a table read into one line, one-word column names over rows that open with a year, its column and its row\'s year', () => {
    const figures = figuresOf('Year Granted Refused Revoked 2022 144,787 1,367 1,260 2023 145,684 1,580 2,213');
    expect(figures.map((f) => [f.value, f.measure, f.period?.label])).toEqual([
      ['144,787', 'Granted', '2022'],
      ['1,367', 'Refused', '2022'],
      ['1,260', 'Revoked', '2022'],
      ['145,684', 'Granted', '2023'],
      ['1,580', 'Refused', '2023'],
      ['2,213', 'Revoked', '2023'],
    ]);
    // A row short of a value is no such table.
    expect(figuresOf('Year Granted Refused Revoked 2022 144,787 1,367 2023 145,684 1,580 2,213').map((f) => f.measure)).not.toContain('Revoked');
    // Nor is a sentence that names things before its numbers.
    expect(figuresOf('Police Recorded Crime Rose 2022 to 1,367').map((f) => f.measure)).not.toContain('Rose');
  });

  it('reads a share past a thousand per cent with its comma ("a 1,024% increase")', () => {
    const [share] = mentions('708 reported in 2022 (1,024% increase on 2021)').filter((m) => m.unit === 'percent');
    expect(share).toMatchObject({ value: '1,024%', number: 1024 });
  });

  it('names a count followed only by what was done with them ("708 reported") by the things named before it', () => {
    expect(figuresOf('A huge increase in potential victims in the care sector – 708 reported in 2022.')[0]).toMatchObject({ value: '708', measure: 'potential victims in the care sector reported' });
    expect(figuresOf('There were 500 cases recorded.')[0]?.measure).toBe('cases recorded');
    // In a list the words before an item are the item before's.
    expect(figuresOf('Of these, 58 are managed by teams, 72 are in custody and 15 allocated.').at(-1)?.measure).not.toMatch(/custody/);
  });

  it('leaves a span back from now ("in the past 12 months") out of the measure, never cutting it to "months"', () => {
    const figures = figuresOf('The percentage of staff who said they had experienced violence from colleagues at least once in the past 12 months decreased from 2.5% to 1.8%.');
    expect(figures[0]?.measure).toMatch(/violence from colleagues$/);
  });

  it('names a count of "cases" or "incidents", and a span of time, by what they are of', () => {
    expect(figuresOf('114 cases of domestic servitude, where people are forced to work.')[0]?.measure).toBe('cases of domestic servitude');
    expect(figuresOf('There were 2,300 incidents of anti-social behaviour in May.')[0]?.measure).toBe('incidents of anti-social behaviour');
    expect(figuresOf('We received 45 reports of them.')[0]?.measure).toBe('reports');
    expect(figuresOf('Passengers faced nearly 12,000 minutes of delayed trains.')[0]?.measure).toMatch(/delayed trains$/);
  });

  it('reads "B, compared to the pre-COVID level of A" as B with A the level it is compared with', () => {
    const figures = figuresOf('The average time between pleading diet and trial is 49 weeks for High Court, compared to the pre-COVID level of 22 weeks.');
    expect(figures.map((f) => f.value)).toEqual(['49 weeks']);
    expect(figures[0]?.previous).toMatchObject({ value: '22 weeks', label: 'pre-COVID level' });
    // The sentence states no change against the level, so none is worked out.
    expect(figures[0]?.previous?.change).toBeUndefined();
  });

  it('reads "A … – an increase of C per cent from P (up from B)" as A with B in P before it, the change told as written, the period a bracket gives "last year", and a footnote\'s asterisk out of the measure', () => {
    const figures = figuresOf('A total of 470 physical assaults* on ambulance staff were recorded last year (2010/11) – an increase of 36 per cent from 2009/10 (up from 346).');
    expect(figures.map((f) => f.value)).toEqual(['470']);
    expect(figures[0]).toMatchObject({ measure: 'physical assaults', period: { label: '2010/11' }, change: '+36 per cent', previous: { value: '346', label: '2009/10' } });
  });

  it('names a share "resting at" a level by what the sentence measures, not by the verb', () => {
    const [share] = figuresOf('The proportion of respondents who said they had experienced it wavered between 2015 and 2022, resting at 14.7% in 2022.');
    expect(share).toMatchObject({ value: '14.7%', measure: 'proportion of respondents' });
  });

  it('names "some form of" a thing by the thing, past the measure\'s usual length', () => {
    expect(figuresOf('The survey indicates that over 75,000 older people are experiencing some form of financial abuse here.')[0]?.measure).toBe('older people experiencing some form of financial abuse');
  });

  it('places a figure in the nation, region or capital its sentence names, keeping "England and Wales" and "North Wales" whole', () => {
    expect(figuresOf('There were 2,755 incidents of trespassing recorded across the East Midlands in 2023-24.')[0]?.geography).toBe('East Midlands');
    expect(figuresOf('In Scotland, 8,169 custodial sentences were imposed in 2021-22.')[0]?.geography).toBe('Scotland');
    expect(figuresOf('North Wales Police recorded 1,200 burglaries in 2023.')[0]?.geography).toBe('North Wales');
    expect(figuresOf('Across England and Wales, 62,766 cases were outstanding.')[0]?.geography).toBe('England and Wales');
    expect(figuresOf('In the UK, 7,300 calls were made to the helpline.')[0]?.geography).toBe('UK');
  });

  it('takes no section number before its heading for a figure', () => {
    expect(figuresOf('2.1 Licences revoked, granted, and refused')).toEqual([]);
  });

  it('reads a bracket of values each with its period after a change as the value changed from and the value reached', () => {
    const figures = figuresOf('The number of children in custody decreased by 14.3% (126, 2019/20; 108, 2020/21).');
    expect(figures.map((f) => f.value)).toEqual(['14.3%', '108']);
    expect(figures[1]).toMatchObject({ period: { label: '2020/21' }, previous: { value: '126', label: '2019/20' } });
    expect(figures[1]!.measure).toBe(figures[0]!.measure);
  });

  it('reads a change set off by a dash, its number hedged ("– a reduction of almost 6%"), as the figure before\'s', () => {
    const figures = figuresOf('In 2023 there were 9,470 fewer crimes than in 2022 – a reduction of almost 6%.');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ value: '9,470', change: '-6%' });
  });

  it('reads "A, B (C%) fewer than in P" as A changed by C from P, the share said first', () => {
    const [deaths, ...rest] = figuresOf('There were 526 drug-related deaths in 2013, 55 (9 per cent) fewer than in 2012.');
    expect(deaths).toMatchObject({ value: '526', period: { label: '2013' }, change: '-9 per cent', previous: { label: '2012' } });
    expect(rest).toEqual([]);
  });

  it('reads "and the number of X by N%" after a stated change as a change too', () => {
    const figures = figuresOf('Prosecutions have reduced by 5.9 per cent and the number of convictions by 4.9 per cent, to 30,000 cases.');
    expect(figures.filter(statesChange).map((f) => f.value)).toEqual(['5.9 per cent', '4.9 per cent']);
  });

  it('reads "rose from last year’s A to B" as B, changed from A last year', () => {
    const figures = figuresOf('Attacks on crews during the bonfire period rose from last year’s 9 to 11.');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ value: '11', previous: { value: '9', label: 'last year' } });
    expect(figures[0]!.measure).not.toMatch(/rose|from|last year/);
  });

  it('reads "from A, in P1 to B in P2" as B changed from A, the comma before the period notwithstanding', () => {
    const figures = figuresOf('Attacks have increased from 622, in 2015/16 to 738 in 2016/17.');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ value: '738', period: { label: '2016/17' }, previous: { value: '622', label: '2015/16' } });
  });

  it('reads "increased … between P1 and P2 by N%" as a change, its verb apart from "by"', () => {
    const figures = figuresOf('Convictions for stalking increased again between 2020-21 and 2021-22 by 81% (up from 381 to 689).');
    expect(figures.filter(statesChange).map((f) => f.value)).toContain('81%');
  });

  it('tells which way a stated change went by the change word nearest its number', () => {
    const [robbery] = figuresOf('Burglary fell, but robbery increased by 5% over the year.');
    expect(changeDirection(robbery!)).toBe('+');
    const [prosecutions] = figuresOf('Prosecutions have reduced by 5.9 per cent this year.');
    expect(changeDirection(prosecutions!)).toBe('-');
    expect(changeDirection(figuresOf('The rate was 29.6% in 2022.')[0]!)).toBeUndefined();
    // A hedge on the number ("more than") says nothing of which way it went.
    const [burglaries, theft] = figuresOf('Residential burglaries were down by more than 17% and theft rose by more than 20%.');
    expect([changeDirection(burglaries!), changeDirection(theft!)]).toEqual(['-', '+']);
    // Every form of a verb of change says which way: "dropping by" as "dropped by" does.
    const [firearms, knives] = figuresOf('Firearms discharges decreased by more than 50% in 2023, with knife crime dropping by 13%.');
    expect([changeDirection(firearms!), changeDirection(knives!)]).toEqual(['-', '-']);
    const [fraud] = figuresOf('Fraud offences soared by 24% in the year to March 2023.');
    expect(changeDirection(fraud!)).toBe('+');
  });

  it('flags a stated change its values do not bear out', () => {
    const right = figuresOf('In 2023/24, 1362 CSTRs were ordered, an increase of 32% compared with 2022/23 (n=1032).');
    const wrong = figuresOf('In 2023/24, 1362 CSTRs were ordered, an increase of 12% compared with 2022/23 (n=1032).');
    expect(checkStatedChanges(right)).toEqual([]);
    expect(checkStatedChanges(wrong)).toMatchObject([{ figure: '1362', stated: '+12%', computed: '+32%' }]);
    // A change written in words is checked as one written in figures.
    const inWords = (size: string) => figuresOf(`In 2023/24, 1362 CSTRs were ordered, an increase of ${size} per cent compared with 2022/23 (n=1032).`);
    expect(checkStatedChanges(inWords('thirty-two'))).toEqual([]);
    expect(checkStatedChanges(inWords('twelve'))).toMatchObject([{ figure: '1362', stated: '+twelve per cent', computed: '+32%' }]);
  });

  it('names a change set in brackets by what changed, just before the bracket', () => {
    const figures = figuresOf('Reductions were seen in criminal damage (down 19.9 per cent - 100 fewer offences), robbery (down 14.9 per cent - 89 fewer offences) and violence against the person offences (down 9.9 per cent).');
    expect(figures.filter((f) => f.unit === 'percent').map((f) => [f.value, f.measure])).toEqual([
      ['19.9 per cent', 'criminal damage'],
      ['14.9 per cent', 'robbery'],
      ['9.9 per cent', 'violence against the person offences'],
    ]);
  });

  it('reads a small table of one measure by period, its total over all its rows\' periods', () => {
    const table = figuresOf('Year Number of arrests 2021 40 2022 55 (to 30 June) Total 95');
    expect(table.map((f) => [f.value, f.measure, f.period?.label])).toEqual([
      ['40', 'Number of arrests', '2021'],
      ['55', 'Number of arrests', '2022'],
      ['95', 'Total number of arrests', '2021 to 2022'],
    ]);
    // A sentence that only names a year before its numbers is no table.
    expect(figuresOf('Year on year, 40 arrests were made in 2021 and 55 in 2022.')[0]!.measure).not.toBe('on year');
  });

  it('reads a rate per million, and the value it fell from as a rate of the same thing', () => {
    const [rate] = figuresOf('The rate of crime on the network has fallen to 8.5 crimes per million passengers - down from 9.3 during the same period last year.');
    expect(rate).toMatchObject({ value: '8.5', unit: 'rate-per-1000', previous: { value: '9.3', label: 'the same period last year' } });
  });

  it('reads a change set off by a comma as "up" or "down" as the change of the figure before, against what follows', () => {
    const [theft, share] = figuresOf('Theft was 3,000 in 2023/24, down 3% on 2022/23.');
    expect(theft).toMatchObject({ value: '3,000', change: '-3%', previous: { label: '2022/23' } });
    expect(share).toBeUndefined();
    const [calls] = figuresOf('There were 5,000 calls in 2023, up by twelve per cent on the previous year*.');
    expect(calls).toMatchObject({ value: '5,000', change: '+twelve per cent', previous: { label: 'the previous year' } });
    // "up to": a bound, not a change.
    expect(figuresOf('Offences rose to 400, up to 40% of them online.').map((f) => f.change)).toEqual([undefined, undefined]);
  });
});

describe('what a measure counts', () => {
  it('is the last word of a name in capitals, not the words qualifying it; a plain phrase counts what it names', () => {
    expect(countsNoun('GMP Victim Service Coordinators', termOf('victims')!)).toBe(false);
    expect(countsNoun('GMP Victim Service Coordinators', termOf('coordinators')!)).toBe(true);
    expect(countsNoun('victims who took part in mediation', termOf('victims')!)).toBe(true);
  });
});

describe('the clause a figure stands in', () => {
  const clause = (text: string, value: string) => {
    const figure = figuresOf(text).find((f) => f.value === value)!;
    return [...figureWords(figure, () => []).clause];
  };

  it('gives each of two numbers joined by "and" the words that describe it, and both the subject', () => {
    const text = 'Overall, an estimated 9.5% of people aged 16 to 59 years and 17.6% of people aged 16 to 24 years reported any drug use.';
    expect(clause(text, '9.5%')).toContain('59');
    expect(clause(text, '9.5%')).not.toContain('24');
    expect(clause(text, '17.6%')).toContain('24');
    expect(clause(text, '17.6%')).not.toContain('59');
  });

  it('gives a later half what the earlier one says of whom it counts, unless it says so itself', () => {
    const text = 'An estimated 1,544,000 children aged 10 to 15 years (34.9%) experienced in-person bullying and 847,000 children (19.1%) experienced online bullying.';
    expect(clause(text, '19.1%')).toEqual(expect.arrayContaining(['10', '15', 'onlin']));
    expect(clause(text, '34.9%')).not.toContain('onlin');
  });

  it('gives every number of a sentence what it opens with, before its first number', () => {
    const text = "The 10- to 15-year-olds' survey showed that 92.6% of children went online daily, with 58.1% spending three or more hours a day online.";
    expect(mentions(text).map((m) => m.value)).toEqual(['92.6%', '58.1%']);
    expect(clause(text, '58.1%')).toEqual(expect.arrayContaining(['10', '15', 'survei', 'hour']));
    // Only from the first number's own clause: "… in real terms, increasing by £161 million" opens no subject.
    const money = 'The grant will remain flat in real terms, increasing by £161 million, while PCCs will raise an additional £509 million.';
    expect(clause(money, '£509 million')).not.toContain('grant');
  });

  it('gives two numbers that name only their nouns before "and" what follows the second', () => {
    const text = 'GM is home to over 1.4 million women and girls, with over 1,180 women and 100 girls in custody or on probation.';
    expect(clause(text, '1,180')).toEqual(expect.arrayContaining(['custodi', 'probat']));
    // A compound noun joined by "and" is no second number's clause: "stop and searches" stays with its share.
    expect(clause('Two thirds (66%) of stop and searches were of males aged between 15 and 34.', '66%')).not.toContain('male');
  });

  it('gives no later clause with a subject of its own what the sentence opens with', () => {
    const text = 'Between 2010-11 and 2019-20, the reconviction rate has fallen by 6.1 percentage points from 30.1% to 24.1%, and the average number of reconvictions per offender has decreased by 27% from 0.55 to 0.40.';
    expect(clause(text, '27%')).toEqual(expect.arrayContaining(['averag', 'offend']));
    expect(clause(text, '27%')).not.toContain('rate');
  });

  it('gives a clause opening "with N%" the clause before it, and measures what the share did', () => {
    const text = 'More than four in five victims of partner abuse (81.0%) told someone about the abuse, with 18.9% telling the police.';
    expect(clause(text, '18.9%')).toEqual(expect.arrayContaining(['victim', 'partner', 'polic']));
    expect(figuresOf(text).find((f) => f.value === '18.9%')?.measure).toBe('telling the police');
  });

  it('keeps a clause after a semicolon to itself, and a share in brackets restating a fraction measured by what that is of', () => {
    const text = 'In almost one-third of households where there was a victim, there was a child living there at the time (32.4%); 71.9% of victims reported the child did not see the abuse.';
    expect(figuresOf(text).find((f) => f.value === '32.4%')?.measure).toBe('of households');
    expect(clause(text, '71.9%')).not.toContain('live');
    expect(clause(text, '32.4%')).toContain('live');
  });

  it('goes on through a clause with no number of its own', () => {
    const text = 'There are 145 offenders with an order, with 58 managed by teams and 15 allocated by a court, but living outside the force area.';
    expect(clause(text, '15')).toContain('outsid');
    expect(clause(text, '58')).not.toContain('outsid');
  });
});

describe('a sentence that leans on the one before', () => {
  it('takes what the sentence before names, when it opens on a pronoun', () => {
    const text = 'Inspectors graded the performance of Riverside Police across eight areas. It found the force was good in two areas.';
    const [eight, two] = figuresOf(text);
    expect(leansBack(two!, text)).toEqual(new Set(['inspector', 'grade', 'perform', 'riversid', 'polic', '8', 'area']));
    expect(leansBack(eight!, text)).toBeUndefined();
    // A sentence that names its own subject leans on nothing.
    expect(leansBack(figuresOf('Crime fell. Burglary fell by 5%.')[0]!, 'Crime fell. Burglary fell by 5%.')).toBeUndefined();
  });

  it('takes what "these" stands for, through a sentence before that leans back in turn', () => {
    const text = 'Applications for civil representation fell by 5%. The volume of these granted fell by 4%. The proportion of these granted is roughly 86%.';
    const share = figuresOf(text).find((f) => f.value === '86%')!;
    expect([...leansBack(share, text)!]).toEqual(expect.arrayContaining(['applic', 'civil', 'represent', 'volum']));
  });
});
