import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../knowledge/documents/sources/lines.js';
import { readDocument } from '../../../knowledge/documents/sources/document.js';
import { tableRowBlocks } from '../../../knowledge/documents/sources/table-rows.js';

const header = '\tYou asked us\tProgress update\tHow is this delivered';
const table = [
  'Plan title line\t\t\t',
  header,
  '1.\tTackle organised crime\t<ul><li>• Disruptions rose by 12%.</li><li>• Treatment for drug, alcohol and</li></ul>\t<p>Challenger</p>',
  '',
  'Plan title line\t\t\t',
  header,
  '\t\t<p>mental needs is offered.</p> <p><b>Seizures:</b></p> <p>Firearms seizures rose.</p>\t',
  '2.\tSupport victims\t<p>A new portal &amp; website.</p>\t',
].join('\n');

describe('table rows with HTML cells', () => {
  const blocks = tableRowBlocks(splitLines(table));
  const texts = blocks.map((b) => b.text);

  it('gives each list item and paragraph its own block, with entities decoded', () => {
    expect(texts).toContain('Disruptions rose by 12%.');
    expect(texts).toContain('A new portal & website.');
  });

  it('joins a sentence the page break cut in two', () => {
    expect(texts).toContain('Treatment for drug, alcohol and mental needs is offered.');
    expect(texts.some((t) => t === 'mental needs is offered.')).toBe(false);
  });

  it('drops header rows repeated at page breaks', () => {
    expect(texts.filter((t) => t.includes('You asked us'))).toEqual([]);
  });

  it('labels each block with its row and column, and a bold line as a sub-heading', () => {
    const firearms = blocks.find((b) => b.text === 'Firearms seizures rose.')!;
    expect(firearms.section).toEqual(['1. Tackle organised crime', 'Progress update', 'Seizures']);
    const portal = blocks.find((b) => b.text.startsWith('A new portal'))!;
    expect(portal.section).toEqual(['2. Support victims', 'Progress update']);
  });

  it('points each block back at its place in the file', () => {
    const b = blocks.find((x) => x.text === 'Disruptions rose by 12%.')!;
    expect(table.slice(b.start, b.end)).toContain('Disruptions rose by 12%.');
  });

  it('drops a running title repeated on every page when reading a whole document', () => {
    const doc = readDocument(`${table}\n\nPlan title line\t\t\t\n`);
    expect(doc.filter((b) => b.text === 'Plan title line')).toEqual([]);
  });
});
