import { describe, expect, it } from 'vitest';
import { SortedLines } from '../../knowledge/language/sorted-lines.js';

describe('a table kept as sorted lines', () => {
  const table = new SortedLines(
    SortedLines.pack([
      ['lie detector', 'polygraph'],
      ['kid', 'child youngster'],
      ['jail', 'prison'],
      ['kid', 'child'],
      ['lie', ''],
    ]),
  );

  it('finds each key whatever order it was given in, the last value of a repeated key winning', () => {
    expect(table.get('jail')).toBe('prison');
    expect(table.get('kid')).toBe('child');
    expect(table.get('lie detector')).toBe('polygraph');
    expect(table.get('lie')).toBe('');
  });

  it('finds nothing for a key it does not hold, before, between or after its keys', () => {
    expect(table.get('aardvark')).toBeUndefined();
    expect(table.get('ki')).toBeUndefined();
    expect(table.get('zebra')).toBeUndefined();
  });

  it('says whether a phrase begins with a word', () => {
    expect(table.hasPrefix('lie ')).toBe(true);
    expect(table.hasPrefix('kid ')).toBe(false);
    expect(table.hasPrefix('zz')).toBe(false);
  });

  it('holds nothing when empty', () => {
    const empty = new SortedLines(SortedLines.pack([]));
    expect(empty.get('')).toBeUndefined();
    expect(empty.hasPrefix('a')).toBe(false);
  });

  it('agrees with a Map over thousands of words of every length, found or not', () => {
    const words = new Map<string, string>();
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const word = () => Array.from({ length: 1 + (next() % 9) }, () => String.fromCharCode(97 + (next() % 6))).join('');
    for (let i = 0; i < 3000; i++) words.set(word(), String(i));
    const lines = new SortedLines(SortedLines.pack(words));
    for (let i = 0; i < 3000; i++) {
      const w = word();
      expect(lines.get(w)).toBe(words.get(w));
      expect(lines.hasPrefix(w)).toBe([...words.keys()].some((k) => k.startsWith(w)));
    }
  });
});

