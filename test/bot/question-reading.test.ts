import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { handle } from '../../bot/handle.js';
import { statesChange } from '../../knowledge/figures/figure-words.js';
import { ingest } from '../../knowledge/documents/ingest.js';
import { askedUnits, asksTimeOnly } from '../../knowledge/search/asked-kind.js';
import { KnowledgeBase } from '../../knowledge/search/retrieve.js';
import { openStore } from '../../knowledge/store/store.js';
import { terms } from '../../knowledge/language/tokens.js';
import { WordNet } from '../../knowledge/language/wordnet.js';
import { captureLog, copyOfData, shippedData, useRealKnowledge } from '../helpers/knowledge.js';

const knowledge = useRealKnowledge();

describe('questions put in everyday words', () => {
  it('finds the passage when the question uses a synonym of the documents\' word', async () => {
    // The documents say "polygraph"; WordNet files "lie detector" under it.
    const answer = await handle('lie detector tests for sex offenders', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.passages[0]!.text).toMatch(/polygraph/i);
  });

  it('finds a synonym of several words only where its words stand together', async () => {
    // WordNet gives "gangland" as "organized crime"; the documents write "organised crime".
    const answer = await handle('how many gangland groups are mapped in GM?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.passages[0]!.text).toMatch(/organised crime groups/i);
  });

  it('reads British slang for prison and arrest', async () => {
    const jail = await handle('homeless people getting out of jail', knowledge());
    expect(jail.passages.slice(0, 3).some((p) => /prison|custody/i.test(p.text) && /homeless|accommodation/i.test(p.text))).toBe(true);
  });
});

describe('questions about whether a number moved', () => {
  it('read "gone up" as the increase the documents state', async () => {
    const answer = await handle('have CSTRs gone up?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]).toMatchObject({ value: '1362', previous: { change: '+32%' } });
  });
});

describe('a question naming one place', () => {
  it('leads with the figure for that place, not another the same sentence gives', async () => {
    const national = await handle('what is the youth reoffending rate in England and Wales?', knowledge());
    expect(national.figures[0]).toMatchObject({ value: '32.2%', geography: 'England and Wales' });
    const local = await handle('what is the youth reoffending rate in Greater Manchester?', knowledge());
    expect(local.figures[0]).toMatchObject({ value: '29.6%', geography: 'Greater Manchester' });
  });
});

describe('two figures in one clause, joined by "and"', () => {
  it('lead each for the words of its own half, the later one sharing the subject the sentence opened with', async () => {
    // "Approximately 40% of adult prisoners report having been permanently excluded from school
    // and 60% leave prison without gaining any skills or qualifications …"
    const skills = await handle('proportion of prisoners without skills or qualifications', knowledge());
    expect(skills.figures[0]).toMatchObject({ value: '60%' });
    // "The outcome rate for domestic abuse solved crimes is 12.2% compared to 11% last year and
    // for rape it is 9.9% compared to 6.8% last year."
    const rape = await handle('what is the outcome rate for rape?', knowledge());
    expect(rape.figures[0]).toMatchObject({ value: '9.9%', measure: 'outcome rate for rape' });
  });
});

describe('a year that names a document', () => {
  it('is not a time the question asks about, so any passage of the plan answers', async () => {
    const plan = knowledge().question('what did the original 2018 Standing Together plan promise victims?');
    expect(plan.periods).toEqual([]);
    expect(plan.documentPeriods.map((p) => p.label)).toEqual(['2018']);
    expect(knowledge().question('how many arrests were there in 2018 across the plan area?').periods.map((p) => p.label)).toEqual(['2018']);
  });

  it('may name a study by a title that runs on through a place ("2017 LGBT in Britain hate crime research")', () => {
    const study = knowledge().question("What share of LGBT people in Stonewall's 2017 LGBT in Britain hate crime research had been a victim?");
    expect(study.documentPeriods.map((p) => p.label)).toEqual(['2017']);
    expect(knowledge().question('how many hate crimes were there in 2017 in the research area?').periods.map((p) => p.label)).toEqual(['2017']);
  });

  it('names a document by its one report, not things counted in reports ("passenger reports 2013")', () => {
    expect(knowledge().question('victims in the Annual Report 2013').documentPeriods.map((p) => p.label)).toEqual(['2013']);
    expect(knowledge().question('disruptive passenger reports 2013').periods.map((p) => p.label)).toEqual(['2013']);
  });

  it('names a request for information by its year, through the "of" of its name', () => {
    const request = knowledge().question('What did the 2021 freedom of information request ask about prosecutions?');
    expect(request.documentPeriods.map((p) => p.label)).toEqual(['2021']);
    expect(knowledge().question('how many prosecutions in 2021 of fly-tippers?').periods.map((p) => p.label)).toEqual(['2021']);
  });
});

describe('a question pointing at the documents themselves', () => {
  it('searches for its topic, not for the word "plan" or "report"', async () => {
    const read = knowledge().question('does the HMPPS plan say anything about women leaving prison?');
    expect(read.concepts.flatMap((c) => c.words)).not.toContain('plan');
    expect(read.concepts.flatMap((c) => c.words)).toEqual(expect.arrayContaining(['hmpps', 'women', 'prison']));
    // Plural, they are what is asked about.
    expect(knowledge().question('how many of the reports of rape led to a charge?').concepts.flatMap((c) => c.words)).toContain('reports');
  });
});

describe('how many there are, against how many changed', () => {
  it('is not answered by a number lost, recruited or new, but that number answers a question about the change', async () => {
    // The documents give "50 new PCSOs" funded and "hundreds fewer" since 2010, never how many GMP has.
    const stock = await handle('how many PCSOs does GMP have?', knowledge());
    expect(stock.status).toBe('no_answer');
    expect(stock.headline).toMatch(/don't cover that with a figure/);
    const lost = await handle('how many officers has GMP lost since 2010?', knowledge());
    expect(lost.figures[0]).toMatchObject({ value: '2000', measure: 'police officers' });
  });
});

describe('figures for a period relative to their document', () => {
  it('say when that period ended, read from the document\'s date', async () => {
    const answer = await handle('restorative justice interventions in the last 12 months', knowledge());
    expect(answer.figures[0]!.period).toMatch(/last 12 months \(to \w+ \d{4}\)$/);
  });
});

describe('questions about a thing the documents never name', () => {
  it('decline when two everyday nouns side by side are used by no document, naming them', async () => {
    const answer = await handle('how many lollipop lady patrols were there in 2023/24?', knowledge());
    expect(answer.status).toBe('no_answer');
    expect(answer.headline).toMatch(/lollipop/);
  });

  it('decline when the best passages meet only one idea of three, however rare that one is', async () => {
    const answer = await handle('traffic accidents in Bolton', knowledge());
    expect(answer.status).toBe('no_answer');
  });

  it('say what the documents do speak of among the question\'s words', async () => {
    const answer = await handle('how many knife crime arrests were there in 2023?', knowledge());
    expect(answer.status).toBe('no_answer');
    expect(answer.headline).toMatch(/don't cover .*They do speak of (arrests and crime|crime and arrests)\./);
  });

  it('name, among the words the documents do speak of, nouns rather than adjectives', async () => {
    const answer = await handle('how many banning orders were given out near Old Trafford last season?', knowledge());
    expect(answer.status).toBe('no_answer');
    expect(answer.headline).toMatch(/They do speak of banning and orders\.$/);
  });

  it('decline a kind of a thing they cover that none of them names, put tersely too ("knife crime")', async () => {
    const answer = await handle('knife crime arrests', knowledge());
    expect(answer.status).toBe('no_answer');
    expect(answer.headline).toMatch(/"knife"/);
    // A short word before a noun may be a clipping: it is left to the search.
    expect((await handle('alcohol abstinence monitoring requirement max days', knowledge())).status).toBe('answered');
  });

  it('decline for a place the documents name elsewhere but not with what was asked, saying which', async () => {
    const answer = await handle('youth reoffending rate in Salford', knowledge());
    expect(answer.status).toBe('no_answer');
    expect(answer.headline).toMatch(/don't cover that for Salford/);
    expect((await handle('youth reoffending rate', knowledge())).status).toBe('answered');
  });

  it('still answer when such a noun stands alone in a question the documents cover', async () => {
    const answer = await handle('is GMP bringing back former detectives to fill vacancies?', knowledge());
    expect(answer.status).toBe('answered');
  });
});

describe('mistyped questions', () => {
  it('corrects words the documents and English don\'t know to the nearest document word, and says so', async () => {
    const answer = await handle('chalenger disruptons', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.notes).toContain('Showing results for "challenger disruptions".');
    expect(answer.passages[0]!.text).toMatch(/Challenger/);
    expect(answer.passages[0]!.text).toMatch(/disruption/i);
  });

  it('leaves a correctly spelt question alone', async () => {
    const answer = await handle('Challenger disruptions', knowledge());
    expect(answer.notes.some((n) => n.startsWith('Showing results for'))).toBe(false);
  });
});

describe('shorthand in questions', () => {
  it('reads an initialism the documents never write as the name they do, and says so', async () => {
    const answer = await handle('RJ service - how many NW prisons does it cover', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.notes).toContain('Reading "NW" as "North West".');
    expect(answer.passages.slice(0, 3).some((p) => /North West prisons/i.test(p.text))).toBe(true);
  });

  it('reads a clipped word as the words it begins, not as a typo of a short word', async () => {
    const answer = await handle('how many VCSE orgs have been commissioned', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.notes.some((n) => n.startsWith('Reading "orgs" as "organisation'))).toBe(true);
    expect(answer.notes.some((n) => n.startsWith('Showing results for'))).toBe(false);
  });
});

describe('a question asking only when something happened', () => {
  it('leads with the passage that dates it, and no count or share beside it', async () => {
    const answer = await handle('When did the stalking triage centre open?', knowledge());
    expect(answer.passages[0]!.text).toMatch(/Stalking Triage Centre in GMP launched in June 2024/);
    expect(answer.figures).toEqual([]);
  });

  it('is told from one asking a quantity as well', () => {
    expect(asksTimeOnly('In what year did the health service bring in its first national plan?')).toBe(true);
    expect(asksTimeOnly('When does the enhanced resettlement approach start?')).toBe(true);
    expect(asksTimeOnly('What was the most officers the force had ever had, and in which year?')).toBe(false);
    expect(asksTimeOnly('When the new chief took over, how many officers did the force have?')).toBe(false);
  });
});

describe('the word that asks for a kind of number', () => {
  it('is met by a number of that kind where the passage does not use the word', async () => {
    // The passage says "commissioned over £6 million for …", not "funding".
    const answer = await handle('Commissioned Rehabilitative Services funding 2022-25', knowledge());
    expect(answer.passages[0]!.text).toContain('£6 million');
  });

  it('counts as named by such a number, so a sum for the period asked is not said to be for another', async () => {
    // A passage on national drug treatment funding words "money" (invest, funding) better.
    const answer = await handle('How much money has been put into commissioned rehabilitative services for 2022-25?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '£6 million', period: '2022-25' });
    expect(answer.status).toBe('answered');
    expect(answer.notes.join(' ')).not.toMatch(/don't give this for/);
  });
});

describe('declining what the documents do not cover', () => {
  it('declines a question naming something no document mentions, and names it', async () => {
    const answer = await handle('Operation Venetic results', knowledge());
    expect(answer.status).toBe('no_answer');
    expect(answer.headline).toContain('"Venetic"');
    expect(answer.passages).toEqual([]);
  });

  it('declines a question whose topic is a rare noun no document uses, however the rest matches', async () => {
    const answer = await handle('how much has GMP spent on catamaran patrols in Greater Manchester', knowledge());
    expect(answer.status).toBe('no_answer');
    expect(answer.headline).toContain('"catamaran"');
  });

  it('declines a question about a numbered thing no document writes, but not one comparing with a number', async () => {
    const service = await handle('average 111 call answering times in GM', knowledge());
    expect(service.status).toBe('no_answer');
    expect(service.headline).toContain('"111"');
    const compared = await handle('were over 900 CSTRs ordered in 2023/24?', knowledge());
    expect(compared.status).not.toBe('no_answer');
  });

  it('does not take how a question is put for its topic', async () => {
    const answer = await handle('give me the stats on CSTRs ordered in 2023/24', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]?.value).toMatch(/1,?362/);
  });
});

describe('periods', () => {
  it('does not let a period carry a passage that misses the topic', async () => {
    // The unemployment rate of November 2021 shares the year, not the topic.
    const answer = await handle('reoffending rate for young people 2021', knowledge());
    expect(answer.passages[0]?.text ?? '').not.toMatch(/unemployment/i);
    expect(answer.figures[0]?.value).toBe('29.6%');
  });

  it('asks for a number when a period is named, unless the question asks who, which, where or whether', () => {
    const periods = [{ label: '2019', start: '2019-01-01', end: '2019-12-31', kind: 'calendar-year' as const }];
    expect(askedUnits('disruptions in 2019', periods)).toBeDefined();
    expect(askedUnits('who chaired the board in 2019?', periods)).toBeUndefined();
    expect(askedUnits('did the plan change in 2019?', periods)).toBeUndefined();
    expect(askedUnits('who chaired the board?', [])).toBeUndefined();
  });
});

describe('word knowledge at start-up', () => {
  it('is built from WordNet once for a corpus, then loaded as saved', async () => {
    const store = await openStore(':memory:');
    try {
      await ingest(shippedData, store, captureLog().log);
      const read = vi.spyOn(WordNet, 'read');
      const first = await KnowledgeBase.load(store);
      expect(read).toHaveBeenCalledTimes(1);
      const second = await KnowledgeBase.load(store);
      expect(read).toHaveBeenCalledTimes(1);
      expect(second.alternatives.of(['jail'])).toEqual(first.alternatives.of(['jail']));
      read.mockRestore();
    } finally {
      await store.close();
    }
  });
});

describe('the headline figure', () => {
  it('is the one whose own clause names what was asked, when a sentence lists several', async () => {
    const kb = knowledge();
    const sentence = (await kb.figures()).find((f) => /personal robbery/.test(f.sentence) && /neighbourhood crime/.test(f.sentence))?.sentence;
    expect(sentence).toBeDefined();
    const answer = await handle('personal robbery solved rate', kb);
    expect(answer.figures[0]!.sentence).toBe(sentence);
    // The sentence gives three rates; the one asked for is the one in the clause naming it.
    const clause = sentence!.split(/[,;:]/).find((c) => c.includes(answer.figures[0]!.value)) ?? '';
    expect(clause).toMatch(/personal robbery/);
  });
});

describe('a figure listed after the one that heads its sentence', () => {
  it('shares what the head says rose, so a question on the listed item is answered with its own figure', async () => {
    const kb = knowledge();
    // "Drug seizures have increased by 52%, 527% for cannabis plants, …": 527% is the rise in seizures of cannabis plants.
    const listed = (await kb.figures()).find((f) => f.value === '527%');
    expect(listed?.sentence).toMatch(/seizures have increased by 52%, 527% for cannabis plants/);
    expect([...kb.figureWords(listed!).clause]).toEqual(expect.arrayContaining(terms('seizures increased cannabis')));
    // A rise, as the head is: it does not say how many there are.
    expect(statesChange(listed!)).toBe(true);
    const answer = await handle('how much have cannabis farm seizures gone up?', kb);
    expect(answer.figures[0]!.value).toBe('527%');
    // Pasted, the line says it is a rise, not 527% of something.
    expect(answer.figures[0]!.measure).toMatch(/^rise for cannabis plants/);
  });
});

describe('a period asked that a sentence gives as its comparison', () => {
  it('is answered with the value for that period, the newer one beside it', async () => {
    // The documents alone, without the indicator tables (which would answer from their own rows).
    const data = copyOfData();
    rmSync(path.join(data, 'indicators'), { recursive: true, force: true });
    const store = await openStore(':memory:');
    try {
      await ingest(data, store, captureLog().log);
      const kb = await KnowledgeBase.load(store);
      const all = await kb.figures();
      // A figure whose earlier value the documents give only as this comparison.
      const digits = (v: string) => v.replace(/,/g, '');
      const statedAlone = (value: string, period: string) => all.some((g) => digits(g.value) === digits(value) && g.period?.label === period);
      const compared = all.find((f) => f.previous?.period && f.period && f.measure.split(' ').length >= 2 && !statedAlone(f.previous.value, f.previous.period.label));
      expect(compared).toBeDefined();
      const answer = await handle(`${compared!.measure} ${compared!.previous!.period!.label}`, kb);
      expect(answer.figures[0]).toMatchObject({ value: compared!.previous!.value, period: compared!.previous!.period!.label });
      expect(answer.figures[0]!.later).toMatchObject({ value: compared!.value, period: compared!.period!.label });
    } finally {
      await store.close();
    }
  });
});

describe('the kind of number asked for', () => {
  it('reads what is counted past a number that labels it ("band 4 probation officers")', () => {
    expect(knowledge().question('How many band 4 probation officers were in post?').counted).toBe('offic');
    expect(knowledge().question('Did the number of sex crimes logged by police go up?').counted).toBe('crime');
    expect(knowledge().question('How many reported crimes were there?').counted).toBe('crime');
    expect(knowledge().question('How many serious organised crime disruptions were there?').counted).toBe('disrupt');
    // A verb's irregular past that is no noun ends what is counted, whatever follows it.
    expect(knowledge().question('How many officers took part in the survey?').counted).toBe('offic');
    expect(knowledge().question('How many young people went missing last year?').counted).toBe('peopl');
  });

  it('reads a share asked for as a share, whatever money its topic names, and money asked outright as money', () => {
    expect(askedUnits('share of fines paid within the time limit', [])).toEqual(expect.arrayContaining(['percent']));
    expect(askedUnits('share of fines paid within the time limit', [])).not.toContain('money');
    expect(askedUnits('what proportion of the budget was spent on custody?', [])).not.toContain('money');
    expect(askedUnits('how much money was paid in fines?', [])).toEqual(['money']);
    expect(askedUnits('fines paid 2008', [])).toEqual(['money']);
    // (A sum lost, stolen or saved is money, asked by "how much" or "the amount".)
    expect(askedUnits('What was the average amount each scam victim lost?', [])).toEqual(['money']);
    expect(askedUnits('How much did fraudsters steal from pensioners last year?', [])).toEqual(['money']);
    expect(askedUnits('the amount of cannabis seized in 2023', [])).not.toEqual(['money']);
    // "How much did livestock theft cost": the words between are the topic, not how money is asked.
    // "How many … will it have after the precept rise": a stock, whatever change it is after.
    expect(knowledge().question('How many officers will the force have after the precept rise?').asksStock).toBe(true);
    expect(knowledge().question('How many officers has the force recruited?').asksStock).toBe(false);
    const cost = knowledge().question('How much did livestock theft cost the UK in 2015?');
    expect(cost.units).toEqual(['money']);
    expect([...cost.unitWords]).not.toContain('theft');
  });

  it('reads a terse question naming "number" or "numbers" as asking for a count, but not a phone number', () => {
    expect(askedUnits('prison receptions 2016 number', [])).toContain('count');
    expect(askedUnits('PCSO numbers Sept 2023', [])).toContain('count');
    expect(askedUnits('fixing the 101 number', [])).toBeUndefined();
  });

  it('reads a question asking why as asking for words, unless it also asks for a number', () => {
    expect(askedUnits('what did the panel hear about why the rise in grant did not ease the budget?', [])).toBeUndefined();
    expect(askedUnits('how much did the budget rise and why?', [])).toContain('money');
  });

  it('reads cost and spending words as asking for money, and a rate as never a bare count', () => {
    expect(askedUnits('how much is the programme costing?', [])).toEqual(['money']);
    expect(askedUnits('what are we spending on it', [])).toEqual(['money']);
    expect(askedUnits('what is the disclosure rate', [])).not.toContain('count');
  });

  it('takes no topic from asking what happens or happened', () => {
    for (const q of ['what happens at the MDT?', 'What has happened to sentence lengths?', "what's happening with shoplifting?"]) {
      expect(knowledge().question(q).concepts.flatMap((c) => c.words).some((w) => w.startsWith('happen'))).toBe(false);
    }
    // Said of something else, it is a word of the question.
    expect(knowledge().question('did it happen in custody?').concepts.flatMap((c) => c.words)).toContain('happen');
  });

  it('takes no topic from asking which kind of a thing, only the thing', () => {
    const topic = (q: string) => knowledge().question(q).concepts.flatMap((c) => c.words);
    expect(topic('which kind of sentence made up the biggest share?')).not.toContain('kind');
    expect(topic('what types of crime rose?')).toEqual(expect.arrayContaining(['crime']));
    expect(topic('what types of crime rose?')).not.toContain('types');
    // Said of something else, it is a word of the question.
    expect(topic('is there a new type of order?')).toContain('type');
  });

  it('takes no topic from a verb that only places what is asked about ("based in", "located across")', () => {
    const topic = (q: string) => knowledge().question(q).concepts.flatMap((c) => c.words);
    expect(topic('how many officers are based in Bolton?')).not.toContain('based');
    expect(topic('which teams are located across the county?')).not.toContain('located');
    // Said of something else, it is a word of the question.
    expect(topic('what is the evidence based on?')).toContain('based');
  });

  it('takes no topic from the words placing a time within a year ("mid-2022", "early 2024"), reading them as that part of it', () => {
    const read = knowledge().question('arrests in the year to mid-2022 and early 2024');
    expect(read.concepts.flatMap((c) => c.words)).not.toContain('mid');
    expect(read.concepts.flatMap((c) => c.words)).not.toContain('early');
    expect(read.periods.map((p) => p.label)).toEqual(['mid-2022', 'early 2024']);
  });

  it('reads "how much more … than" as asking by how much two numbers differ', () => {
    expect(knowledge().question('how much more was spent on legal advice in 2023 than a year before?').asksChange).toBe(true);
    expect(knowledge().question('how much was spent on legal advice in 2023?').asksChange).toBe(false);
    expect(knowledge().question('how sharply did the number of arrests fall in 2023?').asksChange).toBe(true);
    expect(knowledge().question('how quickly are 999 calls answered?').asksChange).toBe(false);
    // "How did … change between" and "how big has the fall been" ask for the change wherever the words stand.
    expect(knowledge().question('How did the number of arrests in Wales change between 2005/06 and 2007/08?').asksChange).toBe(true);
    expect(knowledge().question('how many children were arrested in 2010, and how big has the fall been since?').asksChange).toBe(true);
    expect(knowledge().question('how did the panel decide who to arrest?').asksChange).toBe(false);
    // A terse "… change vs <period>" asks for the change against that period.
    expect(knowledge().question('arrests Q2 2024 change vs Q2 2023').asksChange).toBe(true);
    expect(knowledge().question('arrests change since 2019').asksChange).toBe(true);
    expect(knowledge().question('what effect did the rota change have on arrests').asksChange).toBe(false);
  });

  it('reads an average length as a span of time, and a number for each of something as a number', () => {
    expect(askedUnits('the average length of a custodial sentence', [])).toContain('months');
    expect(askedUnits('caseload per probation officer', [])).toContain('count');
    expect(askedUnits('arrests per 1,000 people', [])).toContain('rate-per-1000');
    expect(askedUnits('the per cent of cases', [])).toEqual(['percent', 'ratio', 'percentage-points', 'rate-per-1000']);
  });

  it('does not read a name as asking for the kind of number its words would', () => {
    expect(askedUnits('legal aid Exceptional Case Funding applications', [])).toBeUndefined();
    expect(askedUnits('Exceptional Case Funding budget', [])).toEqual(['money']);
    // A capital opening the question is no name.
    expect(askedUnits('Funding for the unit', [])).toEqual(['money']);
  });

  it('reads how much someone gets or is given as money, but how much a thing was cut as any number', () => {
    expect(askedUnits('how much does each council get a year for one-to-one work', [])).toEqual(['money']);
    expect(askedUnits('how much were forces given for the uplift', [])).toEqual(['money']);
    expect(askedUnits('by how much was central government money to police forces cut', [])).toContain('percent');
  });

  it('reads how likely something is, or its chances, as asking for a share', () => {
    expect(askedUnits('how likely are people leaving short sentences to reoffend', [])?.[0]).toBe('percent');
    expect(askedUnits('what are the chances a burglary is solved', [])?.[0]).toBe('percent');
  });
});
