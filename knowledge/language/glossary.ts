/**
 * The public vocabulary of policing and criminal justice in Britain that WordNet lacks or files
 * under another meaning: slang for arrest, prison and the police, the everyday names of things
 * plan documents call by their formal names, and the ways people ask for a number. Each entry
 * reads "what a person might say" → "how official documents put it" (and, where it matters, what
 * they would write for its opposite: a rise asked for is not answered by a fall), and must hold for any
 * police and crime plan, never for one question: WordNet does the rest (see word-alternatives.ts).
 */
export const GLOSSARY: [said: string[], written: string[], opposite?: string[]][] = [
  // British slang and plain words for the criminal justice system.
  [['nick', 'nicked', 'nicking', 'lifted', 'pulled in', 'picked up'], ['arrest', 'arrested']],
  [['locked up', 'banged up', 'sent down', 'behind bars', 'jailed'], ['custody', 'prison', 'custodial']],
  [['jail', 'jails', 'gaol', 'young offender institution'], ['prison', 'prisons', 'custody']],
  [['cops', 'coppers', 'bobbies', 'old bill', 'the force', 'bizzies'], ['police', 'officers', 'policing']],
  [['getting out', 'get out', 'got out', 'coming out', 'leaving prison', 'walk free'], ['release', 'released', 'leavers']],
  [['ex-offenders', 'ex-prisoners', 'ex-cons', 'former prisoners'], ['leavers', 'release', 'offenders']],
  [['tagged', 'tagging', 'ankle tag'], ['electronic', 'monitoring', 'curfew']],
  [['probationers'], ['probation']],
  [['community service', 'payback'], ['unpaid', 'community', 'payback']],
  [['reoffend', 're-offend', 'offend again', 'commit more crime', 'go straight', 'stay out of trouble'], ['reoffending', 'desistance', 'reoffend']],
  [['sex offenders', 'sex offender', 'sex offences', 'sex crimes', 'sex crime', 'sex attacks'], ['sexual']],
  // People phone or ring the police; reports count calls (999, 101).
  [['phoned', 'phone', 'phoning', 'rang', 'ringing', 'telephoned', 'non-urgent line'], ['calls', 'call']],
  [['domestic violence', 'da', 'wife beating', 'partner abuse'], ['domestic', 'abuse']],
  [['gangs', 'gang', 'organised criminals', 'mafia', 'mob'], ['organised', 'ocg', 'ocgs']],
  [['rough sleeping', 'sleeping rough', 'street homeless', 'on the streets'], ['homeless', 'homelessness', 'rough']],
  [['mentally ill', 'mental illness'], ['mental']],
  [['booze', 'drinking', 'drink', 'drunk', 'drunken'], ['alcohol']],
  [['at the wheel', 'behind the wheel'], ['driver', 'drivers', 'driving']],
  [['kids', 'youngsters', 'teenagers', 'teens', 'juveniles', 'under 18s'], ['young', 'children', 'youth']],
  [['lads', 'lad', 'boys', 'boy', 'young men', 'young man', 'men', 'man'], ['men', 'males', 'male']],
  // Statistics count by sex ("female victims", "27% were female") where people say women and girls.
  [['women', 'woman', 'girls', 'girl', 'young women', 'young woman', 'ladies', 'lady'], ['women', 'females', 'female']],
  [['kicked out', 'thrown out', 'expelled', 'excluded'], ['excluded', 'exclusion', 'exclusions']],
  [['out of court', 'without going to court'], ['out-of-court', 'disposal', 'caution', 'resolution']],
  [['solved', 'cleared up', 'clear-up', 'detected'], ['solved', 'outcome', 'detection']],
  [['charged', 'prosecuted', 'charge rate', 'formally accused'], ['charge', 'conversion', 'prosecution']],
  // The newspaper words for offices, offences and outcomes that reports name formally.
  [['policing boss', 'police boss', 'crime commissioner', 'crime tsar', 'police commissioner'], ['commissioner', 'pcc']],
  [['police chief', 'top cop', 'chief of police', 'force chief'], ['chief', 'constable']],
  [['unfilled posts', 'empty posts', 'unfilled', 'sitting empty', 'understaffed', 'short-staffed', 'staff shortages'], ['vacancies', 'vacancy', 'shortfall']],
  [['crackdown', 'clampdown', 'blitz'], ['operation', 'enforcement', 'action']],
  [['muggings', 'mugging', 'mugged', 'muggers'], ['robbery', 'robberies']],
  [['scams', 'scam', 'scammed', 'scammers', 'conned', 'swindled', 'con artists'], ['fraud']],
  [['hacking', 'hacked', 'hackers', 'cybercrime', 'cyber crime'], ['computer', 'misuse', 'cyber']],
  [['guns', 'gun crime', 'shootings'], ['firearms', 'firearm']],
  [['blades', 'blade crime', 'stabbings'], ['knife', 'knives', 'bladed']],
  [['found guilty', 'guilty verdict', 'guilty verdicts'], ['convicted', 'conviction', 'convictions']],
  [['turned down', 'knocked back', 'rejected'], ['refused', 'refusal', 'refusals', 'rejected']],
  [['sent back to prison', 'back inside', 'back behind bars', 'returned to prison'], ['recall', 'recalled']],
  [['sacked', 'fired', 'struck off'], ['dismissed', 'dismissal', 'barred']],
  [['sent to prison', 'sent to jail', 'jail terms', 'prison terms', 'jail sentences', 'prison sentences'], ['custodial', 'immediate', 'custody']],
  [['council tax', 'police precept'], ['precept']],
  [['on the beat', 'bobbies on the beat', 'beat officers'], ['neighbourhood', 'visible', 'patrol']],
  [['turn up', 'turned up', 'show up', 'showed up'], ['attend', 'attended', 'attendance']],
  [['raids', 'raided', 'drugs raids'], ['warrants', 'warrant']],
  [['taken off the streets', 'off the streets', 'confiscated'], ['seized', 'seizures', 'surrendered', 'recovered']],
  [['nuisance behaviour', 'rowdy behaviour', 'yobbish behaviour', 'loutish behaviour', 'yobs', 'rowdy', 'nuisance'], ['anti-social', 'antisocial', 'asb']],
  // How people ask for numbers and money.
  [['share', 'proportion', 'percentage', 'per cent', 'percent', 'fraction'], ['proportion', 'percentage', 'rate']],
  [['money', 'cash', 'budget', 'spend', 'spending', 'spent', 'paid for', 'costing', 'cost'], ['funding', 'investment', 'funded', 'grant', 'expenditure', 'spending']],
  [['goal', 'aim', 'promise', 'pledge', 'objective'], ['target', 'commit', 'ambition']],
  [['compare', 'stack up', 'versus', 'vs', 'benchmark'], ['compared', 'average', 'national', 'similar']],
  [['national picture', 'nationally', 'rest of the country', 'across the country'], ['national', 'england', 'wales', 'average']],
  [['a year', 'per year', 'each year', 'every year', 'annually', 'yearly'], ['annum', 'annual', 'annually']],
  [['last year', 'past year', 'this year', 'over the last year'], ['12', 'months', 'previous']],
  [['year before', 'previous year'], ['previous', 'last']],
  // How people ask whether a number moved: documents say it "increased", "fell" or "changed".
  // Every form of the everyday verbs, not one: "rise" and "rose" ask what "increased" says. ("Grow"
  // is left out: people "grew up in care".)
  // (And the livelier verbs of news copy: "climbed", "soared", "plummeted".)
  [['gone up', 'go up', 'goes up', 'going up', 'went up', 'come up', 'came up', 'rise', 'rises', 'rose', 'risen', 'rising', 'climb', 'climbs', 'climbed', 'climbing', 'soar', 'soared', 'soaring', 'jumped', 'shot up', 'rocketed', 'surged'], ['increase', 'increased', 'rise', 'higher'], ['decrease', 'decreased', 'fall', 'reduction', 'lower', 'fewer']],
  [['gone down', 'go down', 'goes down', 'going down', 'went down', 'come down', 'came down', 'coming down', 'fall', 'falls', 'fell', 'fallen', 'falling', 'drop', 'drops', 'dropped', 'dropping', 'plummet', 'plummeted', 'plunged', 'slumped', 'tumbled', 'dipped', 'shrank', 'shrunk'], ['decrease', 'decreased', 'fall', 'reduction', 'lower', 'fewer'], ['increase', 'increased', 'rise', 'higher']],
  [['up or down', 'down or up', 'gone up or down', 'go up or down', 'going up or down', 'went up or down'], ['increase', 'increased', 'decrease', 'decreased', 'change']],
  // What inspectors say a body "needs to improve", people ask what it has to "get better at".
  [['get better', 'gets better', 'getting better', 'got better', 'do better', 'doing better'], ['improve', 'improvement', 'improvements']],
  // Funding reports say "in real terms" where people say "after inflation".
  [['after inflation', 'allowing for inflation', 'adjusted for inflation', 'inflation-adjusted', 'rising prices', 'price rises'], ['real terms', 'inflation']],
  [['cuts', 'austerity'], ['reductions', 'reduced', 'austerity']],
  // Public-sector British for a rise in funding or numbers ("the police uplift", "a funding uplift").
  [['uplift', 'uplifts', 'top-up', 'top up'], ['increase', 'additional', 'extra']],
  [['backlog', 'waiting', 'waits'], ['delays', 'delay', 'waiting']],
  [['happy', 'unhappy', 'satisfied', 'pleased'], ['satisfaction', 'satisfied', 'dissatisfied', 'unsatisfied']],
];
