import { describe, expect, it } from 'vitest';
import { TermStats } from '../../knowledge/search/term-stats.js';
import { terms } from '../../knowledge/language/tokens.js';
import { namesByInitials } from '../../knowledge/language/names.js';
import { packAlternatives, PHRASE_JOIN, WordAlternatives } from '../../knowledge/search/words/word-alternatives.js';
import { americanSpelling, buildAlternatives } from '../../knowledge/search/words/alternatives-build.js';
import { WordFamilies } from '../../knowledge/search/words/word-families.js';
import { concepts } from '../../knowledge/search/concepts.js';
import { readQuestion } from '../../knowledge/search/question.js';
import { WordNet, baseForms, senseCounts } from '../../knowledge/language/wordnet.js';

/** A corpus vocabulary made of these words' terms, each in one passage of 100. */
function vocabulary(text: string): TermStats {
  return new TermStats(new Map(terms(text).map((t) => [t, 1])), 100);
}

// WordNet is read once for the file: every case below builds from the same database.
const wordnet = WordNet.read();
const table = (text: string) => new WordAlternatives(packAlternatives(buildAlternatives(vocabulary(text), wordnet, [text])));

describe('word alternatives built from WordNet for a corpus', () => {
  const words = table('children polygraph businesses prison custody house march arrest one');

  it('gives an everyday word the words the documents use for its commonest meaning', () => {
    expect(words.of(['kids'])?.same).toContain(terms('children')[0]);
    expect(words.of(['jail'])?.same).toContain(terms('prison')[0]);
  });

  // One build serves the cases that need only a few words the documents use (a build reads all of WordNet).
  const few = table('supervised offenders handcuffing complained injury organised crime knife');

  it('reads an irregular form as the word it inflects ("overseen" → oversee → supervised)', () => {
    expect(few.of(['overseen'])?.same).toContain(terms('supervised')[0]);
    expect(baseForms('caught')).toContain('catch');
  });

  it('lets a verb\'s irregular form stand for the verb, but not where a particle makes another verb of it ("grew up")', () => {
    const words = table('grow catch');
    const alternativesOf = (q: string, word: string) => concepts(q, words).find((c) => c.words.includes(word))!;
    expect(alternativesOf('how many were caught', 'caught').alternatives).toContain(terms('catch')[0]);
    expect(alternativesOf('how many businesses grew last year', 'grew').alternatives).toContain(terms('grow')[0]);
    expect(alternativesOf('prisoners who grew up in care', 'grew').alternatives).not.toContain(terms('grow')[0]);
    // A plural is the same thing counted: its noun is one of its own terms.
    expect(concepts('how many knives', table('knife')).find((c) => c.words.includes('knives'))!.own).toContain(terms('knife')[0]);
  });

  it('gives a compound the word its meaning is filed under ("lie detector" → polygraph)', () => {
    expect(words.of(['lie', 'detector'])?.same).toContain('polygraph');
    expect(words.of(['lie', 'detectors'])?.same).toContain('polygraph');
  });

  it('offers a broader word as a weaker stand-in, and never a synonym whose own commonest meaning is another', () => {
    const words = table('thief apprehension catch custody');
    expect(words.of(['burglars'])?.broader).toContain(terms('thief')[0]);
    // "apprehension" and "catch" share a meaning with "arrest", but each is first something else.
    const arrest = words.of(['arrest']);
    expect(arrest?.same ?? []).not.toContain(terms('apprehension')[0]);
    expect(arrest?.same ?? []).not.toContain(terms('catch')[0]);
  });

  it('follows a word in the part of speech it is mostly used in', () => {
    // "minor" is mostly the adjective; its noun meaning is a child.
    expect(table('child').of(['minor'])).toBeUndefined();
    // "miss" is a girl only as a noun, and mostly a verb: "girls" is not matched by "missed".
    expect(table('miss').of(['girls'])).toBeUndefined();
  });

  it('follows an inflected word only as the noun or verb it can be ("firms" are companies, though "firm" is mostly the adjective)', () => {
    const words = table('business resolute');
    expect(words.of(['firm'])?.same).toContain(terms('resolute')[0]);
    const firms = words.of(['firms']);
    expect(firms?.broader).toContain(terms('business')[0]);
    expect([...(firms?.same ?? []), ...(firms?.broader ?? [])]).not.toContain(terms('resolute')[0]);
  });

  it('keeps the broader word of a word read apart from its stem, though the documents use the stem ("firms" are businesses beside "a firm commitment")', () => {
    const stats = vocabulary('business resolute firm charge attack');
    const alternatives = new WordAlternatives(packAlternatives(buildAlternatives(stats, wordnet, [])));
    const firms = readQuestion('how many firms are there', { stats, alternatives }).concepts.find((c) => c.words[0] === 'firms');
    expect(firms?.broader).toContain(terms('business')[0]);
    // A word read as its stem is, and used by the documents, keeps to itself.
    const charge = readQuestion('how many charge', { stats, alternatives }).concepts.find((c) => c.words[0] === 'charge');
    expect(charge?.broader).toEqual([]);
  });

  it('knows the opposites of a word and of its kind ("men" are neither women nor female), and reads "men" as the plural of man', () => {
    const words = table('female woman juvenile workforce');
    const men = words.of(['men']);
    expect(men?.opposite).toEqual(expect.arrayContaining([terms('female')[0], terms('woman')[0]]));
    expect(men?.same ?? []).not.toContain(terms('workforce')[0]);
    expect(words.of(['female'])?.opposite ?? []).not.toContain(terms('female')[0]);
  });

  it('follows more meanings of a word the documents never use, and how a verb of theirs is a way of doing ("cuff" → handcuffing, "grumble" → complain)', () => {
    expect(few.of(['cuff'])?.same).toContain(terms('handcuffing')[0]);
    expect(few.of(['grumbled'])?.broader).toContain(terms('complained')[0]);
  });

  it('leads a verb to the noun it is made from, where that noun is the word\'s main use ("stabbed" → stab, knife → knife)', () => {
    expect(few.of(['stabbed'])?.same).toContain(terms('knife')[0]);
  });

  it("follows a word's lesser use when its main one leads to nothing the documents say (\"hurt\" is mostly the verb \"ache\", but also an injury)", () => {
    expect(few.of(['hurt'])?.same).toContain(terms('injury')[0]);
  });

  it('keeps a synonym of several words as one phrase, in the spelling the documents use ("gangland" → organised crime), only for a word they never use', () => {
    expect(few.of(['gangland'])?.same).toContain(`${terms('organised')[0]}${PHRASE_JOIN}${terms('crime')[0]}`);
    // "Crime" is theirs: "criminal offence" would only restate it.
    expect((few.of(['crime'])?.same ?? []).filter((t) => t.includes(PHRASE_JOIN))).toEqual([]);
  });

  it('reads a British spelling WordNet lacks as its American one ("neighbourhood" as "neighborhood")', () => {
    expect(['offence', 'labour', 'neighbourhood', 'organisation', 'centre', 'programme', 'analyse', 'catalogue'].map(americanSpelling)).toEqual(['offense', 'labor', 'neighborhood', 'organization', 'center', 'program', 'analyze', 'catalog']);
    expect(['hour', 'four', 'sentence', 'advise'].map(americanSpelling)).toEqual(['hour', 'four', 'sentence', 'advize']);
    expect(table('local').of(['neighbourhood'])?.same).toContain(terms('local')[0]);
  });

  it('keeps only terms the documents use', () => {
    const narrow = table('prison');
    expect(narrow.of(['kids'])).toBeUndefined();
    expect(narrow.of(['jail'])?.same).toEqual([terms('prison')[0]]);
  });

  it('does not read a word as an inflection of a different lemma ("mars" is not the month "Mar")', () => {
    expect(words.of(['mars'])?.same ?? []).not.toContain(terms('march')[0]);
  });

  it('reads a word that is a lemma of its own, but used more as an inflection, as its base where its own meanings lead nowhere ("applied" for a licence → application)', () => {
    const words = table('applications');
    expect(words.of(['applied'])?.same).toContain(terms('applications')[0]);
    // "mars" is still no form of "mar": the planet is what the word mostly names.
    expect(table('march marred').of(['mars'])?.same ?? []).not.toContain(terms('march')[0]);
  });

  it('reads a noun as the adjective the documents use for what relates to it ("city" → urban), and one they never use through its kind ("countryside" → rural)', () => {
    const words = table('urban rural');
    expect(words.of(['city'])?.same).toContain(terms('urban')[0]);
    expect(words.of(['countryside'])?.broader).toContain(terms('rural')[0]);
  });

  it('reads an adjective of a place as the place ("Scottish" → Scotland), but no other adjective as its noun ("rural" is not "country")', () => {
    const words = table('scotland wales country');
    expect(words.of(['scottish'])?.same).toContain(terms('Scotland')[0]);
    expect(words.of(['welsh'])?.same).toContain(terms('Wales')[0]);
    expect(words.of(['rural'])?.same ?? []).not.toContain(terms('country')[0]);
  });

  it('knows the names English word lists hold as words ("Scotland", "Scottish"), and no everyday noun', () => {
    const words = table('custody');
    expect(words.isProperName('Scotland')).toBe(true);
    expect(words.isProperName('Scottish')).toBe(true);
    expect(words.isProperName('custody')).toBe(false);
    expect(words.isProperName('Monday')).toBe(false);
  });

  it('leaves numbers as themselves', () => {
    expect(words.of(['1'])).toBeUndefined();
  });

  it('reads the everyday words for the sexes and for phoning the police as the words statistics use', () => {
    const words = table('female male sexual offences calls');
    expect(words.of(['women'])?.same).toContain(terms('female')[0]);
    expect(words.of(['girls'])?.same).toContain(terms('female')[0]);
    expect(words.of(['men'])?.same).toContain(terms('male')[0]);
    // One person as well as many: "a woman harmed by a man" is a female victim and a male suspect.
    expect(words.of(['woman'])?.same).toContain(terms('female')[0]);
    expect(words.of(['man'])?.same).toContain(terms('male')[0]);
    expect(words.of(['sex', 'crimes'])?.same).toContain(terms('sexual')[0]);
    expect(words.of(['phoned'])?.same).toContain(terms('calls')[0]);
  });

  it('reads how happy people are as the satisfaction surveys measure, either way', () => {
    const words = table('satisfaction dissatisfied unsatisfied');
    expect(words.of(['happy'])?.same).toEqual(expect.arrayContaining(terms('satisfaction dissatisfied unsatisfied')));
    expect(words.of(['unhappy'])?.same).toEqual(expect.arrayContaining(terms('dissatisfied unsatisfied')));
  });

  it('lets the glossary, not WordNet, say what a word it holds means ("sacked" is dismissed, not plundered)', () => {
    const words = table('dismissed rape destroyed robbery face');
    expect(words.of(['sacked'])?.same).toContain(terms('dismissed')[0]);
    expect(words.of(['sacked'])?.same ?? []).not.toContain(terms('rape')[0]);
    expect(words.of(['mugged'])?.broader ?? []).not.toContain(terms('face')[0]);
  });

  it('reads the newspaper words for offices and outcomes as the words reports use', () => {
    const words = table('commissioner pcc recall vacancies robbery fraud precept');
    expect(words.of(['policing', 'boss'])?.same).toContain(terms('commissioner')[0]);
    expect(words.of(['sent', 'back', 'to', 'prison'])?.same).toContain(terms('recall')[0]);
    expect(words.of(['sitting', 'empty'])?.same).toContain(terms('vacancies')[0]);
    expect(words.of(['muggings'])?.same).toContain(terms('robbery')[0]);
    expect(words.of(['scammed'])?.same).toContain(terms('fraud')[0]);
    expect(words.of(['council', 'tax'])?.same).toContain(terms('precept')[0]);
    expect(table('asb anti-social').of(['rowdy', 'behaviour'])?.same).toContain(terms('asb')[0]);
    // Money spent is what accounts call expenditure.
    expect(table('expenditure').of(['spent'])?.same).toContain(terms('expenditure')[0]);
  });

  it('reads a glossary phrase made only of words too common to search ("get out") as a whole', () => {
    const words = table('release released leavers');
    const [idea] = concepts('they get out', words).filter((c) => c.alternatives.length > 0);
    expect(idea?.words).toEqual(['get', 'out']);
    expect(idea?.alternatives).toContain(terms('release')[0]);
  });

  it('reads a glossary target of several words as one phrase, not its words apart ("real terms" for "after inflation")', () => {
    const words = table('real terms nominal inflation');
    const same = words.of(['after', 'inflation'])?.same ?? [];
    expect(same).toContain(`${terms('real')[0]}${PHRASE_JOIN}${terms('terms')[0]}`);
    expect(same).not.toContain(terms('terms')[0]);
    expect(words.of(['at', 'the', 'wheel'])?.same ?? []).toEqual([]);
    expect(table('driver').of(['at', 'the', 'wheel'])?.same).toContain(terms('driver')[0]);
  });

  it('holds the glossary\'s British slang for arrest and prison', () => {
    expect(words.of(['nicking'])?.same).toContain(terms('arrest')[0]);
    expect(words.of(['locked', 'up'])?.same).toContain(terms('custody')[0]);
  });

  it('corrects a mistyped word to the closest word the documents use, and leaves real words alone', () => {
    const stats = vocabulary('challenger disruptions accommodation');
    const spelling = new WordAlternatives(packAlternatives(buildAlternatives(stats, wordnet)));
    expect(spelling.correct('challanger', stats)).toBe('challenger');
    expect(spelling.correct('disruptons', stats)).toBe('disruptions');
    expect(spelling.correct('accomodation', stats)).toBe('accommodation');
    expect(spelling.correct('challenger', stats)).toBeUndefined();
    expect(spelling.correct('zebra', stats)).toBeUndefined();
  });
});

