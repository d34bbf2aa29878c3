import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A bulletin giving one rate for Greater Manchester and one for England and Wales, a sentence each. */
const BULLETIN = `Restorative outcomes bulletin

Community resolutions

The community resolution rate in Greater Manchester was 14.2% in 2022/23. In England and Wales the community resolution rate was 11.6% in 2022/23.
`;

const knowledge = useKnowledgeWith({ 'outcomes-bulletin.txt': BULLETIN });

describe('a question setting one place beside another', () => {
  it('heads with the place asked about, the one it is compared with after it', async () => {
    const gm = await handle('What was the community resolution rate in Greater Manchester compared with England and Wales?', knowledge());
    expect(gm.headline).toBe('14.2% community resolution rate in Greater Manchester in 2022/23');
    expect(gm.figures.map((f) => f.value)).toContain('11.6%');
    const national = await handle('What was the community resolution rate in England and Wales compared with Greater Manchester?', knowledge());
    expect(national.headline).toBe('11.6% community resolution rate in England and Wales in 2022/23');
  });

  it('names a measure without the place a sentence opens with ("In England and Wales the … rate was")', async () => {
    const answer = await handle('community resolution rate England and Wales 2022/23', knowledge());
    expect(answer.figures.find((f) => f.value === '11.6%')?.measure).toBe('community resolution rate');
  });
});
