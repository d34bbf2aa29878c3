import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A release whose figures run on from one paragraph to the next, as press releases write them. */
const RELEASE = [
  '# Crime on the Riverside tramway, 2022/23',
  '',
  'Tram passenger journeys on the Riverside network rose again, with an extra 2.1 million journeys in 2022/23.',
  '',
  'Riverside Tram Police recorded 3,412 crimes on the network between 1 April 2022 and 31 March 2023.',
  '',
  'That compares with 3,150 crimes in 2021/22, an increase of 8%, less than the rise of 11% across forces in England.',
  '',
  'Staff at Riverside depots received new body-worn cameras during the year.',
  '',
  '# Enforcement on the Riverside tramway',
  '',
  'Fixed penalty notices were issued for the following breaches of the tram byelaws:',
  '',
  '- 14 x smoking on a platform',
  '- 9 x feet on seats',
  '- 31 x travelling without a ticket',
  '',
  'Ticket inspections were doubled on the Riverside tramway from January 2023.',
  '',
].join('\n');

/** An annual report whose two neighbouring paragraphs are each too long to show beside the other. */
const ANNUAL = [
  '# Eastbrook tramway annual report',
  '',
  `Eastbrook Tram Police recorded 3,412 crimes on the tramway in 2022/23, ${'most of them thefts of and from bicycles left at park-and-ride stops, '.repeat(4)}the force said.`,
  '',
  `That compares with 3,150 crimes on the tramway in 2021/22, ${'when fewer passengers travelled and fewer bicycles were left at the stops, '.repeat(4)}the force added.`,
  '',
].join('\n');

const knowledge = useKnowledgeWith({ 'riverside-trams.txt': RELEASE, 'eastbrook-annual.txt': ANNUAL });

describe('passages shown together', () => {
  it('joins two neighbouring passages that both match into one excerpt, in the order the document gives them', async () => {
    const answer = await handle('Riverside Tram Police recorded crimes 2022/23 compared with 2021/22 increase', knowledge());
    const first = answer.passages[0]!.text;
    expect(first).toContain('Riverside Tram Police recorded 3,412 crimes');
    expect(first).toContain('That compares with 3,150 crimes in 2021/22');
    expect(first.indexOf('recorded 3,412')).toBeLessThan(first.indexOf('That compares'));
    // Shown once: the sentence joined to the first excerpt is not shown again on its own.
    expect(answer.passages.filter((p) => p.text.includes('That compares with 3,150')).length).toBe(1);
  });

  it('does not join neighbours too long to show together in a chat card', async () => {
    const answer = await handle('Eastbrook Tram Police crimes on the tramway 2022/23 compared with 2021/22', knowledge());
    const shown = answer.passages.filter((p) => p.text.includes('3,412 crimes on the tramway') || p.text.includes('3,150 crimes on the tramway'));
    expect(shown.length).toBe(2);
  });

  it('does not join passages across a heading', async () => {
    const answer = await handle('Riverside depots body-worn cameras fixed penalty notices tram byelaws', knowledge());
    for (const p of answer.passages) {
      expect(p.text.includes('body-worn cameras') && p.text.includes('Fixed penalty notices')).toBe(false);
    }
  });

  it('shows a list item under the line that says what the list counts', async () => {
    const answer = await handle('Riverside trams: penalties for travelling without a ticket', knowledge());
    const shown = answer.passages.find((p) => p.text.includes('31 x travelling without a ticket'));
    expect(shown?.text).toMatch(/^Fixed penalty notices were issued for the following breaches of the tram byelaws:\n/);
  });
});
