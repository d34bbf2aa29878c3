import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { buildPassages } from '../../knowledge/documents/passages.js';
import { blocksOf } from '../helpers/fixtures.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';


/** An organisation chart as extraction leaves it: each box's name over two lines, then its label line. */
const CHART = [
  'Community safety governance',
  '',
  'Our partnership boards and who leads them are shown below.',
  '',
  '1. Safer Streets',
  '',
  'Serious Violence',
  'Board',
  'Chair: Supt Dana Whitfield',
  '',
  'Road Safety',
  'Partnership',
  'Chair: Cllr Omar Haddad',
  '',
  'The boards report to the Community Safety Partnership each quarter.',
  '',
].join('\n');

const knowledge = useKnowledgeWith({ 'county-governance.txt': CHART });

describe('label lines in a chart or diagram', () => {
  it('are read with the fragment they label, not as passages of their own', () => {
    const passages = buildPassages('d', '2024-01-01', blocksOf(['Serious Violence', 'Board', 'Chair: Supt Dana Whitfield', 'Road Safety Partnership', 'Chair: Cllr Omar Haddad'], ['Governance']));
    expect(passages.map((p) => p.text)).toEqual(['Serious Violence Board Chair: Supt Dana Whitfield', 'Road Safety Partnership Chair: Cllr Omar Haddad']);
    expect(passages[0]).toMatchObject({ start: 0, end: 'Serious Violence'.length + 2 + 'Board'.length + 2 + 'Chair: Supt Dana Whitfield'.length });
  });

  it('stay apart from a sentence, a numbered heading, another section or a long label', () => {
    const texts = (t: string[], section?: string[]) => buildPassages('d', '2024-01-01', blocksOf(t, section ?? ['Governance'])).map((p) => p.text);
    expect(texts(['The board met four times this year.', 'Chair: Supt Dana Whitfield'])).toHaveLength(2);
    expect(texts(['2. Safer Roads', 'Chair: Cllr Omar Haddad'])).toHaveLength(2);
    // The name joined is a few words: a run of fragments longer than that is not one box's name.
    expect(texts(['Partnership working across all of the', 'ten districts and the', 'Chair: Cllr Omar Haddad'])).toEqual(['Partnership working across all of the', 'ten districts and the Chair: Cllr Omar Haddad']);
    expect(texts(['Serious Violence Board', 'Source: the partnership’s own returns to the Home Office for the year ending March 2024'])).toHaveLength(2);
    const split = [...blocksOf(['Serious Violence Board'], ['Boards']), ...blocksOf(['Chair: Supt Dana Whitfield'], ['Leads'])];
    expect(buildPassages('d', '2024-01-01', split)).toHaveLength(2);
  });

  it('answer who chairs a board', async () => {
    const answer = await handle('who chairs the serious violence board?', knowledge());
    expect(answer.passages[0]?.text).toBe('Serious Violence Board Chair: Supt Dana Whitfield');
  });
});
