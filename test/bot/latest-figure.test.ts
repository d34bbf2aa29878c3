import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A watchdog's tenth annual report, setting its first year's numbers beside its latest. */
const REPORT = `Ten years of the complaints commissioner

In 2013-2014, we assessed 251 referrals. We also received 292 applications for complaint handling reviews and reviewed 600 separate heads of complaint.

In comparison, we assessed 834 referrals in 2023-2024. In this past year, we also received 260 applications for complaint handling reviews and reviewed 1,346 separate heads of complaint.
`;

const knowledge = useKnowledgeWith({ 'commissioner-tenth-year.txt': REPORT });

describe('a figure asked with no period, that the document gives for several', () => {
  it('leads with the latest period\'s value of that measure', async () => {
    const answer = await handle('How many applications for complaint handling reviews did the commissioner receive?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '260', period: '2023-2024' });
  });

  it('leads with the period asked, when one is', async () => {
    const answer = await handle('How many applications for complaint handling reviews did the commissioner receive in 2013-2014?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '292', period: '2013-2014' });
  });
});
