import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A national settlement: one total for England and Wales, no force named. */
const SETTLEMENT = `Police funding settlement 2023/24

Key findings

Up to £17,613 million in funding for policing in England and Wales has been agreed for 2023/24.

The settlement was announced to Parliament in February.
`;

/** A force area's violence reduction unit: it names the force, and states no funding. */
const UNIT = `Violence reduction unit: five years on

The Northumbria Violence Reduction Unit was set up with police funding agreed by the commissioner, and has published new figures on serious violence across the region.

Hospital admissions for assault with a sharp object fell by a fifth over the five years.
`;

/** Another force's own budget, which states its funding and names it. */
const BUDGET = `Budget report 2023/24

The Dyfedshire police budget of £132 million was agreed by the panel for 2023/24.
`;

/** A regional service's release whose count is for the whole nation it lies in. */
const FIRES = `Grass fires release

North Wales Fire and Rescue Service is urging people not to set fires on the hills this spring.

In 2018/19 there were 2,850 deliberate grass fires across Wales.
`;

/** A national operator's release whose count is for one region of the whole it serves. */
const TRESPASS = `Trespass on the railway

Network Rail looks after the railway across Great Britain and is asking people to keep off the tracks.

In 2023-24 there were 2,755 incidents of trespass recorded in the East Midlands.
`;

const knowledge = useKnowledgeWith({ 'settlement.txt': SETTLEMENT, 'vru-five-years.txt': UNIT, 'budget.txt': BUDGET, 'grass-fires.txt': FIRES, 'trespass.txt': TRESPASS });

describe('a figure asked for a named force or area', () => {
  it('is not answered by a total for elsewhere, though another passage names the area', async () => {
    const answer = await handle('How much police funding was agreed for Northumbria Police for 2023/24?', knowledge());
    expect(answer.status).toBe('no_answer');
  });

  it('is answered by a figure from a passage that names it', async () => {
    const answer = await handle('How much police funding was agreed for Dyfedshire for 2023/24?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]).toMatchObject({ value: '£132 million' });
  });

  it('is not answered by the figure for the whole nation the area lies in', async () => {
    const answer = await handle('How many deliberate grass fires were there in North Wales in 2018/19?', knowledge());
    expect(answer.status).toBe('no_answer');
    const whole = await handle('How many deliberate grass fires were there in Wales in 2018/19?', knowledge());
    expect(whole.figures[0]).toMatchObject({ value: '2,850' });
  });

  it('is not answered by the figure for one region of the whole asked, "national" or not', async () => {
    const whole = await handle('What was the national total of railway trespass incidents in Great Britain in 2023-24?', knowledge());
    expect(whole.status).toBe('no_answer');
    const region = await handle('How many railway trespass incidents were there in the East Midlands in 2023-24?', knowledge());
    expect(region.figures[0]).toMatchObject({ value: '2,755' });
  });
});
