import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { renderText } from '../../adapters/render/text.js';
import { askedUnits } from '../../knowledge/search/asked-kind.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A bulletin that sets a definition after the line introducing it. */
const BULLETIN = [
  'Hate incidents recorded by Northvale Police, 2023-24',
  '',
  'This bulletin presents statistics on hate incidents recorded by Northvale Police in 2023-24.',
  '',
  'The definition of a hate incident used by Northvale Police[2] is:',
  '',
  "'Any incident which the victim or any other person perceives to be motivated by hostility or prejudice towards a personal characteristic. The perception of the victim is what counts.'",
  '',
  'The police recorded 4,210 hate incidents in 2023-24.',
  '',
].join('\n');

const knowledge = useKnowledgeWith({ 'northvale-hate.txt': BULLETIN });

describe('a passage that introduces what follows it', () => {
  it('is shown with what it introduces, and its note mark is no figure', async () => {
    const answer = await handle('What definition of a hate incident does Northvale Police use?', knowledge());
    expect(answer.passages[0]!.text).toMatch(/(?:^|\n)The definition of a hate incident used by Northvale Police\[2\] is:\n'Any incident which the victim/);
    expect(answer.figures.map((f) => f.value)).not.toContain('2');
    // At a terminal the list stands under its lead-in, indented as the citation is.
    expect(renderText(answer)).toContain("is:\n    'Any incident which the victim");
  });

  it('is shown alone when nothing reads on from it', async () => {
    const answer = await handle('How many hate incidents did Northvale Police record in 2023-24?', knowledge());
    // (Shown joined to the passages before it, which also match: but nothing is added after it.)
    expect(answer.passages.find((p) => p.text.includes('The police recorded'))?.text).toMatch(/The police recorded 4,210 hate incidents in 2023-24\.$/);
  });
});

describe('"how much of"', () => {
  it('asks for a share of a whole, or a sum', () => {
    expect(askedUnits("how much of the force's budget pays wages?", [])?.[0]).toBe('percent');
    expect(askedUnits("how much of the force's budget pays wages?", [])).toContain('money');
  });
});
