/**
 * A list of values each led by its own short label, as replies to requests set out a breakdown:
 * "Paid 42 (£8,320), unpaid 5, written off 2, withdrawn 1." Each value is its label's: the 2 is
 * "written off". Read only where every comma-separated part of the line is a label of one to
 * three words and one value (with a second in brackets after it at most), and there are three
 * parts or more, so a sentence that merely names things before its numbers is never taken for one.
 */

/** Where a number stands in the line. */
interface Placed {
  at: number;
  end: number;
}

/** A part's label: one to three words of letters, nothing else. */
const LABEL = /^\s*(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2})\s+$/u;
/** The fewest parts a list of labelled values has. */
const FEWEST_PARTS = 3;

/**
 * The label of each value in `line`, in order, when the line is a list of labelled values;
 * otherwise undefined.
 * @example
 * labelledValues('Paid 42, unpaid 5, withdrawn 1.', found) // ['paid', 'unpaid', 'withdrawn']
 */
export function labelledValues(line: string, values: Placed[]): string[] | undefined {
  if (values.length < FEWEST_PARTS) return undefined;
  // Parts end at a comma outside brackets and outside a number ("8,320").
  const ends: number[] = [];
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0 && !/\d/.test(line[i + 1] ?? '')) ends.push(i);
  }
  ends.push(line.replace(/[.;]\s*$/, '').length);
  if (ends.length < FEWEST_PARTS) return undefined;
  const labels: string[] = [];
  let start = 0;
  let v = 0;
  for (const end of ends) {
    const inPart = [];
    while (v < values.length && values[v]!.at < end) inPart.push(values[v++]!);
    if (inPart.length === 0 || inPart.length > 2) return undefined;
    const label = LABEL.exec(line.slice(start, inPart[0]!.at))?.[1];
    if (!label) return undefined;
    // After the value: nothing, or the second value alone in brackets.
    const rest = line.slice(inPart[0]!.end, end);
    const second = inPart[1];
    if (second ? !/^\s*\(\s*$/.test(line.slice(inPart[0]!.end, second.at)) || !/^\s*\)\s*$/.test(line.slice(second.end, end)) : rest.trim() !== '') return undefined;
    for (const _ of inPart) labels.push(label);
    start = end + 1;
  }
  if (v !== values.length) return undefined;
  // "Paid 42, unpaid 5": the first label is capitalised only for opening the line, where the others are not.
  const first = labels[0]!;
  if (labels.every((l) => l === first || /^\p{Ll}/u.test(l))) return labels.map((l) => (l === first ? first[0]!.toLowerCase() + first.slice(1) : l));
  return labels;
}
