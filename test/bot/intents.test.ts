import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../bot/intents.js';

describe('what a question is after', () => {
  it('is a figure when it asks how many, a rate or a share, or names a number or year', () => {
    for (const q of ['CSTR 2023/24', 'how many arrests were made?', 'youth reoffending rate', 'disruptions in 2019']) expect(parseQuery(q).intent, q).toBe('figure');
  });

  it('is a passage when it asks why, who, where, whether or how something happened, even naming a year', () => {
    for (const q of ['Why did police-recorded hate crime go up in 2015/16?', 'who chaired the Local Criminal Justice Board in 2019?', 'how did the pilot go in 2023?', 'did the pilot start in 2023?']) {
      expect(parseQuery(q).intent, q).toBe('passage');
    }
    // Asking for a number in so many words still asks for one.
    expect(parseQuery('why did the reoffending rate rise in 2019?').intent).toBe('figure');
    // A reason or a description asked of a rate's or a sum's topic asks for words.
    expect(parseQuery('What reason did the 2010/11 report give for its lower referral rate?').intent).toBe('passage');
    expect(parseQuery('How did the commission describe its funding position in 2010/11?').intent).toBe('passage');
    expect(parseQuery('What percentage fell, and what reason did the report give?').intent).toBe('figure');
  });

  it('is a passage when "figures" only names the statistics a why, where or yes-or-no question asks about', () => {
    for (const q of [
      'Why are the domestic abuse figures recorded by the police not a full measure of domestic abuse?',
      'Where can a researcher get the record-level data behind the referral figures?',
      'Do the 2012-13 figures on assault admissions include people treated in A&E?',
      'Can the firearms figures be compared with the use of force statistics?',
    ]) {
      expect(parseQuery(q).intent, q).toBe('passage');
    }
    expect(parseQuery('What do the latest burglary figures show?').intent).toBe('figure');
    expect(parseQuery('Did the number of burglaries rise in 2023?').intent).toBe('figure');
  });

  it('is a figure when it asks how big, how long or how likely something is, or whether it went up or down', () => {
    const asked = ['how big is the rise in victim services funding?', 'How long does a burglary investigation usually take to finish?', 'how likely are young people on court orders to offend again?', 'Were shoplifting reports up or down on the year before?'];
    expect(asked.map((q) => parseQuery(q).intent)).toEqual(asked.map(() => 'figure'));
    // A year named in a question asking what a body said dates the saying; no number is asked.
    expect(parseQuery('What did the inspectorate say about how Northvale handles 999 calls in its 2019 inspection?').intent).toBe('passage');
    expect(parseQuery('What does the 2022 bulletin say about knife crime?').intent).toBe('passage');
    expect(parseQuery('knife crime 2022').intent).toBe('figure');
    // So does one asking what thing something was, unless that thing is a number.
    expect(parseQuery('What verdict did the inspectorate give Northvale in 2019?').intent).toBe('passage');
    expect(parseQuery('What interests were declared at the 8 March 2010 meeting?').intent).toBe('passage');
    expect(parseQuery('What police budget did the commissioner set for 2017-18?').intent).toBe('figure');
    expect(parseQuery('What reductions has the unit reported in 2024?').intent).toBe('figure');
    expect(parseQuery('What was the burglary rate in 2023?').intent).toBe('figure');
    // ("How long" of something else than an amount: a wish, not a quantity.)
    expect(parseQuery('Why did the review take so long?').intent).toBe('passage');
  });

  it('is a passage when its only number names a phone service ("the 111 number"), a figure when it asks how many calls', () => {
    expect(parseQuery('anything about fixing the 111 number?').intent).toBe('passage');
    expect(parseQuery('how quick are 101 and 999 calls answered').intent).toBe('passage');
    expect(parseQuery('how many 999 calls were answered in 2023?').intent).toBe('figure');
  });

  it('is a quote when it asks for a line or a quote', () => {
    expect(parseQuery('quote HMPPS GM vision').intent).toBe('quote');
    expect(parseQuery('give me a line on women’s centres').intent).toBe('quote');
    expect(parseQuery("give me the Chief Constable's exact words on recruitment").intent).toBe('quote');
    expect(parseQuery('the Tony Walsh line about Greater Manchester').intent).toBe('quote');
    expect(parseQuery('Leicestershire PCC annual report 2018/19 commissioner\'s view opening line').intent).toBe('quote');
  });

  it('is a quote when it asks for words to lift, however it names them', () => {
    expect(parseQuery('something quotable on the new youth hubs').intent).toBe('quote');
    expect(parseQuery('a soundbite on knife crime for the mayor').intent).toBe('quote');
    expect(parseQuery('line about women leaving prison with nowhere to live').intent).toBe('quote');
    expect(parseQuery('Home Office 2023 bulletin wording on recording changes').intent).toBe('quote');
    expect(parseQuery('What exactly did the inspectorate say about call handling in 2022?').intent).toBe('quote');
    // A line of work or of enquiry, or a phone line, is no request for words.
    expect(parseQuery('How many officers work on the front line?').intent).not.toBe('quote');
    expect(parseQuery('What exactly does the triage car do?').intent).not.toBe('quote');
  });

  it('is no quote for a phone line', () => {
    expect(parseQuery("How many calls did the charity's phone line take in 2022?").intent).toBe('figure');
    expect(parseQuery('How long were people left waiting on the non-urgent line?').intent).not.toBe('quote');
  });

  it('is a quote when it asks what a person said, not what an organisation or a group found', () => {
    expect(parseQuery('What did Joy Allen say about the progress made during 2022-23?').intent).toBe('quote');
    expect(parseQuery('What did the acting head of the IOPC say the rise was linked to?').intent).toBe('quote');
    expect(parseQuery('What did HMICFRS say about how the force prevents crime?').intent).toBe('passage');
    expect(parseQuery('What does the Home Affairs Committee say is wrong with the strategy?').intent).toBe('passage');
    expect(parseQuery('What did rape survivors tell the Home Affairs Committee about the justice system?').intent).toBe('passage');
  });
});
