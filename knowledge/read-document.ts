import { stat } from 'node:fs/promises';
import type { Logger } from 'pino';
import { BotError, ErrorCode } from '../bot/errors.js';
import { findAcronyms, inferAcronyms } from './acronyms.js';
import { docIdOf } from './catalog.js';
import { checkStatedChanges, extractFigures } from './figures.js';
import { buildPassages } from './passages.js';
import { reportingPeriod, reportingPlace } from './reporting-period.js';
import { quotableSpans, sourceForQuotes } from './quotes.js';
import { loadDocument, type LoadedDocument } from './sources/load.js';
import type { DocumentContent } from './store.js';
import type { DocumentMeta } from './types.js';

/** Where a document comes from: its file name, full path, id, and its catalog entry if it has one. */
export interface DocumentSource {
  file: string;
  full: string;
  id: string;
  catalogued?: DocumentMeta;
}

/**
 * Everything ingest derives from one document's bytes: its passages (with the spans that can be
 * quoted word for word), acronyms and figures, and what it is (from the catalog, else from the
 * document itself). Throws a BotError naming the file when it holds no readable text.
 */
export async function readDocumentContent(
  bytes: Buffer,
  source: DocumentSource,
  log: Logger,
): Promise<{ meta: DocumentMeta; content: DocumentContent; format: LoadedDocument['format']; pages?: number }> {
  const { file, full, id } = source;
  const loaded = await loadDocument(bytes, full);
  for (const note of loaded.notes) log.warn({ file }, note);
  const meta = source.catalogued ?? (await uncatalogued(file, full, loaded, log));
  const quotable = sourceForQuotes(loaded.sourceText);
  const passages = buildPassages(id, meta.date, loaded.blocks).map((p) => ({ ...p, quotable: quotableSpans(p, quotable) }));
  if (passages.length === 0) throw new BotError(ErrorCode.SourceMalformed, 'no readable text found', { file: full });
  const defined = passages.flatMap((p) => findAcronyms(p.text, id));
  const acronyms = [...defined, ...inferAcronyms(passages.map((p) => p.text).join('\n'), id, new Set(defined.map((a) => a.short)))];
  const scope = { period: reportingPeriod(meta.title), place: reportingPlace(meta.title) };
  const figures = passages.flatMap((p) => extractFigures(p, scope));
  for (const problem of checkStatedChanges(figures)) log.warn({ file, ...problem }, 'a stated change does not match its figures');
  return { meta, content: { passages, acronyms, figures }, format: loaded.format, pages: loaded.pages };
}

/** A document missing from the catalog: titled and dated from its own metadata, else its first line and file time. */
async function uncatalogued(file: string, full: string, loaded: LoadedDocument, log: Logger): Promise<DocumentMeta> {
  const firstLine = loaded.blocks[0]?.section[0] ?? loaded.blocks[0]?.text ?? file;
  const title = loaded.title ?? firstLine.slice(0, 120);
  const date = loaded.date ?? (await stat(full)).mtime.toISOString().slice(0, 10);
  log.warn({ file, title, date }, `document is not in data/catalog.json: titled ${loaded.title ? 'from its own metadata' : 'from its first line'}, dated ${loaded.date ? 'from its metadata' : 'by its file time'}`);
  return { id: docIdOf(file), file, title, publisher: 'unknown publisher', date, kind: 'document' };
}
