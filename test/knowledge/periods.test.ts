import { describe, expect, it } from 'vitest';
import { spokenPeriods, findPeriods, periodToken } from '../../knowledge/language/periods.js';
import { mentions } from '../../knowledge/figures/mentions.js';

const one = (text: string, ref?: string) => findPeriods(text, ref)[0];

describe('periods', () => {
  it('reads every spelling of a financial year as April to March', () => {
    for (const text of ['2023/24', '2023-24', '23/24', 'year ending March 2024', '2023/2024', '2023/4']) {
      expect(one(`In ${text} there were`), text).toMatchObject({ start: '2023-04-01', end: '2024-03-31', kind: 'financial-year' });
    }
  });

  it('reads a financial year cut to one digit only where that digit is the next year', () => {
    expect(one('In 2001/2 crews attended 657 deliberate fires a week')).toMatchObject({ label: '2001/2', start: '2001-04-01', kind: 'financial-year' });
    expect(findPeriods('version 2009/1 of the guidance')).toEqual([]);
  });

  it('keeps the words as printed in the label', () => {
    expect(one('For the year ending 21/22 (the latest available data)')?.label).toBe('year ending 21/22');
  });

  it('reads quarters of a financial year', () => {
    expect(one('211% higher in quarter 1 of 2024/25')).toMatchObject({ start: '2024-04-01', end: '2024-06-30', kind: 'quarter' });
    expect(one('Q3 2023/24')).toMatchObject({ start: '2023-10-01', end: '2023-12-31' });
  });

  it('reads quarters of a calendar year as statistical releases number them', () => {
    expect(one('the ineffective trial rate in Q4 2022')).toMatchObject({ label: 'Q4 2022', start: '2022-10-01', end: '2022-12-31', kind: 'quarter' });
    expect(one('in the third quarter of 2022')).toMatchObject({ start: '2022-07-01', end: '2022-09-30', kind: 'quarter' });
    expect(one('quarter 1 of 2023 saw')).toMatchObject({ start: '2023-01-01', end: '2023-03-31' });
  });

  it('reads month ranges, dates and "since"', () => {
    expect(one('Feb-July 2022')).toMatchObject({ start: '2022-02-01', end: '2022-07-31', kind: 'range' });
    expect(one('from 1 July 2021 – 17 June 2022')).toMatchObject({ start: '2021-07-01', end: '2022-06-17' });
    expect(one('Since January 2022, 14,153 people', '2024-07-01')).toMatchObject({ start: '2022-01-01', end: '2024-07-01', kind: 'since' });
  });

  it('reads a day written after its month, as web pages date ("March 31, 2018"), and a year to such a day', () => {
    expect(one('due for release on July 19, 2018')).toMatchObject({ start: '2018-07-19', end: '2018-07-19', kind: 'date' });
    expect(one('covering the year to March 31, 2018, crime rose')).toMatchObject({ start: '2017-04-01', end: '2018-03-31', kind: 'financial-year' });
    expect(one('the year ending June 30, 2023')).toMatchObject({ start: '2022-07-01', end: '2023-06-30' });
    // No such day: the year alone is read.
    expect(one('on February 30, 2018')).toMatchObject({ kind: 'calendar-year' });
  });

  it('reads "since its creation in 1997" as since 1997, not the year 1997', () => {
    expect(one('Since its creation in 1997, the commission has referred 850 cases', '2024-11-14')).toMatchObject({ start: '1997-01-01', end: '2024-11-14', kind: 'since' });
    expect(one('since the launch in 2019 of the scheme', '2024-11-14')).toMatchObject({ start: '2019-01-01', kind: 'since' });
  });

  it('reads "since 2010, when …" as 2010 itself, which the clause after speaks of', () => {
    expect(one('the decade since 2010, when 245,763 arrests were recorded')).toMatchObject({ label: '2010', kind: 'calendar-year' });
    expect(one('since March 2019, when the unit opened')).toMatchObject({ start: '2019-03-01', end: '2019-03-31', kind: 'month' });
    expect(one('arrests have fallen since 2010', '2021-08-23')).toMatchObject({ kind: 'since' });
  });

  it('reads a span between two dates, or from one to another, whose first end may leave its year to the second', () => {
    expect(one('received 5,218,350 calls between 1 November 2021 and 30 April 2022')).toMatchObject({ label: 'between 1 November 2021 and 30 April 2022', start: '2021-11-01', end: '2022-04-30', kind: 'range' });
    expect(one('referred from 1 April to 30 June 2024 (quarter 2)')).toMatchObject({ label: '1 April to 30 June 2024', start: '2024-04-01', end: '2024-06-30' });
    expect(one('licence recalls between January and March 2022')).toMatchObject({ start: '2022-01-01', end: '2022-03-31' });
    expect(one('between November and February 2023')).toMatchObject({ start: '2022-11-01', end: '2023-02-28' });
    // Two years with nothing else are two years, and an age band is no span of time.
    expect(findPeriods('between 2019 and 2023').map((p) => p.kind)).toEqual(['calendar-year', 'calendar-year']);
    expect(findPeriods('children between the ages of 10 and 17 in March 2024').map((p) => p.label)).toEqual(['March 2024']);
  });

  it('reads dates in figures, day first, as British replies write them, and a span between two', () => {
    expect(one('Period 1 (18.01.22 – 22.03.22)')).toMatchObject({ start: '2022-01-18', end: '2022-03-22', kind: 'range' });
    expect(one('Between 01/04/2021 and 31/03/2022, 58 fines were issued')).toMatchObject({ start: '2021-04-01', end: '2022-03-31', kind: 'range' });
    expect(one('as at 31/03/2022 there were 40')).toMatchObject({ start: '2022-03-31', end: '2022-03-31', kind: 'date' });
    // (Not a version number, a fraction, or a day no calendar has.)
    expect(findPeriods('version 1.2.3 of the form; 3/4 of cases; 31/02/2022')).toEqual([]);
  });

  it('reads a period whose last word carries a footnote\'s number run onto it, and takes that number for no figure', () => {
    const text = 'An estimated 2.5 million people bought a fake product in the last 12 months2. This is double the year before.';
    expect(one(text, '2016-06-08')).toMatchObject({ label: 'in the last 12 months', end: '2016-06-08', kind: 'rolling' });
    expect(mentions(text).map((m) => m.value)).toEqual(['2.5 million']);
  });

  it('resolves "the last 12 months" against the document date', () => {
    expect(one('In the last 12 months 350 interventions', '2022-08-04')).toMatchObject({ start: '2021-08-04', end: '2022-08-04', kind: 'rolling' });
    expect(one('In the last 12 months 350 interventions')).toBeUndefined();
  });

  it('reads a year before a comma as the year, and not a number written with a thousands comma', () => {
    expect(one('In 2018, 84% of tests led to a disclosure')).toMatchObject({ kind: 'calendar-year', start: '2018-01-01' });
    expect(findPeriods('2,018 people were seen')).toEqual([]);
  });

  it('takes a period set against another for the baseline, but not one after "violence against women"', () => {
    expect(spokenPeriods('arrests in 2023 measured against 2022').map((p) => p.label)).toEqual(['2023']);
    expect(spokenPeriods('did offending against women drop in 2017-18?').map((p) => p.label)).toEqual(['2017-18']);
    expect(spokenPeriods('hospital violent incidents against staff 2016-17').map((p) => p.label)).toEqual(['2016-17']);
    expect(spokenPeriods('crime was up 5% against the same period of 2019').map((p) => p.label)).toEqual([]);
  });

  it('reads a part of a year named by where in it, or by its season, as that part, and knows a loose name from an exact one', () => {
    expect(one('by late-2023')).toEqual({ label: 'late-2023', start: '2023-09-01', end: '2023-12-31', kind: 'range', loose: true });
    expect(one('in early 2023')).toMatchObject({ label: 'early 2023', start: '2023-01-01', end: '2023-04-30', loose: true });
    expect(one('in the year to mid-2022')).toMatchObject({ start: '2022-05-01', end: '2022-08-31' });
    expect(one('at the end of 2017')).toMatchObject({ label: 'end of 2017', start: '2017-09-01', end: '2017-12-31' });
    expect(one('in spring 2023')).toMatchObject({ label: 'spring 2023', start: '2023-03-01', end: '2023-05-31', loose: true });
    expect(one('in the first half of 2023')).toEqual({ label: 'first half of 2023', start: '2023-01-01', end: '2023-06-30', kind: 'range' });
    expect(one('in the final month of 2022')).toEqual({ label: 'final month of 2022', start: '2022-12-01', end: '2022-12-31', kind: 'month' });
    expect(one('the last quarter of 2023')).toMatchObject({ start: '2023-10-01', end: '2023-12-31', kind: 'quarter' });
    // A financial year keeps its own reading, and a number after a hyphen is no year.
    expect(one('early 2023/24')).toMatchObject({ label: '2023/24', kind: 'financial-year' });
    expect(findPeriods('pay scale 3-2022').map((p) => p.label)).toEqual([]);
  });

  it('does not take money or round-the-clock services for periods', () => {
    expect(findPeriods('the plan runs a 24/7 service costing £2019')).toEqual([]);
  });

  it('reads a plan span as its financial years, never as one financial year', () => {
    expect(findPeriods('For 2022-25, we have commissioned £6 million')).toEqual([
      { label: '2022-25', start: '2022-04-01', end: '2025-03-31', kind: 'multi-year' },
    ]);
    expect(one('the 2018–2022 plan')).toMatchObject({ start: '2018-04-01', end: '2022-03-31', kind: 'multi-year' });
    // Two years apart by one is a financial year; more than ten apart is no plan.
    expect(one('in 2023-24')).toMatchObject({ kind: 'financial-year' });
    expect(findPeriods('between 1990-2019 and 2030')).not.toContainEqual(expect.objectContaining({ kind: 'multi-year' }));
  });

  it('gives one search token per financial or calendar year', () => {
    expect(periodToken(one('2018/19')!)).toBe('fy2018');
    expect(periodToken(one('back in 2019')!)).toBe('y2019');
  });
});
