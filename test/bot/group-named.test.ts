import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A bulletin giving one rate for all passengers, by no sex or age. */
const FERRIES = `Ferry safety bulletin

Incidents

The incident rate for ferry passengers was 2.1% in 2022/23, down from 2.4% in 2021/22.
`;

/** A bulletin giving its rate for all passengers and for women and older passengers apart. */
const BUSES = `Bus safety bulletin

Incidents

The bus incident rate was 3.0% in 2022/23. Among women passengers the bus incident rate was 2.0%, and among passengers aged 70 and over it was 4.5%.
`;

const knowledge = useKnowledgeWith({ 'ferries.txt': FERRIES, 'buses.txt': BUSES });

describe('a group of people a question asks about (by sex, or an age band)', () => {
  it('is not answered by the figure for everyone in a document that never speaks of that group, whatever other documents say of it', async () => {
    const women = await handle('What was the ferry incident rate for women in 2022/23?', knowledge());
    expect(women.status).toBe('no_answer');
    const older = await handle('What was the ferry incident rate for passengers aged 60 and over in 2022/23?', knowledge());
    expect(older.status).toBe('no_answer');
  });

  it('is answered by a document that gives the figure for the group', async () => {
    const women = await handle('What was the bus incident rate for women in 2022/23?', knowledge());
    expect(women.figures[0]).toMatchObject({ value: '2.0%' });
    const older = await handle('What was the bus incident rate for passengers aged 70 and over in 2022/23?', knowledge());
    expect(older.status).toBe('answered');
    expect(older.figures.map((f) => f.value)).toContain('4.5%');
  });
});
