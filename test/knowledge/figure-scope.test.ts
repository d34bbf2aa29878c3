import { describe, expect, it } from 'vitest';
import { extractFigures, type DocumentScope, type Figure } from '../../knowledge/figures/figures.js';
import { mentions } from '../../knowledge/figures/mentions.js';
import { findPeriods } from '../../knowledge/language/periods.js';
import { reportingPeriod, reportingPlace, statedReportingPeriod } from '../../knowledge/figures/reporting-period.js';
import { readQuestion } from '../../knowledge/search/question.js';
import { TermStats } from '../../knowledge/search/term-stats.js';
import { termOf } from '../../knowledge/language/tokens.js';
import type { Passage } from '../../knowledge/types.js';

function figuresOf(text: string, scope: DocumentScope = {}, section: string[] = []): Figure[] {
  const passage: Passage = { id: 'd#1', docId: 'd', section, text, start: 0, end: text.length, locations: [], periods: findPeriods(text) };
  return extractFigures(passage, scope);
}

describe('the period and place a document reports on', () => {
  it.each([
    ['Crime in England and Wales: year ending March 2024', '2023-04-01', '2024-03-31'],
    ['Police powers and procedures, year ending 31 March 2022', '2021-04-01', '2022-03-31'],
    ['Crime outcomes in England and Wales 2019 to 2020', '2019-04-01', '2020-03-31'],
    ['Proven reoffending statistics: April to June 2023', '2023-04-01', '2023-06-30'],
  ])('reads %j from its title', (title, start, end) => {
    expect(reportingPeriod(title)).toMatchObject({ start, end });
  });

  it('takes no reporting period from a plan span or a publication date', () => {
    expect(reportingPeriod('Police and Crime Plan 2022–25')).toBeUndefined();
    expect(reportingPeriod('Progress report (Panel report, 4 August 2022)')).toBeUndefined();
  });

  it('reads the day a snapshot is counted on, after a colon or "as at", but not a meeting\'s date', () => {
    expect(reportingPeriod('Police workforce, England and Wales: 30 September 2023')?.label).toBe('30 September 2023');
    expect(reportingPeriod('Prison population as at 31 March 2024')?.label).toBe('31 March 2024');
    expect(reportingPeriod('Panel minutes: 25 March 2022')).toBeUndefined();
  });

  it('reads the period compared in a title or an opening that compares two, not its baseline', () => {
    expect(reportingPeriod('Recorded crime, 2022/23 against 2021/22')?.label).toBe('2022/23');
    expect(reportingPeriod('Arrests 2023 compared with 2022')?.label).toBe('2023');
    expect(reportingPeriod('Prison population 2016 and 2016/17')).toBeUndefined();
    expect(reportingPeriod('Fraud report 2020 (figures for 2019)')?.label).toBe('2019');
    expect(statedReportingPeriod('The force published its figures today.\nThe figures compare the year April to March 2022/23 with April to March 2021/22.')?.label).toBe('2022/23');
    expect(statedReportingPeriod('These statistics cover the year ending March 2023.')).toMatchObject({ start: '2022-04-01', end: '2023-03-31' });
    // "The latest statistics, covering …": the period compared with is no period of the figures.
    expect(statedReportingPeriod('The latest statistics, covering the year to March 31, 2018, show that crime increased by 3.6% compared to the same period in 2016/17.')).toMatchObject({ start: '2017-04-01', end: '2018-03-31' });
    expect(statedReportingPeriod('The figure is highlighted in the Annual Report and Accounts for 2023/24, laid today.')?.label).toBe('2023/24');
    // A period the opening mentions for another reason says nothing of the figures.
    expect(statedReportingPeriod('The plan was launched in 2021 after a consultation.')).toBeUndefined();
  });

  it('takes no reporting period from the period a title measures a change from', () => {
    // The figures of "Helpline cases up 35% since 2021-22" are this year's, not 2021-22's.
    expect(reportingPeriod('Helpline cases up 35% since 2021-22: latest report from the charity')).toBeUndefined();
    expect(reportingPeriod('Knife crime down 4% on 2019, force says')).toBeUndefined();
    expect(reportingPeriod('Annual Report for 2023/24 shows a 37% increase since 2019 in new complaints')?.label).toBe('2023/24');
    // With no period in the title, a sentence of the text saying what its figures cover dates them.
    const titled = figuresOf('The helpline handled 3,079 cases, a 3% increase from the previous year.', { period: reportingPeriod('Helpline cases up 35% since 2021-22') ?? statedReportingPeriod('This data covers April 2024 to March 2025.') });
    expect(titled[0]!.period?.label).toBe('April 2024 to March 2025');
  });

  it('dates a passage that goes on from the one before by the period that one last gave', () => {
    const before = findPeriods('12 months to December 2023')[0]!;
    const [reports] = figuresOf('Antisocial behaviour reports have also fallen, with more than 9,000 fewer reports.', { lastPeriod: before });
    expect(reports!.period?.label).toBe('12 months to December 2023');
    const [stolen] = figuresOf('£824.8 million was stolen through card fraud during the same period.', { lastPeriod: findPeriods('in 2019')[0] });
    expect(stolen!.period?.label).toBe('2019');
    // ("During the year" is the year spoken of; "during the year to March 2021" names its own.)
    expect(figuresOf('During the year, the panel held 58 hearings.', { lastPeriod: findPeriods('2019-20')[0] })[0]!.period?.label).toBe('2019-20');
    expect(figuresOf('During the year to March 2021, the panel held 58 hearings.', { lastPeriod: findPeriods('2019-20')[0] })[0]!.period?.label).toBe('year to March 2021');
    // A passage that does not go on from it is not dated by it.
    expect(figuresOf('There were 9,000 fewer reports.', { lastPeriod: before })[0]!.period).toBeUndefined();
  });

  it('reads the one place a title names', () => {
    expect(reportingPlace('Crime in England and Wales: year ending March 2024')).toBe('England and Wales');
    expect(reportingPlace('Annual report of the commissioner')).toBeUndefined();
  });

  it('gives a figure with no period or place of its own those of its document', () => {
    const scope = { period: reportingPeriod('Stop and search, year ending March 2022'), place: 'England and Wales' };
    const [f] = figuresOf('There were 526,024 stop and searches conducted by police.', scope);
    expect(f).toMatchObject({ value: '526,024', measure: 'stop and searches conducted', geography: 'England and Wales' });
    expect(f!.period).toMatchObject({ start: '2021-04-01', end: '2022-03-31' });
  });

  it("gives the document's period, not the one a sentence compares with, to a figure naming none", () => {
    const scope = { period: reportingPeriod('Arrests, year ending March 2022'), place: 'England and Wales' };
    const [f] = figuresOf('There were 663,036 arrests, an increase of 3% on the previous year, but down 2% from the year preceding the pandemic (ending March 2020).', scope);
    expect(f).toMatchObject({ value: '663,036', measure: 'arrests' });
    expect(f!.period).toMatchObject({ start: '2021-04-01', end: '2022-03-31' });
  });

  it("keeps a sentence's own period and place over the document's", () => {
    const scope = { period: reportingPeriod('Annual report, year ending March 2024'), place: 'England and Wales' };
    const [f] = figuresOf('In Greater Manchester 1362 CSTRs were ordered in 2022/23.', scope);
    expect(f!.period?.label).toBe('2022/23');
    expect(f!.geography).toBe('Greater Manchester');
  });

  it('takes a period from the section heading before the title', () => {
    const scope = { period: reportingPeriod('Annual report, year ending March 2024') };
    const [f] = figuresOf('Officers made 412 arrests.', scope, ['Performance in 2022/23']);
    expect(f!.period?.label).toBe('2022/23');
  });
});

