import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A force's news release whose answer is a date, beside another body's report full of counts. */
const RELEASE = [
  'Eastvale Police releases early crime statistics',
  '',
  'Crime statistics for forces across the country are scheduled for release by the Home Office on July 19, with Eastvale today becoming the latest force to release early figures ahead of that date.',
  '',
].join('\n');
const REPORT = [
  'Westvale offender management report',
  '',
  'There are currently 145 offenders on licence in Westvale, with 72 in custody until their release and 58 managed by teams in the community.',
  '',
].join('\n');

const knowledge = useKnowledgeWith({ 'eastvale-release.txt': RELEASE, 'westvale-report.txt': REPORT });

describe('a figure from a passage far weaker than the best', () => {
  it('is not shown, nor its passage put first, when it is from another document', async () => {
    const answer = await handle('Eastvale early crime figures Home Office release date', knowledge());
    expect(answer.passages[0]?.text).toContain('scheduled for release by the Home Office on July 19');
    expect(answer.headline).not.toMatch(/\b(?:72|145|58)\b/);
    expect(answer.figures.map((f) => f.value)).not.toContain('72');
  });

  it("is still shown from the best passage's own document", async () => {
    const answer = await handle('How many offenders are on licence in Westvale?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '145' });
  });
});
