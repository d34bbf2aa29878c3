import { findPeriods } from './periods.js';
import { cachedTerms, periodTerms, terms, words } from './tokens.js';

/**
 * Everyday words people type, and the words plan documents use for the same thing. Each entry
 * reads "what a person might say" → "how the documents put it"; it widens a question, never a
 * passage. Keep entries general (any police and crime plan would use them), never shaped to one
 * question.
 */
const ENTRIES: [string[], string[]][] = [
  [['goal', 'aim', 'ambition', 'objective', 'promise', 'pledge'], ['target', 'commit', 'aim', 'ambition', 'will']],
  [['share', 'fraction', 'proportion', 'percentage', 'per cent', 'percent', 'how many out of'], ['proportion', 'percentage', 'rate', '%']],
  [['kicked out', 'thrown out', 'expelled', 'excluded'], ['excluded', 'exclusion']],
  [['in work', 'jobs', 'job', 'working', 'employed', 'employment'], ['employment', 'employed', 'work']],
  [['getting out', 'got out', 'get out', 'leaving prison', 'left prison', 'leave prison', 'coming out'], ['release', 'released', 'prison leavers']],
  [['ex-prisoners', 'ex-offenders', 'former prisoners', 'ex-cons'], ['prison leavers', 'release', 'prisoners']],
  [['sleeping on the streets', 'sleeping rough', 'on the streets', 'street homeless', 'homeless'], ['rough sleeping', 'homelessness', 'homeless']],
  [['big cities', 'large cities', 'major cities', 'other cities', 'similar areas', 'big city'], ['metropolitan areas', 'core cities', 'most similar']],
  [['stack up', 'compare', 'comparison', 'versus', 'vs', 'benchmark'], ['compared', 'national average', 'lowest', 'highest', 'against']],
  [['without going to court', 'outside court', 'out of court', 'minor offences', 'low-level offences', 'low level offences'], ['out-of-court', 'out of court disposals', 'community resolution', 'conditional caution']],
  [['solved', 'cleared up', 'clear-up', 'detected', 'detection'], ['solved', 'outcome rate', 'positive outcome']],
  [['end in a charge', 'charged', 'charge rate', 'prosecuted'], ['charge', 'charged', 'conversion']],
  [['kids', 'youngsters', 'teenagers', 'teens', 'juveniles', 'minors'], ['young people', 'children', 'youth']],
  [['females', 'female', 'woman', 'girls'], ['women', 'female', 'girls']],
  [['booze', 'drinking', 'drink'], ['alcohol']],
  [['gangs', 'gang', 'mafia', 'organised criminals'], ['organised crime groups', 'organised crime', 'county lines']],
  [['money', 'cash', 'budget', 'spend', 'spending', 'grant', 'paid for'], ['funding', 'investment', 'funded', '£']],
  [['cops', 'bobbies', 'officers'], ['police', 'officers', 'gmp']],
  [['domestic violence', 'wife beating'], ['domestic abuse']],
  [['on the books', 'books', 'workload', 'cases'], ['caseload', 'case load']],
  [['see a year', 'per year', 'a year', 'each year', 'every year', 'annually', 'yearly'], ['per annum', 'annual', 'year']],
  [['how long', 'how quickly', 'waiting time', 'time to'], ['days', 'weeks', 'time']],
  [['helpline', 'hotline', 'phone line'], ['service', 'helpline']],
  [['sex offenders', 'sex offender'], ['sexual offenders', 'registered sex offenders']],
  [['knife crime', 'stabbings', 'knives'], ['knife', 'serious violence', 'weapons']],
  [['reoffend', 'reoffending', 're-offend', 'commit more crime', 'offend again'], ['reoffending', 're-offending', 'reoffend']],
  [['school'], ['school', 'education']],
  [['drugs'], ['drug', 'substance misuse']],
  [['mentally ill', 'mental illness', 'mental ill health'], ['mental health']],
  [['ordered', 'handed down', 'given'], ['ordered', 'sentenced', 'requirements']],
  [['how many', 'number of', 'count'], ['number', 'total']],
  [['custody health', 'health in custody'], ['healthcare in custody', 'liaison and diversion']],
  [['victims portal', 'online portal', 'website', 'app'], ['digital portal', 'website']],
  [['people on probation', 'probationers'], ['people on probation', 'caseload', 'probation']],
  [['lie detector', 'lie detectors', 'lie detector tests'], ['polygraph']],
  [['kept safe', 'keep safe', 'keeping safe', 'protected'], ['safeguarding', 'protect', 'safe']],
  [['locked up', 'behind bars', 'jailed', 'imprisoned', 'inside'], ['custody', 'prison']],
  [['died', 'dead', 'deaths', 'killed', 'die', 'dying'], ['deaths', 'died', 'death', 'fatal']],
  [['backlog', 'backlogs', 'waiting', 'stuck waiting', 'waits'], ['delays', 'delay', 'waiting']],
  [['least happy', 'unhappy', 'not happy', 'dissatisfied', 'happy', 'satisfied', 'pleased'], ['satisfaction', 'unsatisfied', 'satisfied']],
  [['this past year', 'past year', 'last year', 'over the last year', 'this year'], ['last 12 months', 'previous 12 months', 'last year']],
  [['year before', 'previous year', 'the year before'], ['previous period', 'last year', 'previous year']],
  [['lads', 'young lads', 'boys', 'young men'], ['young men', 'males', 'young adults']],
  [['cuts', 'cut', 'austerity', 'lost'], ['reductions', 'reduced', 'austerity', 'lost']],
  [['win', 'won', 'awarded', 'secured', 'got'], ['successful bid', 'awarded', 'secured']],
  [['make sure', 'ensure', 'guarantee'], ['ensure']],
  [['certain', 'particular'], ['specific', 'particular']],
  [['rollout', 'roll-out', 'roll out', 'launch', 'launched'], ['roll out', 'implementation', 'launch', 'starting']],
  [['go to every call', 'attend every call', 'respond to every call'], ['attend every call for service', 'call for service']],
  [['crime-free', 'go straight', 'stay out of trouble', 'stop offending'], ['crime-free', 'desist', 'reoffending']],
  [['scheme', 'programme', 'initiative', 'project'], ['programme', 'pilot', 'scheme', 'project']],
  [['hub', 'team'], ['hub', 'team']],
  [['better', 'better than', 'outperform', 'ahead of'], ['above', 'higher', 'improve', 'better']],
  [['worse', 'worse than', 'behind'], ['below', 'lower', 'worse']],
  [['national picture', 'rest of the country', 'nationally', 'across the country', 'national'], ['national average', 'england and wales', 'national']],
];