describe('periods read as a person reads them', () => {
  it('carries the period a sentence spoke of to the next, not the one it compared with', () => {
    const figures = figuresOf(
      'The rate was 27.5% for the April to June 2023 cohort. This is an increase of 1.7 percentage points from the same quarter in 2022. Juvenile offenders had a rate of 31.6%.',
    );
    expect(figures.find((f) => f.value === '31.6%')!.period?.label).toBe('April to June 2023');
  });

  it('reads a clause set off by a spaced dash as having its own period, but not the dash of a span', () => {
    const [now, then] = figuresOf('The charity secured 116 convictions in 2014 – there were 297 convictions in 2013.');
    expect([now!.period?.label, then!.period?.label]).toEqual(['2014', '2013']);
    expect(figuresOf('From April 2018 – March 2019, there were 500 arrests.')[0]!.period?.label).toBe('April 2018 – March 2019');
  });

  it('reads a period later in the clause as the figure’s own', () => {
    const [f] = figuresOf('56 partnership activities have taken place since April 2019.');
    expect(f!.period?.label).toBe('since April 2019');
  });

  it('names what rose, not the words after the comma that explain why', () => {
    const [f] = figuresOf('computer misuse increased by 37%, mainly because of a rise in unauthorised access');
    expect(f!.measure).toBe('computer misuse');
  });

  it('tells a verb from a noun in the words before a number ("the conversion of reports to charges")', () => {
    const figures = figuresOf('The conversion of reports to charges has increased from 4% to 7%.');
    expect(figures[0]).toMatchObject({ value: '7%', measure: 'conversion of reports to charges' });
  });

  it('takes no measure from a clause about what happened next, nor the verb before a noun', () => {
    const figures = figuresOf('Pick-ups rose from 52% in 2021/22 to 69% in 2022/23, before decreasing to 64% in 2023/24.');
    expect(figures.find((f) => f.value === '64%')!.measure).not.toMatch(/^before\b/);
    expect(figuresOf('This is a decrease of 179,888 on the year.')[0]!.measure).not.toMatch(/^is\b/);
  });

  it('prints a percentage as a person writes it', () => {
    expect(mentions('the 77.7 % rate reported in 2020')[0]).toMatchObject({ value: '77.7%', number: 77.7 });
  });

  it('names the measure a rate is of, not the period it is for', () => {
    const [f] = figuresOf('The overall proven reoffending rate was 27.5% for the April to June 2023 offender cohort.');
    expect(f!.measure).toBe('proven reoffending rate');
  });
});

