import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { spelledOutNames } from '../../knowledge/language/names.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A council's reply to a request, writing a power only by its initials and answering below each question. */
const REPLY = [
  'Freedom of information request: enforcement powers',
  'Northvale Borough Council',
  'Date of response: 12 May 2023',
  '',
  'Question 1',
  'How many CPWs were issued in April 2021 to March 2022 and April 2022 to March 2023?',
  'Our response:',
  'Apr 2021 to Mar 2022: 31',
  'Apr 2022 to Mar 2023: 44',
  'Question 2',
  'How many fines were issued for littering in April 2022 to March 2023?',
  'Our response:',
  'We do not hold this information.',
  'Question 3',
  'Were any CPWs issued to businesses in April 2022 to March 2023?',
  'Our response:',
  'We do not record whether a CPW was issued to a business.',
  '',
].join('\n');

const knowledge = useKnowledgeWith({ 'northvale-foi-warnings.txt': REPLY });

describe('a name the question spells out that the documents write only as initials', () => {
  it('is read as those initials, said so, and answered by the line below the question that asks it', async () => {
    const answer = await handle('How many Community Protection Warnings did Northvale issue between April 2022 and March 2023?', knowledge());
    expect(answer.status).toBe('answered');
    expect(answer.notes).toContain('Reading "Community Protection Warnings" as "CPW".');
    expect(answer.figures[0]?.value).toBe('44');
  });

  it('is read whole: the ending of a longer name names something else', () => {
    const written = (initials: string) => ['cpw', 'psni'].includes(initials);
    expect(spelledOutNames('Which Community Protection Warnings were issued?', written)).toEqual([{ name: 'Community Protection Warnings', initials: 'cpw' }]);
    expect(spelledOutNames('decisions of the Public Prosecution Service in Northern Ireland', written)).toEqual([]);
  });
});