/** One idea in a question: the words that said it, and every term that can stand for it. */
export interface Concept {
  /** The question's words that formed this concept, as typed (lower case). */
  words: string[];
  /** Terms of the question that formed this concept. */
  own: string[];
  /** Terms a passage may hold instead (thesaurus), besides `own`. */
  alternatives: string[];
  /** True for a period ("2023/24" → fy2023): matched by period logic, not as a topic word. */
  period?: boolean;
}

/** Whether any of the terms is in the set. */
export function anyIn(terms: string[], set: Set<string>): boolean {
  for (const t of terms) if (set.has(t)) return true;
  return false;
}

/** Whether any of the concept's terms, its own or a stand-in, is in `words`. */
export function conceptIn(c: Concept, words: Set<string>): boolean {
  return anyIn(c.own, words) || anyIn(c.alternatives, words);
}

interface CompiledEntry {
  /** The everyday phrase, lower case, word by word (stop words kept: "getting out"). */
  phrase: string[];
  targets: string[];
}

const lower = (text: string) => words(text).map((w) => w.text.toLowerCase().replace(/’/g, "'"));

/** Entries by the first word of their phrase, longest phrase first. */
const byFirstWord = new Map<string, CompiledEntry[]>();
for (const entry of ENTRIES.flatMap(([phrases, targets]) => {
  const targetTerms = [...new Set(targets.flatMap((t) => terms(t)))];
  return phrases.map((p) => ({ phrase: lower(p), targets: targetTerms }));
}).sort((a, b) => b.phrase.length - a.phrase.length)) {
  const first = entry.phrase[0]!;
  byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), entry]);
}

/** The longest thesaurus phrase starting at `tokens[i]`, if any. */
function phraseAt(tokens: string[], i: number): CompiledEntry | undefined {
  for (const entry of byFirstWord.get(tokens[i]!) ?? []) {
    let k = 1;
    while (k < entry.phrase.length && tokens[i + k] === entry.phrase[k]) k++;
    if (k === entry.phrase.length) return entry;
  }
  return undefined;
}

/**
 * Groups a question into concepts: a thesaurus phrase is one concept (longest phrase first),
 * every other word with a search term is its own, and so is every period.
 * @example
 * concepts('kicked out of school') // → [{own:['kick'], alternatives:['exclud', …]}, {own:['school'], …}]
 */
export function concepts(question: string): Concept[] {
  // Period words are one concept each (their token), not words of their own.
  let rest = question;
  for (const p of findPeriods(question)) rest = rest.replace(p.label, ' ');
  const tokens = lower(rest);
  const out: Concept[] = [];
  for (let i = 0; i < tokens.length; ) {
    const entry = phraseAt(tokens, i);
    if (entry) {
      const own = entry.phrase.flatMap((w) => terms(w));
      out.push({ words: entry.phrase, own, alternatives: entry.targets.filter((t) => !own.includes(t)) });
      i += entry.phrase.length;
    } else {
      // One word's terms, as passages' are, remembered: questions repeat their words.
      const own = cachedTerms(tokens[i]!);
      if (own.length > 0) out.push({ words: [tokens[i]!], own, alternatives: [] });
      i++;
    }
  }
  for (const t of new Set(periodTerms(findPeriods(question)))) out.push({ words: [t], own: [t], alternatives: [], period: true });
  // The same words twice in a question are one idea.
  const seen = new Set<string>();
  return out.filter((c) => {
    const key = [...c.own, '|', ...c.alternatives].join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
