import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashOf, hashSources, type SourceStamp } from '../../knowledge/documents/source-hashes.js';

let dir: string;
const LATER = () => Date.now() + 10_000;
const write = (key: string, text: string) => writeFileSync(path.join(dir, key), text);
/** The stamps as given, each with a hash no file has: a check that trusts a stamp returns it. */
const tagged = (stamps: Map<string, SourceStamp>) => new Map([...stamps].map(([k, s]) => [k, { ...s, hash: `stamped:${k}` }]));

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'st-stamps-'));
  mkdirSync(path.join(dir, 'documents'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('hashSources', () => {
  it('hashes each file once, then takes the hash from the stamp while the file is unchanged', async () => {
    write('documents/a.txt', 'In 2023/24, 1,362 CSTRs were ordered.');
    write('documents/b.txt', 'Neighbourhood policing.');
    const keys = ['documents/a.txt', 'documents/b.txt'];

    const first = await hashSources(dir, keys, new Map(), LATER());
    expect(first.hashes.get('documents/a.txt')).toBe(hashOf(Buffer.from('In 2023/24, 1,362 CSTRs were ordered.')));
    expect([...first.stamps.keys()].sort()).toEqual(keys);
    expect(first.stampsChanged).toBe(true);

    const second = await hashSources(dir, keys, tagged(first.stamps), LATER());
    expect(second.hashes.get('documents/a.txt')).toBe('stamped:documents/a.txt');
    expect(second.hashes.get('documents/b.txt')).toBe('stamped:documents/b.txt');
    expect(second.stampsChanged).toBe(false);
  });

  it('reads a file rewritten with the same size and its old modification time again', async () => {
    write('documents/a.txt', 'figure 1362');
    const { mtime } = statSync(path.join(dir, 'documents/a.txt'));
    const first = await hashSources(dir, ['documents/a.txt'], new Map(), LATER());

    write('documents/a.txt', 'figure 1363');
    utimesSync(path.join(dir, 'documents/a.txt'), mtime, mtime); // as `cp -p` or an unzip would leave it
    const second = await hashSources(dir, ['documents/a.txt'], tagged(first.stamps), LATER());
    expect(second.hashes.get('documents/a.txt')).toBe(hashOf(Buffer.from('figure 1363')));
    expect(second.stampsChanged).toBe(true);
  });

  it('hashes a file changed in the last two seconds on every check, and keeps no stamp for it yet', async () => {
    write('documents/a.txt', 'just saved');
    const settledLater = await hashSources(dir, ['documents/a.txt'], new Map(), LATER());
    const now = await hashSources(dir, ['documents/a.txt'], tagged(settledLater.stamps), Date.now());
    expect(now.hashes.get('documents/a.txt')).toBe(hashOf(Buffer.from('just saved')));
    expect(now.stamps.size).toBe(0);
    expect(now.stampsChanged).toBe(true);
    // …and names it, so an ingest can hash it again once it has settled.
    expect(now.unsettled).toEqual(['documents/a.txt']);
    expect(settledLater.unsettled).toEqual([]);
  });

  it('drops the stamps of files that are gone, and gives no hash for a file it cannot read', async () => {
    write('documents/a.txt', 'kept');
    write('documents/b.txt', 'removed next');
    const first = await hashSources(dir, ['documents/a.txt', 'documents/b.txt'], new Map(), LATER());
    rmSync(path.join(dir, 'documents/b.txt'));

    const second = await hashSources(dir, ['documents/a.txt', 'documents/b.txt'], first.stamps, LATER());
    expect([...second.hashes.keys()]).toEqual(['documents/a.txt']);
    expect([...second.stamps.keys()]).toEqual(['documents/a.txt']);
    expect(second.stampsChanged).toBe(true);
  });
});
