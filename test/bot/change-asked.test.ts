import { describe, expect, it } from 'vitest';
import { handle } from '../../bot/handle.js';
import { figureLine } from '../../bot/figure-line.js';
import { useKnowledgeWith } from '../helpers/knowledge.js';

/** A report giving a level and a change for the same service in neighbouring passages. */
const REPORT = `Library service annual review

Loans and visits

Visits to the mobile library rose from 40% of households in 2021/22 to 46% in 2022/23, the best year the service has had.

The share of households visiting fell to 44% in 2023/24, but the total number of books lent actually increased by 12% (5,000 to 5,600).

Staffing

The service employs 35 librarians across 9 branches.

Volunteers

The service had 412 volunteers at the end of March 2024 (down 8.0% on 448 last year), most of them helping in the two largest branches.

Reservations

Online reservations were 12% lower than in 2019, however there was a 9% increase compared with the previous year.

Book renewals were 20% lower in 2023/24 than in 2019/20, however there was a 5% increase compared with 2022/23.

Events

There were 280 author events in 2023/24 compared with 220 in the previous year.

Fines

Between 2014/15 and 2023/24, the average fine per borrower has fallen from £3.00 to £1.80. The average fine per borrower was £1.80 in 2023/24, down from £2.00 in 2022/23.

Quarterly update

Study room bookings in April to June 2024 were 31% higher compared with the same quarter a year earlier, as the exam season started early.

Adult library memberships stood at 3,100 at the end of June 2024, an increase of 2.5% on the same quarter last year.

Queues

Borrowers faced nearly 9,000 minutes of waiting at the issue desks - equivalent to more than 6 days - up by 15% since the previous year.

Printing

The library printed 2,400 pages for job seekers in 2023/24, down three per cent on 2022/23.

Notices

Overdue notices sent to borrowers rose by 340 to 2,150 in 2023/24. The branches recruited 25 new shelvers in 2023/24.

Thefts

Quarter 2 figures for the branch network show a 3.5 per cent reduction in thefts compared to the same period last year. Reductions were seen in book theft (down 14.9 per cent - 89 fewer thefts) and laptop theft (down 9.9 per cent).
`;

const knowledge = useKnowledgeWith({ 'library-review.txt': REPORT });