describe('other forms of a word the stemmer parts', () => {
  const docs = ['unemployment', 'burglary', 'robbery', 'police', 'offences', 'government'];
  const families = new WordFamilies(docs.map((w) => [w, terms(w)[0]!]));

  it('finds the form the documents use for a word they never write in its own form', () => {
    expect(families.of('unemployed')).toEqual(terms('unemployment'));
    expect(families.of('burglars')).toEqual(terms('burglary'));
    expect(families.of('robbers')).toEqual(terms('robbery'));
  });

  it('finds an inflection the stemmer parts from its base ("knife" → the term of "knives")', () => {
    const knives = new WordFamilies([['knives', terms('knives')[0]!]]);
    expect(terms('knife')).not.toEqual(terms('knives'));
    expect(knives.of('knife')).toEqual(terms('knives'));
  });

  it('does not join words that only begin alike', () => {
    expect(families.of('policy')).toEqual([]);
    expect(families.of('offenders')).toEqual([]);
    expect(families.of('governance')).toEqual([]);
    // The rest of the longer word is no ending English forms words with.
    const more = new WordFamilies(['forest', 'though', 'constable', 'membership', 'behaviour', 'young'].map((w) => [w, terms(w)[0]!]));
    expect(more.of('forestall')).toEqual([]);
    expect(more.of('thought')).toEqual([]);
    expect(more.of('constant')).toEqual([]);
    expect(more.of('members')).toEqual(terms('membership'));
    expect(more.of('behavior')).toEqual(terms('behaviour'));
  });

  it('lets a satellite adjective stand for its head, in the form the documents use ("jobless" → unemployment)', () => {
    expect(table('unemployment').of(['jobless'])?.same).toContain(terms('unemployment')[0]);
  });
});

