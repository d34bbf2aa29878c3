import { describe, expect, it } from 'vitest';
import { figureLine } from '../../bot/figure-line.js';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/**
 * A bulletin dropped beside the plan documents: its definition names every word of a question,
 * while the number asked for stands in a list item under a lead-in that gives the year.
 */
const BULLETIN = `# Hate Crimes, England and Wales, 2015/16

## Definition

Hate crime is any criminal offence perceived by the victim or any other person to be motivated by hostility or prejudice towards someone because of disability; race; religion; sexual orientation; and transgender identity. Offences aimed at disabled people, and at people of any monitored strand, are recorded as hate crime offences when so perceived.

## Findings

The number of hate crime offences in 2015/16 for the five centrally monitored strands were as follows:

- 49,419 (79%) were race hate crimes;
- 3,629 (6%) were disability hate crimes; and
- 858 (1%) were transgender hate crimes.
`;

/** A workforce release whose key finding is followed by the list of what it includes. */
const WORKFORCE = `Police workforce, England and Wales, as at 30 September 2023

Key findings

As at 30 September 2023, the total police workforce size (including police officers, police staff and PCSOs) in England and Wales was 234,438 full-time equivalent (FTE), an increase of 3.0% on the previous year.

This includes:

  • 147,098 FTE police officers (up 3.5% on 142,146 last year)
  • 79,688 FTE police staff and designated officers (up 3.3% on 77,105 last year)
  • 7,651 FTE PCSOs (down 7.4% on 8,263 last year)
`;

/** A force's quarterly update, setting each rate beside last year's. */
const UPDATE = `Cheshire Constabulary quarterly performance update

Outcomes

Shoplifting solved rates are 14.1% compared to 11.9% last year, and vehicle crime is 4.2% compared to 3.8% last year.
`;

/** A survey giving this year's count against a decade before, and a change against a nearer year. */
const SURVEY = `Scottish Crime Survey 2022/23: main findings

Bicycle theft

Bicycle thefts in Scotland were down by 12% in 2022/23 compared to 2020/21.

The survey finds bicycle theft in Scotland has fallen by a third over the decade – from an estimated 9,000 bicycle thefts in 2012/13 to 6,000 in 2022/23.
`;

/** A release whose list splits a number stated before it, under a lead-in naming no period. */
const RELEASE = `Seizures of firearms: quarterly release

Key results

There were 540 firearm seizures in the year ending 30 June 2023.

At the time of data provision, of the 540 seizures:

  • 130 (24%) led to a prosecution
  • 210 (39%) were still under review
`;

/** An annual summary naming its year once, then going on with passages that name none, one opening "During the year". */
const SUMMARY = `Licensing appeals: the year in summary

During 2019-20, the licensing panel received 310 appeals from drivers and operators.

The panel upheld 120 appeals and dismissed 150, and 40 were withdrawn.

During the year, the panel held 58 hearings in public for appeals against a refusal.
`;

const knowledge = useKnowledgeWith({ 'firearms-release.txt': RELEASE, 'hate-crime-bulletin.md': BULLETIN, 'police-workforce.txt': WORKFORCE, 'force-update.txt': UPDATE, 'scottish-survey.txt': SURVEY, 'licensing-appeals.txt': SUMMARY });

describe('a figure question naming a period', () => {
  it('is answered for that period by the figure that names the topic, shown first with its passage', async () => {
    const answer = await handle("How many hate offences were aimed at people because they're disabled in 2015/16?", knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.headline).toMatch(/^3,629 disability hate crimes .*2015\/16/);
    expect(answer.passages[0]?.text).toContain(answer.figures[0]!.sentence);
    expect(answer.notes.join(' ')).not.toMatch(/don't give this/);
    // Its first heading is its title: the citation names it once.
    expect(answer.passages[0]).toMatchObject({ title: 'Hate Crimes, England and Wales, 2015/16', section: 'Findings' });
  });

  it('asked for one period against another, leads with the figure of the one compared with the other', async () => {
    const answer = await handle('How many bicycle thefts were there in Scotland in 2022/23, and how does that compare with 2012/13?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '6,000', period: '2022/23', previous: { value: '9,000', period: '2012/13' } });
  });

  it('gives the items of a list splitting a number stated before the period of that number', async () => {
    const answer = await handle('firearm seizures that led to a prosecution in the year ending June 2023', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '130', period: 'year ending 30 June 2023' });
  });

  it('weighs the figures of the list a top passage opens', async () => {
    const answer = await handle('How many full-time equivalent police officers were there in England and Wales at 30 September 2023?', knowledge());
    expect(answer.figures.map((f) => f.value)).toContain('147,098');
  });

  it('leads with a list item when the place and period the question names are said only by the list\'s lead', async () => {
    const officers = await handle('How many full-time equivalent police officers were there in England and Wales at 30 September 2023?', knowledge());
    expect(officers.figures[0]).toMatchObject({ value: '147,098' });
    const staff = await handle('How many FTE police staff were there in England and Wales at 30 September 2023?', knowledge());
    expect(staff.figures[0]).toMatchObject({ value: '79,688' });
  });

  it('shows, first, the passage each headline figure comes from', async () => {
    for (const q of ['CSTR 2023/24', 'how many Challenger disruptions were there?', 'how many prison leavers were offered CAS-3 accommodation in year 1?']) {
      const answer = await handle(q, knowledge());
      expect(answer.headline, q).toBe(figureLine(answer.figures[0]!));
      expect(answer.passages[0]?.text, q).toContain(answer.figures[0]!.sentence);
    }
  });
});

describe('a passage "During the year"', () => {
  it('speaks of the year the passages before it named, though a passage between names none', async () => {
    const answer = await handle('How many public hearings did the licensing panel hold in 2019-20?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]).toMatchObject({ value: '58', period: '2019-20' });
  });
});

describe('a figure question asking for the previous year', () => {
  it('heads with the value the latest one is compared with, and the latest after it', async () => {
    const answer = await handle('What was the shoplifting solved rate the previous year?', knowledge());
    expect(answer.headline).toMatch(/^11\.9% shoplifting solved rates in the previous year; 14\.1%/);
  });

  it('still heads with the latest value when the question compares the two', async () => {
    const answer = await handle('What is the shoplifting solved rate compared with the previous year?', knowledge());
    expect(answer.headline).toMatch(/^14\.1% shoplifting solved rates.*\(11\.9%\)/);
  });
});
