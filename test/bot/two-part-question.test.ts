import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A charity's release: a share with the count it stands for, and a note's mark in brackets after a full stop. */
const RELEASE = `Older people targeted by scammers

More than two-fifths (41.3%) of older people in Northvale - over 40,000 people - believe they have been targeted by scammers, according to new research for the charity.(1) Of those targeted, nearly a tenth (9%) have responded to a scam.
`;

const knowledge = useKnowledgeWith({ 'northvale-scams.txt': RELEASE });

describe('a question asking two kinds of number, one after the other', () => {
  it('leads with the kind the question asks first, and the second part\'s kind answers too', async () => {
    const share = await handle('What proportion of older people in Northvale believe they have been targeted by scammers, and roughly how many people is that?', knowledge());
    expect(share.figures.map((f) => f.value).slice(0, 2)).toEqual(['41.3%', '40,000']);
    const count = await handle('Roughly how many older people in Northvale believe they have been targeted by scammers, and what proportion is that?', knowledge());
    expect(count.figures[0]?.value).toBe('40,000');
  });

  it('takes no figure from a note\'s mark in brackets after a full stop', async () => {
    const answer = await handle('What proportion of older people in Northvale who were targeted responded to a scam?', knowledge());
    expect(answer.figures.some((f) => f.value === '1')).toBe(false);
    expect(answer.figures.map((f) => f.value)).toContain('9%');
  });
});