describe('shorthand the documents never write', () => {
  const texts = [
    'Six North West prisons take part. The North West region leads.',
    'Commissioned Rehabilitative Services cover housing. Commissioned Rehabilitative Services also cover work.',
    'The Harbour Trust met once.',
  ];
  const stats = vocabulary(`${texts.join(' ')} organisations organised qualifications quality people hours`);
  const short = new WordAlternatives(packAlternatives(buildAlternatives(stats, wordnet, texts)));

  it('reads an initialism as the capitalised name the documents write with those initials', () => {
    expect(short.shorthand('NW', stats)).toEqual({ reads: 'North West', terms: terms('north west') });
    expect(short.shorthand('CRS', stats)?.reads).toBe('Commissioned Rehabilitative Services');
  });

  it('keeps only names written more than once, and reads initials only when written in capitals', () => {
    expect(namesByInitials(texts).map(([initials]) => initials)).not.toContain('ht');
    expect(short.shorthand('nw', stats)).toBeUndefined();
  });

  it('reads a clipped word as the longer words the documents use that begin with it', () => {
    expect(short.shorthand('orgs', stats)?.terms).toContain(terms('organisations')[0]);
    expect(short.shorthand('quals', stats)?.terms).toContain(terms('qualifications')[0]);
    // Too short to tell what it clips, or no word begins with it.
    expect(short.shorthand('or', stats)).toBeUndefined();
    expect(short.shorthand('zebs', stats)).toBeUndefined();
  });

  it('reads a word written without vowels as the word the documents use with those consonants', () => {
    expect(short.shorthand('ppl', stats)).toEqual({ reads: 'people', terms: terms('people') });
    expect(short.shorthand('hrs', stats)?.reads).toBe('hours');
    expect(short.shorthand('xqz', stats)).toBeUndefined();
  });
});

