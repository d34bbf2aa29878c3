import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { askedBy, askedUnits } from '../../knowledge/search/asked-kind.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A force's plan: priorities, a change in funding, an inspection's findings, none with a count asked of them. */
const PLAN = `Riverside Police and Crime Plan 2021-2025

Our priorities

The Riverside plan is built around three priorities: safer streets, support for victims of crime and a fair justice system.

Funding

Over the spending review period (2015/16 to 2019/20), overall funding for the Riverside force increased by 18%, while council tax precepts paid for a growing share.

Inspection

In 2018/19 inspectors found that Riverside's stop and search recording was poor and that use of force was not monitored by supervisors.

Victims

A survey of Riverside victims found just 43% would report a crime again, with over a third (34%) saying they wouldn't report a crime again.

Budget setting

Each year the Riverside commissioner must consult the chief constable to set a budget and agree a medium term financial strategy.

Funding history

Funding for the Riverside force has grown in real terms for the last 6 consecutive years, after a fall between 2011 and 2015.

Custody

The proportion of Riverside offenders sent to prison fell by 1.7 percentage points to 31% in 2023.
`;

const knowledge = useKnowledgeWith({ 'riverside-plan.txt': PLAN });

describe('a question whose only call for a number is a period it names', () => {
  it('answers with the passage when the period names the document ("the plan 2021-2025")', async () => {
    const answer = await handle('Riverside police and crime plan 2021-2025 key priorities', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.passages[0]?.text).toMatch(/three priorities/);
  });

  it('answers with what the documents say of that time, not "no figure"', async () => {
    const answer = await handle('Riverside 2018/19 stop and search recording', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.passages[0]?.text).toMatch(/stop and search recording was poor/);
    // The year's only number is about funding: no line to paste leads the answer.
    expect(answer.headline).not.toMatch(/18%/);
  });
});

describe('what kind of number a question asks for', () => {
  it('takes a growth asked "how much" as answered by a change of any unit', async () => {
    const answer = await handle('How much did overall funding for the force grow over the spending review period?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]).toMatchObject({ value: '18%' });
  });

  it('reads "how many" before any money word in the topic, and no number in where, who or why', () => {
    expect(askedUnits('how many elected commissioners are there, according to the police funding explainer?', [])).toContain('count');
    expect(askedUnits('Where do forces get their funding, and who sets each force\'s share?', [])).toBeUndefined();
    expect(askedUnits('why did the rate fall?', [])).toBeUndefined();
    expect(askedUnits('What reason did the report give for its lower referral rate?', [])).toBeUndefined();
    expect(askedUnits('How did the commission describe its funding position?', [])).toBeUndefined();
    expect(askedUnits('How much funding did the commission get, and how did it describe it?', [])).toContain('money');
  });

  it('answers from a passage naming everything asked when a money word asks for no number', async () => {
    const answer = await handle('Riverside budget setting consult chief constable medium term financial strategy', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.passages[0]?.text).toMatch(/medium term financial strategy/);
  });

  it('answers "for how long" with a run of consecutive years', async () => {
    const answer = await handle('For how long has funding for the Riverside force been growing in real terms?', knowledge());
    expect(answer.status).not.toBe('no_answer');
    expect(answer.passages[0]?.text).toMatch(/6 consecutive years/);
  });

  it('reads "% change" as asking for the size of a change', async () => {
    const answer = await handle('Riverside overall funding % change 2015/16 to 2019/20', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '18%' });
  });
});

