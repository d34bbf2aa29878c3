import type { Concept } from '../../knowledge/search/concepts.js';
import { terms } from '../../knowledge/language/tokens.js';

/**
 * Where a question asks for a second thing after the first: "How many decisions were issued in
 * 2023/24, and how many were decisions to prosecute?", "… and what share came from council tax?".
 */
const SECOND_ASK = /,?\s+and\s+(?=(?:how (?:many|much|far|often|long|big)|what|which|by how much|in how many|of (?:those|these|which))\b)/i;

/**
 * The weights of the ideas the second half of a two-part question names, or undefined when it
 * asks for nothing of its own: "… and how did that compare with 2017/18?" names only a frame and
 * a period, which the whole question's figures already answer. An idea named in both halves
 * ("decisions" in each) belongs to the second too: it is what the second counts.
 */
export function secondAskShares(question: string, wanted: readonly Concept[], shares: readonly number[]): number[] | undefined {
  const split = SECOND_ASK.exec(question);
  if (!split) return undefined;
  const tail = new Set(terms(question.slice(split.index + split[0].length)));
  const tailShares = wanted.map((c, i) => (!c.frame && c.own.some((t) => tail.has(t)) ? shares[i]! : 0));
  return tailShares.some((s) => s >= 1) ? tailShares : undefined;
}
