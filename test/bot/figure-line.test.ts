import { describe, expect, it } from 'vitest';
import type { AnswerFigure } from '../../bot/answer.js';
import { figureLine, namedFigures } from '../../bot/figure-line.js';
import { NO_MEASURE } from '../../knowledge/figures/figures.js';
import { renderText } from '../../adapters/render/text.js';

function figure(over: Partial<AnswerFigure>): AnswerFigure {
  return {
    docId: 'd',
    title: 'A report',
    publisher: 'GMCA',
    docDate: '2024-07-01',
    section: '',
    value: '32.2%',
    number: 32.2,
    unit: 'percent',
    measure: 'youth reoffending rate',
    kind: 'actual',
    period: 'year ending 21/22',
    sentence: 'For England and Wales the youth reoffending rate was 32.2%.',
    ...over,
  };
}

describe('the line a person pastes', () => {
  it('names the place the figure is for, whichever it is', () => {
    expect(figureLine(figure({ geography: 'England and Wales' }))).toBe('32.2% youth reoffending rate in England and Wales in year ending 21/22');
    expect(figureLine(figure({ geography: 'Greater Manchester', value: '29.6%' }))).toBe('29.6% youth reoffending rate in Greater Manchester in year ending 21/22');
    expect(figureLine(figure({ geography: 'national' }))).toBe('32.2% youth reoffending rate nationally in year ending 21/22');
    expect(figureLine(figure({ geography: 'East Midlands' }))).toBe('32.2% youth reoffending rate in the East Midlands in year ending 21/22');
    expect(figureLine(figure({ geography: 'UK' }))).toBe('32.2% youth reoffending rate in the UK in year ending 21/22');
    expect(figureLine(figure({ geography: 'Scotland' }))).toBe('32.2% youth reoffending rate in Scotland in year ending 21/22');
  });

  it('claims no place the document does not give, and does not say one twice', () => {
    expect(figureLine(figure({}))).toBe('32.2% youth reoffending rate in year ending 21/22');
    expect(figureLine(figure({ geography: 'Greater Manchester', measure: 'GM arrest rate' }))).toBe('32.2% GM arrest rate in year ending 21/22');
  });

  it('claims no place for a figure set against a benchmark of that same place', () => {
    const line = figureLine(figure({ value: '7%', geography: 'England and Wales', comparator: { geography: 'England and Wales', value: '6%' } }));
    expect(line).toBe('7% youth reoffending rate in year ending 21/22; England and Wales 6%');
  });

  it('gives the newer value beside a figure told for the period its sentence compares with', () => {
    const line = figureLine(figure({ value: '499', unit: 'count', measure: 'Drug Rehabilitation Requirements', period: '2022/23', later: { period: '2023/24', value: '692', change: '+39%' } }));
    expect(line).toBe('499 Drug Rehabilitation Requirements in 2022/23; 692 in 2023/24, up 39%');
  });

  it('reads the period and measure as a sentence would', () => {
    expect(figureLine(figure({ measure: 'Arrest rates', period: 'the previous 12 months' }))).toBe('32.2% arrest rates in the previous 12 months');
    expect(figureLine(figure({ measure: 'people', period: 'Since January 2022' }))).toBe('32.2% people since January 2022');
    expect(figureLine(figure({ measure: 'disruptions', period: '1st April 2018 to 30th September 2019' }))).toBe('32.2% disruptions from 1st April 2018 to 30th September 2019');
    expect(figureLine(figure({ measure: 'Alcohol Treatment Requirements' }))).toBe('32.2% Alcohol Treatment Requirements in year ending 21/22');
    expect(figureLine(figure({ value: '7,651', unit: 'count', measure: 'FTE PCSOs', period: '30 September 2023' }))).toBe('7,651 FTE PCSOs as at 30 September 2023');
    expect(figureLine(figure({ value: '7,651', unit: 'count', measure: 'FTE PCSOs', period: 'as at 30 September 2023' }))).toBe('7,651 FTE PCSOs as at 30 September 2023');
    // A rate says its base where its measure stops short of it.
    expect(figureLine(figure({ value: '118', unit: 'rate-per-1000', measure: 'incidents', period: '2021-22', sentence: 'There were 118 incidents of domestic abuse recorded by the police per 10,000 population in 2021-22.' }))).toBe('118 incidents per 10,000 population in 2021-22');
    expect(figureLine(figure({ value: '70', unit: 'rate-per-1000', measure: 'stop and searches per 1,000 population', period: '2022', sentence: '70 stop and searches per 1,000 population in 2022.' }))).toBe('70 stop and searches per 1,000 population in 2022');
    // A span named by its end is one span: "in the year to March 2018", not "from year to March 2018".
    expect(figureLine(figure({ value: '313', unit: 'count', measure: 'deaths', period: '12 months to June 2023' }))).toBe('313 deaths in the 12 months to June 2023');
    expect(figureLine(figure({ value: '45%', unit: 'percent', measure: 'murder victims', period: 'year to March 2018' }))).toMatch(/in the year to March 2018$/);
    expect(figureLine(figure({ value: '534', unit: 'count', measure: 'disruptions', period: '1st April 2018 to 30th September 2019' }))).toBe('534 disruptions from 1st April 2018 to 30th September 2019');
  });
});

