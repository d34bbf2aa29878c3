import { describe, expect, it } from 'vitest';
import { useKnowledgeWith } from '../helpers/knowledge.js';

// A news release whose opening paragraph restates its title, and whose figures come after it.
const RELEASE = `Harbour Ferry Authority passenger figures 2023

The Harbour Ferry Authority today published its passenger figures for 2023, with figures on complaints, and thanked its passengers, crews and harbour staff for a busy year on the ferry.

Over the year the service carried 1.2 million passengers, up from 1.05 million the year before, with the busiest month in August.

Complaints received fell to 214 in 2023, from 260 in 2022, and 96% of crossings left on time.
`;

const knowledge = useKnowledgeWith({ 'harbour-ferry-2023.txt': RELEASE });

describe('a passage that restates its document title', () => {
  it('does not outrank the passage that answers for repeating the words every passage of the document is about', async () => {
    const kb = knowledge();
    const found = await kb.retrieve(kb.question('Harbour Ferry Authority complaints 2023'));
    expect(found.ranked[0]!.passage.text).toContain('Complaints received fell to 214 in 2023');
    expect(found.ranked[1]!.passage.text).toContain('today published its passenger figures');
  });
});