describe('a question asking by how much something moved', () => {
  it('leads with the size of the change, not a level the documents give beside it', async () => {
    const answer = await handle('by how much did the number of books lent grow between 2022/23 and 2023/24?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '12%' });
    const rise = await handle('what was the increase in the number of books lent?', knowledge());
    expect(rise.figures[0]).toMatchObject({ value: '12%' });
  });

  it('leads with the level, not a change worked out from two levels the documents state (it would be in no sentence)', async () => {
    const answer = await handle('how much did author events change on the previous year?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '280', previous: { value: '220' } });
    expect(answer.headline).toMatch(/^280 author events/);
  });

  it('leads with the change measured against the year before when that is the comparison asked', async () => {
    const answer = await handle('online reservations change on the previous year', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '9%' });
    // The year before the one asked, named as a period.
    const renewals = await handle('book renewals 2023/24 change on previous year', knowledge());
    expect(renewals.figures[0]).toMatchObject({ value: '5%' });
  });

  it('leads, asked against the year before, with the value compared with the year before rather than one a decade back', async () => {
    const answer = await handle('what was the average fine per borrower in 2023/24 and what was it the year before?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '£1.80', previous: { value: '£2.00' } });
  });

  it('tells a level as the change its sentence states when the change is asked, the level beside it', async () => {
    const answer = await handle('volunteer numbers change on previous year', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '8.0%' });
    expect(figureLine(answer.figures[0]!)).toMatch(/^8\.0% fall in volunteers .*\(412, from 448 last year\)$/);
  });

  it('reads "up or down" and a closing "change" as asking for the change', async () => {
    const answer = await handle('did the number of books lent go up or down?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '12%' });
    const terse = await handle('volunteers 2024 change', knowledge());
    expect(terse.figures[0]).toMatchObject({ value: '8.0%' });
    // (Its period may come last: "volunteers change 2024".)
    const periodLast = await handle('volunteers change 2024', knowledge());
    expect(periodLast.figures[0]).toMatchObject({ value: '8.0%' });
  });

  it('declines a count asked of a thing the documents give only a change for, and answers the change asked', async () => {
    const count = await handle('how many online reservations were made in 2023/24?', knowledge());
    expect(count.status).toBe('no_answer');
    const change = await handle('how did online reservations change on the previous year?', knowledge());
    expect(change.figures[0]).toMatchObject({ value: '9%' });
  });

  it('reads a livelier verb of news copy, and "by how much" after the verb, as asking for the change', async () => {
    const answer = await handle('the number of books lent climbed in 2023/24, but by how much?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '12%' });
    const volunteers = await handle('how far has the number of library volunteers come down?', knowledge());
    expect(volunteers.figures[0]).toMatchObject({ value: '8.0%' });
  });

  it('does not take the words setting up a comparison for the topic', async () => {
    const asked = 'have adult memberships gone up or down compared with the same quarter a year earlier?';
    const read = knowledge().question(asked);
    const framing = read.concepts.filter((c) => c.frame).flatMap((c) => c.words);
    expect(framing).toEqual(expect.arrayContaining(['compared', 'quarter', 'earlier']));
    expect(framing).not.toContain('memberships');
    const ago = knowledge().question('how much have book loans grown compared with ten years ago?');
    expect(ago.concepts.filter((c) => c.frame).flatMap((c) => c.words)).toEqual(expect.arrayContaining(['ten', 'years', 'ago']));
    // A passage comparing something else with the same quarter does not outrank the topic.
    const answer = await handle(asked, knowledge());
    // (It may be shown with a passage beside it, in the document's order.)
    expect(answer.passages[0]?.text).toMatch(/(?:^|\n)Adult library memberships/);
    expect(answer.figures[0]).toMatchObject({ value: '2.5%' });
  });

  it('says the change a sentence states beside the level, and what it is against', async () => {
    const answer = await handle('how many adult library memberships were there in June 2024?', knowledge());
    expect(figureLine(answer.figures[0]!)).toMatch(/^3,100 adult library memberships .*June 2024, up 2\.5% on the same quarter last year$/);
  });

  it('gives no value for a year before whose value the sentence leaves unsaid', async () => {
    const answer = await handle('how many adult library memberships were there the previous year?', knowledge());
    for (const f of answer.figures) expect(f.value).not.toBe('');
    expect(answer.headline ?? '').not.toMatch(/^\s/);
  });

  it('tells an amount of time as the change asked, naming what rose and against when', async () => {
    const answer = await handle('how much queueing did borrowers face at the issue desks, and how did that change?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '15%' });
    expect(figureLine(answer.figures[0]!)).toMatch(/^15% rise in minutes of waiting\b.* on the previous year\b.*\(9,000 minutes\)$/);
  });

  it('says a change the document writes in words, with its direction', async () => {
    const answer = await handle('how many pages did the library print for job seekers in 2023/24?', knowledge());
    expect(figureLine(answer.figures[0]!)).toMatch(/^2,400 pages .*in 2023\/24, down three per cent on 2022\/23$/);
  });

  it('leads with the part of a change a later sentence names, said as the fall it is', async () => {
    const answer = await handle('branch network book theft quarter 2', knowledge());
    expect(figureLine(answer.figures[0]!)).toMatch(/^14\.9 per cent fall in book theft\b/);
  });

  it('says a count the sentence gives as how far something moved is a rise or a fall, and a count of what was added is neither', async () => {
    const answer = await handle('overdue notices sent to borrowers in 2023/24', knowledge());
    const lines = answer.figures.map((f) => figureLine(f));
    expect(lines).toContainEqual(expect.stringMatching(/^340 rise in overdue notices\b/));
    const recruits = await handle('how many shelvers did the branches recruit in 2023/24?', knowledge());
    expect(recruits.figures[0]).toMatchObject({ value: '25' });
    expect(figureLine(recruits.figures[0]!)).not.toMatch(/\b(?:rise|fall)\b/);
  });

  it('still leads with the level when the level is what is asked', async () => {
    const answer = await handle('what share of households visited the mobile library in 2022/23?', knowledge());
    expect(answer.figures[0]).toMatchObject({ value: '46%' });
  });
});

describe('a question set in the present ("these days", "at the moment")', () => {
  it('is answered as the same question without those words', async () => {
    const plain = await handle('how many librarians does the service employ?', knowledge());
    for (const said of ['these days', 'at the moment', 'currently', 'right now']) {
      const asked = await handle(`how many librarians does the service employ ${said}?`, knowledge());
      expect(asked.status).toBe('answered');
      expect(asked.figures[0]).toMatchObject({ value: '35' });
      expect(asked.passages.map((p) => p.text)).toEqual(plain.passages.map((p) => p.text));
    }
  });
});

describe('words that say what kind of answer is wanted ("how long", "typically")', () => {
  it('are not searched as the topic', () => {
    const read = knowledge().question('how long does it typically take for a reservation to be approved?');
    const words = read.concepts.flatMap((c) => c.words);
    expect(words).not.toContain('long');
    expect(words).not.toContain('typically');
    expect(words).toEqual(expect.arrayContaining(['reservation', 'approved']));
    // The duration is still what is asked for.
    expect(read.units).toEqual(expect.arrayContaining(['days']));
  });
});

/** A bulletin giving a share and, in the same sentence, how far the count behind it fell. */
const BULLETIN = `Eastshire stop checks bulletin, year ending March 2024

Outcomes

Of those 18,240 stop checks, 2,190 led to a caution. While the volume of cautions is 21% lower than the previous year, the caution rate increased from 10% to 12%.
`;

const bulletin = useKnowledgeWith({ 'eastshire-stop-checks.txt': BULLETIN });

describe('a share asked for, with no change asked', () => {
  it('is answered by the share, not by the percentage by which a count beside it changed', async () => {
    const answer = await handle('What share of stop checks led to a caution in the year ending March 2024, and what was it the year before?', bulletin());
    expect(answer.figures[0]).toMatchObject({ value: '12%', previous: { value: '10%' } });
  });

  it('is answered by the change where the change is what is asked', async () => {
    const answer = await handle('By how much did the volume of cautions after stop checks fall in the year ending March 2024?', bulletin());
    expect(answer.figures[0]?.value).toBe('21%');
  });
});
