import { describe, expect, it } from 'vitest';
import { terms } from '../../knowledge/language/tokens.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A statistics bulletin whose publisher is written out, and a council report naming that publisher by its acronym. */
const BULLETIN = `Crime statistics bulletin
Office for National Statistics
Release date: 20 July 2023

Main points

Police recorded crime is not a good indicator of general trends in crime.
`;
const COUNCIL = `Community safety report
Example Borough Council
Published 1 June 2023

Summary

Our figures come from the Office for National Statistics (ONS) each quarter.

ONS figures show police recorded crime in the borough fell last year.
`;

const knowledge = useKnowledgeWith({ 'bulletin.txt': BULLETIN, 'council.txt': COUNCIL });

describe('a question naming a publisher by its acronym', () => {
  it('matches that publisher\'s documents on the acronym, as if their title said it', async () => {
    const found = await knowledge().retrieve('what does the ONS say about police recorded crime?');
    const bulletin = found.ranked.find((r) => /not a good indicator/.test(r.passage.text));
    const ons = terms('ONS')[0]!;
    expect(bulletin?.matched.has(ons)).toBe(true);
    // The publisher written out matches as well as its acronym does.
    const spelled = await knowledge().retrieve('what does the Office for National Statistics say about police recorded crime?');
    expect(spelled.ranked.findIndex((r) => /not a good indicator/.test(r.passage.text))).toBeLessThan(3);
  });

});
