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
  });

  it('is a passage when its only number names a phone service ("the 111 number"), a figure when it asks how many calls', () => {
    expect(parseQuery('anything about fixing the 111 number?').intent).toBe('passage');
    expect(parseQuery('how quick are 101 and 999 calls answered').intent).toBe('passage');
    expect(parseQuery('how many 999 calls were answered in 2023?').intent).toBe('figure');
  });

  it('is a quote when it asks for a line or a quote', () => {
    expect(parseQuery('quote HMPPS GM vision').intent).toBe('quote');
    expect(parseQuery('give me a line on women’s centres').intent).toBe('quote');
  });
});
