import { describe, expect, it } from 'vitest';
import { figureLine } from '../../bot/figure-answer.js';
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

const knowledge = useKnowledgeWith({ 'hate-crime-bulletin.md': BULLETIN });

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

  it('shows, first, the passage each headline figure comes from', async () => {
    for (const q of ['CSTR 2023/24', 'how many Challenger disruptions were there?', 'how many prison leavers were offered CAS-3 accommodation in year 1?']) {
      const answer = await handle(q, knowledge());
      expect(answer.headline, q).toBe(figureLine(answer.figures[0]!));
      expect(answer.passages[0]?.text, q).toContain(answer.figures[0]!.sentence);
    }
  });
});
