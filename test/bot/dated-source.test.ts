import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A fire service's release, dated, whose figures compare with ten years before. */
const RELEASE = `Deliberate fires fall over the last decade

Published 17 September 2012

Deliberate fires across the county have dropped by four-fifths over the last decade, according to figures released today by Riverford Fire Service.

Eastfield has seen the biggest single decrease, with 90 per cent fewer deliberate fires than 10 years ago.

The sharp decline in deliberate fires can be partly attributed to the value of scrap making it less likely that cars are abandoned and subject to arson. In August 2001 old steel scrap was £35 per tonne.
`;

const knowledge = useKnowledgeWith({ 'riverford-deliberate-fires.txt': RELEASE });

describe('a year set after who says it ("according to the fire service in 2012")', () => {
  it('dates the source, so a release of that year answers without "not for the period asked"', async () => {
    const answer = await handle('Which district saw the steepest fall in arson, according to the Riverford fire service in 2012?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.figures[0]).toMatchObject({ value: '90 per cent' });
  });

  it('still asks of a year the question sets apart from its source', async () => {
    const answer = await handle('Deliberate fires in 2015, according to Riverford Fire Service', knowledge());
    expect(answer.status).not.toBe('answered');
  });
});