describe('changes stated in the sentence after a figure', () => {
  it('are the change of the figure before, with the baseline they are against', () => {
    const figures = figuresOf('Adult offenders had a proven reoffending rate of 27.3%. This is an increase of 1.8 percentage points since the same quarter in 2022 and an increase of 1.0 percentage points over last quarter.');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ value: '27.3%', change: '+1.8 percentage points' });
    expect(figures[0]!.previous?.label).toBe('the same quarter in 2022');
  });

  it('give the value the figure before moved from ("This was up from 1,264 in 2013")', () => {
    const figures = figuresOf('In 2014, 1,389 complaints involved deliberate cruelty. This was up from 1,264 in 2013.');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ value: '1,389', previous: { value: '1,264', label: '2013' } });
  });

  it('are read when the comparison follows the number ("This was 22% lower compared with …")', () => {
    const figures = figuresOf('There were 8.8 million incidents of crime in the year ending March 2024. This was 22% lower compared with YE March 2017.');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ value: '8.8 million', change: '-22%' });
    expect(figures[0]!.previous?.period).toMatchObject({ start: '2016-04-01', end: '2017-03-31' });
  });

  it('do not give a figure the period it is compared with', () => {
    const figures = figuresOf('The rate was 62.3%, which is an increase of 2.9 percentage points since the same quarter in 2022.');
    expect(figures[0]!.period).toBeUndefined();
  });
});

