import type { FullTextFields, TermFrequencies } from './shapes.js';

/** Term frequencies as kept in a state row: term and passage-count pairs, any field and each. */
export type SavedFrequencies = Record<keyof TermFrequencies, [string, number][]>;

/** What building a full-text table from the stored passages yields, whichever database holds it. */
export interface FullTextBuild {
  /** One row per passage: its id, then its text, section and expansion terms joined by spaces. */
  rows: [string, string, string, string][];
  /** Mean length of each field in distinct terms (as minisearch measures a field). */
  lengths: Record<keyof FullTextFields, number>;
  /** How many passages hold each term, as saved beside the table. */
  frequencies: SavedFrequencies;
}

/**
 * Turns stored passages into full-text rows, counting as it goes what BM25 needs beside them:
 * each field's mean length and each term's document frequency. These are counted here and kept,
 * because neither database's full-text engine hands them out without reading its whole index.
 */
export function buildFullText(
  passages: { id: string; text: string; section: string }[],
  fieldsOf: (passage: { text: string; section: string[] }) => FullTextFields,
): FullTextBuild {
  const sums = { text: 0, section: 0, expansions: 0 };
  const counts: Record<keyof TermFrequencies, Map<string, number>> = { any: new Map(), text: new Map(), section: new Map(), expansions: new Map() };
  const count = (map: Map<string, number>, terms: Iterable<string>) => {
    for (const t of terms) map.set(t, (map.get(t) ?? 0) + 1);
  };
  const rows = passages.map((r): [string, string, string, string] => {
    const f = fieldsOf({ text: r.text, section: JSON.parse(r.section) as string[] });
    const text = new Set(f.text);
    const section = new Set(f.section);
    const expansions = new Set(f.expansions);
    sums.text += text.size;
    sums.section += section.size;
    sums.expansions += expansions.size;
    count(counts.text, text);
    count(counts.section, section);
    count(counts.expansions, expansions);
    count(counts.any, new Set([...f.text, ...f.section, ...f.expansions]));
    return [r.id, f.text.join(' '), f.section.join(' '), f.expansions.join(' ')];
  });
  const n = Math.max(1, passages.length);
  return {
    rows,
    lengths: { text: sums.text / n, section: sums.section / n, expansions: sums.expansions / n },
    frequencies: { any: [...counts.any], text: [...counts.text], section: [...counts.section], expansions: [...counts.expansions] },
  };
}

/** Term frequencies read back from their saved JSON (none when nothing was built). */
export function savedFrequencies(json: string | undefined): TermFrequencies {
  const saved: SavedFrequencies = json ? (JSON.parse(json) as SavedFrequencies) : { any: [], text: [], section: [], expansions: [] };
  return { any: new Map(saved.any), text: new Map(saved.text), section: new Map(saved.section), expansions: new Map(saved.expansions) };
}
