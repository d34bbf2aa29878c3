/**
 * A lookup table kept as one text of sorted lines ("key\tfields…"), searched in place.
 *
 * Why not a Map: the word-alternatives table has some twenty thousand rows, and a start that
 * parses them into arrays and Maps spends about 80 ms (and as much again in garbage collection)
 * before its first answer, which looks up perhaps thirty of them. Kept as text, loading costs a
 * string, and each look-up a binary search over the text itself.
 */
export class SortedLines {
  /** `text`: lines sorted by their key (code-unit order, as `Array.prototype.sort`), no trailing newline. */
  constructor(private readonly text: string) {}

  /**
   * Lines from `[key, rest]` pairs: sorted by key, later pairs replacing earlier ones of the same
   * key. Keys and fields must hold no tab or newline.
   */
  static pack(entries: Iterable<[key: string, rest: string]>): string {
    const byKey = new Map<string, string>();
    for (const [key, rest] of entries) byKey.set(key, rest);
    return [...byKey.keys()]
      .sort()
      .map((k) => `${k}\t${byKey.get(k)}`)
      .join('\n');
  }

  /** The rest of the line whose key is `key` (after its tab), or undefined. */
  get(key: string): string | undefined {
    const at = this.lowerBound(key);
    if (at > this.text.length || this.text === '') return undefined;
    const end = this.lineEnd(at);
    const tab = this.text.indexOf('\t', at);
    const keyEnd = tab === -1 || tab > end ? end : tab;
    if (this.text.slice(at, keyEnd) !== key) return undefined;
    return keyEnd === end ? '' : this.text.slice(keyEnd + 1, end);
  }

  /** Whether some key begins with `prefix`. */
  hasPrefix(prefix: string): boolean {
    const at = this.lowerBound(prefix);
    return at <= this.text.length && this.text !== '' && this.keyAt(at).startsWith(prefix);
  }

  private lineEnd(start: number): number {
    const end = this.text.indexOf('\n', start);
    return end === -1 ? this.text.length : end;
  }

  private keyAt(start: number): string {
    const end = this.lineEnd(start);
    const tab = this.text.indexOf('\t', start);
    return this.text.slice(start, tab === -1 || tab > end ? end : tab);
  }

  /**
   * Where the first line whose key is not below `key` starts (past the text's end when none is).
   * The search halves the text by characters, stepping back to the start of the line it lands
   * in, so no index of line starts is made: a look-up reads some twenty keys.
   */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.text.length + 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      // lo is a line's start, so the line holding mid starts at or after it.
      const start = mid === 0 ? 0 : this.text.lastIndexOf('\n', mid - 1) + 1;
      if (this.keyAt(start) < key) lo = this.lineEnd(start) + 1;
      else hi = start;
    }
    return lo;
  }
}
