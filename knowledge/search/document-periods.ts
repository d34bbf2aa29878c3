import { findPeriods, overlaps } from '../language/periods.js';
import type { Passage, Period, StoredDocument } from '../types.js';
import type { Corpus } from './corpus.js';

/** How long after the latest period it speaks of an undated document may have been written. */
const UNDATED_REACH_YEARS = 2;

/**
 * What period a document is of, as a question naming it by one asks ("its 2023 inspection", "the
 * 2020 VSA assessment"): by its title and date, else by the periods it speaks of.
 */
export class DocumentPeriods {
  /** The end of the latest period each document's figures speak of ('' for none), as asked. */
  private readonly latestSpoken = new Map<string, string>();

  constructor(
    private readonly documents: Map<string, StoredDocument>,
    private readonly corpus: Pick<Corpus, 'figures'>,
  ) {}

  /**
   * Whether a document is of a period a question names it by ("its 2023 inspection"): its title
   * names an overlapping period or it is dated within it. Undefined when neither title nor date
   * gives it a period, so nothing can be said.
   */
  isOf(docId: string, period: Period): boolean | undefined {
    const d = this.documents.get(docId);
    if (!d) return undefined;
    const spans = [...findPeriods(d.title), ...(d.date ? [{ label: d.date, start: d.date, end: d.date, kind: 'date' as const }] : [])];
    return spans.length === 0 ? undefined : spans.some((s) => overlaps(s, period));
  }

  /**
   * As {@link isOf}, and for a document neither titled nor dated by a period, by the
   * periods its figures speak of and those named in `read`, passages of it already at hand ("the
   * previous inspection in 2014"): a document written well after the latest of them (more than
   * {@link UNDATED_REACH_YEARS} years) would speak of something later, so it is not of that time.
   */
  async speaksOf(docId: string, period: Period, read: Passage[] = []): Promise<boolean | undefined> {
    const known = this.isOf(docId, period);
    if (known !== undefined) return known;
    let latest = this.latestSpoken.get(docId);
    if (latest === undefined) {
      const ends = (await this.corpus.figures({ docId })).flatMap((f) => [f.period?.end, f.previous?.period?.end]).filter((e): e is string => e !== undefined);
      latest = ends.sort().at(-1) ?? '';
      this.latestSpoken.set(docId, latest);
    }
    for (const p of read) if (p.docId === docId) for (const named of p.periods) if (named.end > latest) latest = named.end;
    if (latest === '') return undefined;
    const reach = `${Number(latest.slice(0, 4)) + UNDATED_REACH_YEARS}${latest.slice(4)}`;
    return period.start > reach ? false : undefined;
  }
}
