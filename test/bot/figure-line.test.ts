import { describe, expect, it } from 'vitest';
import type { AnswerFigure } from '../../bot/answer.js';
import { figureLine } from '../../bot/figure-answer.js';

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
  });
});