describe('a share asked for with or without a "not"', () => {
  it('leads with the share that did, or the share that did not, as asked', async () => {
    expect((await handle('what share of Riverside victims would report a crime again?', knowledge())).figures[0]).toMatchObject({ value: '43%' });
    expect((await handle("what share of Riverside victims wouldn't report a crime again?", knowledge())).figures[0]).toMatchObject({ value: '34%' });
  });

  it('reads "by how many points did it drop" as asking for the size of the change', async () => {
    const answer = await handle('by how many points did the share of Riverside offenders sent to prison drop?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '1.7 percentage points' });
  });
});

describe('a quote or passage asked for a period the document is about', () => {
  it('is not "for another period" when the document\'s title names the period', async () => {
    const answer = await handle("quote on Riverside's priorities for 2021-2025", knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.passages[0]?.text).toMatch(/three priorities/);
  });
});

/** A survey document of one year, with a sum of money and a share and no count of people. */
const SURVEY = `Riverside Victims Survey 2022

Findings

The Riverside victims survey 2022 found that 61% of victims were satisfied with how the police kept them informed.

Budget

The force's budget rose to £58 million in 2022, enabling it to recruit more staff.
`;

const survey = useKnowledgeWith({ 'riverside-victims-survey-2022.txt': SURVEY });

describe('how many of a thing', () => {
  it('is a count, never a sum of money, unless money is what is counted', async () => {
    expect(askedUnits('How many police officers did Riverside have in 2022?', [])).not.toContain('money');
    expect(askedUnits('how many million pounds did the force get?', [])).toContain('money');
    const officers = await handle('How many police officers did Riverside have in 2022?', survey());
    expect(officers.status).toBe('no_answer');
    expect(officers.headline).not.toMatch(/£58 million/);
  });
});

describe('a document named by a period no document is of', () => {
  it('answers from the one there is, saying it is of another period', async () => {
    const other = await handle('Riverside 2023 survey: % of victims satisfied', survey());
    expect(other.status).toBe('other_period');
    expect(other.notes.join(' ')).toMatch(/This comes from "Riverside Victims Survey 2022".*, which is not of 2023\./);
    const same = await handle('Riverside 2022 survey: % of victims satisfied', survey());
    expect(same.status).toBe('answered');
    expect(same.figures[0]).toMatchObject({ value: '61%' });
  });
});

/** An inspection report with no date and no period in its title, whose text speaks of 2014. */
const INSPECTION = `HMP Riverside – signs of progress

Population

HMP Riverside held 412 men when inspectors visited, and in 2014 it had held 380.
`;

const inspection = useKnowledgeWith({ 'hmp-riverside-inspection.txt': INSPECTION });

/** The same, where the years are named only in sentences without a figure. */
const LATER_INSPECTION = `HMP Lakeside – standards decline

Population

HMP Lakeside was holding 300 men at the time of the inspection. The previous inspection in 2014 found that some progress had been made.
`;

const lakeside = useKnowledgeWith({ 'hmp-lakeside-inspection.txt': LATER_INSPECTION });

describe('an undated document named by a period long after any it speaks of', () => {
  it('answers saying it is of another period; a period it speaks of is answered plainly', async () => {
    const later = await handle('How many men was HMP Riverside holding at its 2023 inspection?', inspection());
    expect(later.status).toBe('other_period');
    expect(later.notes.join(' ')).toMatch(/This comes from "HMP Riverside – signs of progress", which is not of 2023\./);
    const near = await handle('How many men was HMP Riverside holding at its 2015 inspection?', inspection());
    expect(near.status).toBe('answered');
  });

  it('dates it by the years its passages name, not only those its figures are of', async () => {
    const later = await handle('How many men was HMP Lakeside holding at its 2023 inspection?', lakeside());
    expect(later.status).toBe('other_period');
    expect(later.notes.join(' ')).toMatch(/which is not of 2023\./);
    const near = await handle('How many men was HMP Lakeside holding at its 2015 inspection?', lakeside());
    expect(near.status).toBe('answered');
  });
});

/** Rates side by side in one sentence, and a sum of money beside a count. */
const OUTCOMES = `Riverside Outcomes Report 2023

Solved rates

Across Riverside, theft solved rates are 5.5% compared to 4.6% last year, burglary is 7.8% compared to 6.2% last year, and robbery is 9.5%.

Grants

The programme consists of targeted intervention in all 10 Riverside councils, with £30k a year for each for one-to-one work with young people at risk of violence.
`;

const outcomes = useKnowledgeWith({ 'riverside-outcomes-2023.txt': OUTCOMES });

describe('the figure that leads', () => {
  it('is the one whose words name what a question word stands for, when the documents never use that word', async () => {
    // "Break-ins" is in no document; burglary is what it stands for.
    const answer = await handle('what proportion of break-ins get solved in Riverside?', outcomes());
    expect(answer.figures[0]).toMatchObject({ value: '7.8%' });
  });

  it('is of the kind of number asked for: money asked "how much does each get", not the count beside it', async () => {
    const answer = await handle('how much does each Riverside council get a year for one-to-one work with young people?', outcomes());
    expect(answer.figures[0]).toMatchObject({ value: '£30k' });
  });
});

describe('a value the question compares with', () => {
  it('is not what it asks for: "what share lost under £250" asks for a share, not a sum', () => {
    const units = askedUnits('What share of scam victims lost under £250?', []);
    expect(units).toContain('percent');
    expect(units).not.toContain('money');
    expect(askedUnits('How much did victims lose?', [])).toContain('money');
    // (The share asked first leads; the sum the second part asks for answers too.)
    const both = askedBy('What share of grants were over £5,000 in value, and how much was paid?', []);
    expect(both.units?.[0]).toBe('percent');
    expect(both.also).toContain('money');
  });
});
