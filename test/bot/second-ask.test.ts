import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A prosecutor's yearly bulletin: a total in one sentence, its parts in the next. */
const BULLETIN = `Harbourshire Prosecution Office publishes its annual bulletin 2023/24

During 2023/24:
A total of 12,480 prosecutorial decisions were issued by the Office. The Test for Prosecution was met for 64.5% of cases which included 7,912 decisions for prosecution and 1,204 for diversion from the courts.
Of the 3,364 decisions for no prosecution, most (91.2%) did not pass the evidential test.
`;

const knowledge = useKnowledgeWith({ 'harbourshire-prosecution-bulletin-2023-24.txt': BULLETIN });

describe('a question asking for a second thing after the first', () => {
  it('shows the figure for the second thing too, after the first', async () => {
    const answer = await handle('How many prosecutorial decisions did the Harbourshire Prosecution Office issue in 2023/24, and how many were decisions to prosecute?', knowledge());
    const values = answer.figures.map((f) => f.value);
    expect(values).toContain('7,912');
    expect(values[0]).toBe('12,480');
  });

  it('adds nothing for a second half that only sets the figure against another year', async () => {
    const answer = await handle('How many prosecutorial decisions did the Harbourshire Prosecution Office issue in 2023/24, and how did that compare with the year before?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '12,480' });
    expect(answer.figures.map((f) => f.value)).not.toContain('7,912');
  });
});
