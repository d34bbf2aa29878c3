import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { GLOSSARY } from '../../language/glossary.js';
import type { Store } from '../../store/store.js';
import type { Passage, StoredDocument } from '../../types.js';
import type { Corpus } from '../corpus.js';
import { ALTERNATIVES_VERSION, buildAlternatives } from './alternatives-build.js';
import { packAlternatives, WordAlternatives, type PackedAlternatives } from './word-alternatives.js';

/** The passages' texts, one by one (the names initialisms spell are found in them). */
export function* passageTexts(passages: Passage[]): Iterable<string> {
  for (const p of passages) yield p.text;
}

/**
 * The corpus's word alternatives: as saved under `key` (`reading` is that read, started by the
 * caller), or built from WordNet and saved (the first load after an ingest). A table that cannot
 * be saved is used anyway and built again next time.
 */
export async function loadAlternatives(
  store: Store,
  key: string,
  reading: Promise<string | undefined>,
  corpus: Corpus,
  texts: () => Promise<Iterable<string>>,
  log?: Logger,
): Promise<WordAlternatives> {
  const saved = await reading;
  if (saved) {
    const table = JSON.parse(saved) as PackedAlternatives;
    if (table.version === ALTERNATIVES_VERSION) return new WordAlternatives(table);
  }
  const built = packAlternatives(buildAlternatives(corpus.stats, undefined, await texts()));
  try {
    await store.saveAlternatives(key, JSON.stringify(built));
  } catch (error) {
    log?.warn({ err: (error as Error).message }, 'the word alternatives could not be saved; they will be rebuilt at the next start');
  }
  return new WordAlternatives(built);
}

/** The key the word table of these documents is saved under: what it was built from. */
export function alternativesKey(documents: StoredDocument[]): string {
  return createHash('sha256')
    .update(`${ALTERNATIVES_VERSION}:${JSON.stringify(GLOSSARY)}:${documents.map((d) => `${d.id}=${d.hash}`).sort().join(',')}`)
    .digest('hex');
}