describe('lines for figures the documents leave unnamed or undated', () => {
  it('gives no line to a figure whose measure could not be read, and keeps the others', () => {
    const unnamed = figure({ measure: NO_MEASURE, value: '25%' });
    const named = figure({});
    expect(namedFigures([unnamed, named])).toEqual([named]);
    expect(renderText({ query: 'q', intent: 'figure', status: 'answered', headline: '', notes: [], figures: [unnamed], passages: [{ ...named, text: 'A passage.', score: 1, periods: [] }] })).not.toMatch(/▸/);
  });

  it('sets a value beside the one it is compared with, when no change is given, as a sentence would', () => {
    const line = figureLine(figure({ value: '80%', number: 80, kind: 'target', period: 'July 2023', previous: { value: '79%', period: 'March 2022' } }));
    expect(line).toMatch(/, against 79% in March 2022$/);
    expect(line).not.toMatch(/against on/);
    expect(figureLine(figure({ previous: { value: '30.1%' } }))).toMatch(/, against 30\.1%$/);
  });

  it('says a change stated against a baseline whose value the document does not give', () => {
    const line = figureLine(figure({ value: '27.3%', measure: 'proven reoffending rate', period: 'April to June 2023', previous: { period: 'the same quarter in 2022', value: '', change: '+1.8 percentage points' } }));
    expect(line).toBe('27.3% proven reoffending rate from April to June 2023, up 1.8 percentage points on the same quarter in 2022');
  });

  it('keeps the hedge its sentence puts on the number ("more than", "nearly"), and adds none', () => {
    const calls = figure({ value: '7,300', number: 7300, unit: 'count', measure: 'calls', period: '2022', sentence: 'More than 7,300 calls for help were made in 2022.' });
    expect(figureLine(calls)).toBe('More than 7,300 calls in 2022');
    expect(figureLine({ ...calls, kind: 'target', sentence: 'The aim is to answer nearly 7,300 calls in 2022.' })).toBe('Target: nearly 7,300 calls in 2022');
    expect(figureLine({ ...calls, sentence: 'There were 7,300 calls for help in 2022.' })).toBe('7,300 calls in 2022');
  });

  it('sets a value beside a level it is compared with as that level, not as a time', () => {
    const line = figureLine(figure({ value: '49 weeks', number: 49, unit: 'weeks', measure: 'time between plea and trial', period: 'December 2022', previous: { period: 'pre-COVID level', value: '22 weeks' } }));
    expect(line).toBe('49 weeks time between plea and trial in December 2022, against 22 weeks at the pre-COVID level');
  });

  it('shows no date for a figure of an undated document', () => {
    expect(figureLine(figure({ period: undefined, docDate: '' }))).toBe('32.2% youth reoffending rate');
  });
});