describe('numbers that are not figures', () => {
  it('skips a duration that bounds what is counted', () => {
    expect(mentions('adults released from custodial sentences of less than 12 months')).toEqual([]);
    expect(mentions('accommodation for up to 12 weeks')[0]).toMatchObject({ value: '12 weeks' });
  });

  it('skips an ordinal that extraction spaced out, ages and the bounds of a range', () => {
    expect(mentions('between 1 st April 2019 and 31 st March 2020')).toEqual([]);
    expect(mentions('males aged between 15 and 34 were stopped')).toEqual([]);
    expect(mentions('70 stop and searches per 1,000 population')).toMatchObject([{ value: '70', unit: 'rate-per-1000' }]);
    // However long the description between the number and its "per 10,000".
    expect(mentions('118 incidents of domestic abuse recorded by the police in Scotland per 10,000 population')).toMatchObject([{ value: '118', unit: 'rate-per-1000' }]);
    // A "per 1,000" past the end of the clause is another number's.
    expect(mentions('There were 118 arrests, and the rate was 5 per 1,000')[0]).toMatchObject({ value: '118', unit: 'count' });
  });

  it('takes nothing from a contents line', () => {
    expect(figuresOf('2 Outcomes assigned to offences recorded ............ 4')).toEqual([]);
  });

  it('measures a share in brackets after a kind named by its adjective as that kind of what the sentence speaks of', () => {
    const [share] = figuresOf('The most common form of harassment reported was verbal (72%).');
    expect(share).toMatchObject({ value: '72%', measure: 'verbal harassment' });
  });

  it('measures cases by what was done in them', () => {
    const [charged, directed] = figuresOf('A charge was brought in 45 cases; release was directed in 9 cases.');
    expect([charged!.measure, directed!.measure]).toEqual(['cases in which a charge was brought', 'cases in which release was directed']);
  });

  it('measures the parts in a bracket after a total, named by where each went, as the total and where', () => {
    const figures = figuresOf('Since April, 5,000 reports were referred (3,000 to councils and 2,000 to landlords).');
    expect(figures.map((f) => [f.value, f.measure])).toEqual([
      ['5,000', 'reports referred'],
      ['3,000', 'reports referred to councils'],
      ['2,000', 'reports referred to landlords'],
    ]);
  });

  it('reads a share in brackets as of what follows it', () => {
    const [f] = figuresOf('Two thirds (66%) of stop and searches were of young men.');
    expect(f!.measure).toBe('of stop and searches');
  });
});

describe('the periods a question asks about', () => {
  const vocabulary = { stats: new TermStats(new Map(), 1) };
  it('are those it names, not those it only compares with', () => {
    expect(readQuestion('adult reoffending in 2023 compared with 2022', vocabulary).periods.map((p) => p.label)).toEqual(['2023']);
    expect(readQuestion('headline crime YE March 2024 vs 2017', vocabulary).periods.map((p) => p.label)).toEqual(['YE March 2024']);
    expect(readQuestion('has it gone up compared with the same quarter in 2022?', vocabulary).periods).toEqual([]);
  });
});

describe('what a count asks for', () => {
  const vocabulary = { stats: new TermStats(new Map(), 1) };
  it('is the last word of the phrase after "how many" or "number of"', () => {
    expect(readQuestion('how many community payback hours are owed?', vocabulary).counted).toBe(termOf('hours'));
    expect(readQuestion('how many police officers does the county have now?', vocabulary).counted).toBe(termOf('officers'));
    expect(readQuestion('the number of stop and searches in 2021/22', vocabulary).counted).toBe(termOf('searches'));
    expect(readQuestion('what is the arrest rate?', vocabulary).counted).toBeUndefined();
    // A verb after the noun ends it, irregular ones too.
    expect(readQuestion('how many youngsters sat through the talks?', vocabulary).counted).toBe(termOf('youngsters'));
    expect(readQuestion('how many officers left in 2023?', vocabulary).counted).toBe(termOf('officers'));
    // An adverb before the verb is not what is counted.
    expect(readQuestion('the number of cases prosecutors formally closed in 2023', vocabulary).counted).not.toBe(termOf('formally'));
  });
});
