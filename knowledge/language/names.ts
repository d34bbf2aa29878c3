/**
 * Capitalised names a corpus writes, by their initials: what an initialism in a question may
 * spell out when the documents never write or define it ("NW" → North West).
 */

/** Names of two to five significant words, capitalised, minor words and commas allowed between. */
const NAME = /\b[A-Z][\p{Ll}'’-]+(?:,?\s+(?:(?:of|and|for|the|in|&)\s+)?[A-Z][\p{Ll}'’-]+){1,4}/gu;
const MINOR_IN_NAMES = new Set(['of', 'and', 'for', 'the', 'in', '&']);

/** A matched name's words, commas dropped. */
const nameWords = (match: string): string[] => match.replace(/,/g, '').split(/\s+/);

/**
 * The name `words` make from word `from` on, with its significant words' count and initials; none
 * when that word is a minor one, which never opens a name.
 */
function nameFrom(words: string[], from: number): { name: string; size: number; initials: string } | undefined {
  if (MINOR_IN_NAMES.has(words[from]!.toLowerCase())) return undefined;
  const significant = words.slice(from).filter((w) => !MINOR_IN_NAMES.has(w.toLowerCase()));
  return { name: words.slice(from).join(' '), size: significant.length, initials: significant.map((w) => w[0]!.toLowerCase()).join('') };
}

/**
 * The commonest capitalised name for each set of initials in `texts`, kept when written at least
 * twice: a name written once is as likely a heading's words as something people abbreviate.
 */
export function namesByInitials(texts: Iterable<string>): [string, string][] {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const m of text.matchAll(NAME)) {
      const words = nameWords(m[0]);
      // A name's head comes last, and its first word may only open a sentence ("Six North
      // West prisons"): each ending of two significant words or more counts as a name.
      for (let from = 0; from < words.length - 1; from++) {
        const found = nameFrom(words, from);
        if (!found) continue;
        if (found.size < 2) break;
        const forms = counts.get(found.initials) ?? new Map<string, number>();
        forms.set(found.name, (forms.get(found.name) ?? 0) + 1);
        counts.set(found.initials, forms);
      }
    }
  }
  const out: [string, string][] = [];
  for (const [initials, forms] of counts) {
    const [name, n] = [...forms].sort((a, b) => b[1] - a[1])[0]!;
    if (n >= 2) out.push([initials, name]);
  }
  return out;
}

/** Initialisms shorter than this are too ambiguous to read a spelled-out name as ("PS", "NI"). */
const SHORTEST_INITIALISM = 3;

/**
 * The capitalised names `text` spells out whose initials `writtenShort` accepts: what a question
 * saying "Community Protection Notices" may find written as "CPNs" in documents that never spell
 * the name out. A name opening the text may lose its first word ("Which Community Protection
 * Notices"), which is capitalised only for opening it; elsewhere a name is read whole, since its
 * ending names something else ("Public Prosecution Service in Northern Ireland" is not PSNI).
 */
export function spelledOutNames(text: string, writtenShort: (initials: string) => boolean): { name: string; initials: string }[] {
  const out: { name: string; initials: string }[] = [];
  for (const m of text.matchAll(NAME)) {
    const words = nameWords(m[0]);
    const opens = /^\W*$/.test(text.slice(0, m.index));
    for (let from = 0; from <= (opens ? 1 : 0); from++) {
      const found = nameFrom(words, from);
      if (!found) continue;
      if (found.size < SHORTEST_INITIALISM) break;
      if (!writtenShort(found.initials)) continue;
      out.push({ name: found.name, initials: found.initials });
      break;
    }
  }
  return out;
}
