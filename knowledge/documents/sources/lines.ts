/** A line of a document with its character offset, so passages can point back into the file. */
export interface Line {
  text: string;
  /** Offset of the line's first character in the file. */
  start: number;
  /** 1-based line number, for error messages. */
  number: number;
}

/** Splits text into lines keeping offsets; `\r\n` and `\r` count as line ends. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let at = 0;
  let n = 1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ text: text.slice(at, m.index), start: at, number: n++ });
    at = m.index + m[0].length;
  }
  if (at < text.length) lines.push({ text: text.slice(at), start: at, number: n });
  return lines;
}

/** True for a line that is a row of a tab-separated table (two or more cells). */
export function isTableLine(line: string): boolean {
  return line.includes('\t') && line.split('\t').length >= 2;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /\b(?:approx|e\.g|i\.e|etc|no|nos|vs|c|ca|cf|incl|inc|st|dr|mr|mrs|ms|fig|para|pp?|ref|est)\.$/i;

/** Sentence-final punctuation, allowing closing quotes and brackets after it. */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  if (ABBREVIATION.test(t)) return false;
  return /[.!?:;]["'’”)\]]*$/.test(t);
}

/** The first non-blank line after line i, trimmed, or undefined. */
export function nextText(lines: Line[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j]!.text.trim();
    if (t !== '') return t;
  }
  return undefined;
}