describe('abbreviations among WordNet\'s synonyms', () => {
  it('lets a two-letter abbreviation stand for a word only where WordNet also writes it with stops', () => {
    const words = table('uk eu police');
    // "UK" beside "U.K." in the meaning of Britain: documents that write "UK" answer a question on Britain.
    expect(words.of(['britain'])?.same).toContain('uk');
    // "Eu" is only europium's symbol, never written "E.U.": two letters alone stay a stem of other words.
    expect(words.of(['europium'])?.same ?? []).not.toContain('eu');
  });
});

describe('WordNet look-ups', () => {
  it('tells a noun from a verb by the endings each takes', () => {
    expect(senseCounts('accidents').n).toBeGreaterThan(0);
    expect(senseCounts('kicked')).toMatchObject({ n: 0 });
    expect(senseCounts('kicked').v).toBeGreaterThan(0);
    expect(senseCounts('venetic')).toEqual({ n: 0, v: 0, a: 0, r: 0 });
  });

  it('offers base forms of inflected words', () => {
    expect(baseForms('kids')).toContain('kid');
    expect(baseForms('jailed')).toContain('jail');
    expect(baseForms('knives')).toContain('knife');
  });

  it('ranks hypernyms by depth, general ones shallow', () => {
    const byLemma = (w: string) => wordnet.lemmas.find((l) => l.lemma === w && l.pos === 'n')!.senses[0]!;
    expect(wordnet.depth(byLemma('thief'))).toBeGreaterThan(wordnet.depth(byLemma('group')));
  });
});
