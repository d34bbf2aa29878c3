import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { BotError, ErrorCode, asBotError } from '../bot/errors.js';
import { findAcronyms, inferAcronyms } from './acronyms.js';
import { docIdOf, readCatalog } from './catalog.js';
import { checkStatedChanges, extractFigures } from './figures.js';
import { indicatorFiles, parseIndicatorTable, type IndicatorProblem } from './indicators.js';
import { buildPassages } from './passages.js';
import { quotableSpans, sourceForQuotes } from './quotes.js';
import { readDocument } from './sources/document.js';
import type { Store } from './store.js';
import type { DocumentMeta, StoredDocument } from './types.js';

/** What one ingest run did. */
export interface IngestSummary {
  added: string[];
  changed: string[];
  unchanged: string[];
  removed: string[];
  skipped: { file: string; reason: string }[];
  /** Indicator tables read (new or changed) and rows that could not be read. */
  indicators: { loaded: string[]; unchanged: string[]; removed: string[]; problems: IndicatorProblem[] };
}

/**
 * Bumped whenever reading a document changes (loaders, passages, acronyms), so stored documents
 * are read again even though their files did not change.
 */
export const INGEST_VERSION = 11;

/** File endings read as documents. */
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);

/**
 * Brings the store up to date with `<dataDir>/documents`: new and changed files (by content
 * hash) are read and replace their old passages in one transaction each; unchanged files cost
 * one hash; files that are gone are removed. A file that cannot be read is skipped with its
 * reason and everything else is still served.
 */
export async function ingest(dataDir: string, store: Store, log: Logger): Promise<IngestSummary> {
  const docsDir = path.join(dataDir, 'documents');
  let files: string[];
  try {
    files = (await readdir(docsDir)).filter((f) => DOCUMENT_EXTENSIONS.has(path.extname(f).toLowerCase())).sort();
  } catch (error) {
    throw new BotError(
      ErrorCode.DataDirMissing,
      `no documents folder at ${docsDir}: put the plan documents there (see data/README.md) or set DATA_DIR`,
      {},
      { cause: error },
    );
  }
  const catalog = await readCatalog(dataDir);
  const stored = new Map((await store.documents()).map((d) => [d.id, d]));
  const summary: IngestSummary = {
    added: [],
    changed: [],
    unchanged: [],
    removed: [],
    skipped: [],
    indicators: { loaded: [], unchanged: [], removed: [], problems: [] },
  };

  const ids = new Map<string, string>();
  for (const file of files) {
    const full = path.join(docsDir, file);
    try {
      // "note.md" and "note.txt" would share an id and replace each other on every run.
      const taken = ids.get(docIdOf(file));
      if (taken) throw new BotError(ErrorCode.SourceMalformed, `has the same name as ${taken}; rename one of them`, { file: full });
      ids.set(docIdOf(file), file);
      const bytes = await readFile(full);
      const hash = createHash('sha256').update(`v${INGEST_VERSION}:`).update(bytes).digest('hex');
      const id = docIdOf(file);
      const before = stored.get(id);
      stored.delete(id);
      if (before?.hash === hash) {
        summary.unchanged.push(file);
        continue;
      }
      const text = decode(bytes, full);
      const meta = catalog.get(file) ?? (await uncatalogued(file, full, text, log));
      const blocks = readDocument(text);
      const source = sourceForQuotes(text);
      const passages = buildPassages(id, meta.date, blocks).map((p) => ({ ...p, quotable: quotableSpans(p, source) }));
      if (passages.length === 0) throw new BotError(ErrorCode.SourceMalformed, 'no readable text found', { file: full });
      const defined = passages.flatMap((p) => findAcronyms(p.text, id));
      const acronyms = [...defined, ...inferAcronyms(passages.map((p) => p.text).join('\n'), id, new Set(defined.map((a) => a.short)))];
      const figures = passages.flatMap((p) => extractFigures(p));
      for (const problem of checkStatedChanges(figures)) log.warn({ file, ...problem }, 'a stated change does not match its figures');
      const doc: StoredDocument = { ...meta, id, hash, ingestedAt: new Date().toISOString(), passageCount: passages.length };
      await store.replaceDocument(doc, { passages, acronyms, figures });
      (before ? summary.changed : summary.added).push(file);
      log.info({ file, passages: passages.length, acronyms: acronyms.length, figures: figures.length }, before ? 'document re-ingested' : 'document ingested');
    } catch (error) {
      const err = asBotError(error, ErrorCode.SourceUnreadable, { file: full });
      summary.skipped.push({ file, reason: err.describe() });
      log.warn({ file, code: err.code, reason: err.message }, 'document skipped');
    }
  }
  for (const gone of stored.values()) {
    await store.removeDocument(gone.id);
    summary.removed.push(gone.file);
    log.info({ file: gone.file }, 'document removed: its file is gone');
  }
  await ingestIndicators(path.join(dataDir, 'indicators'), store, log, summary.indicators);
  return summary;
}

/**
 * Loads new and changed indicator tables (by content hash). A bad row is logged with its file,
 * line and column and left out; the table's other rows load.
 */
async function ingestIndicators(dir: string, store: Store, log: Logger, summary: IngestSummary['indicators']): Promise<void> {
  const before = await store.indicatorHashes();
  for (const { file, text } of await indicatorFiles(dir)) {
    const hash = createHash('sha256').update(`v${INGEST_VERSION}:`).update(text).digest('hex');
    const known = before.get(file);
    before.delete(file);
    if (known === hash) {
      summary.unchanged.push(file);
      continue;
    }
    const { rows, problems } = parseIndicatorTable(text, file);
    for (const p of problems) log.warn({ file: p.file, line: p.line, column: p.column }, `indicator row skipped: ${p.message}`);
    summary.problems.push(...problems);
    await store.replaceIndicatorTable(file, hash, rows);
    summary.loaded.push(file);
    log.info({ file, rows: rows.length, skipped: problems.length }, 'indicator table loaded');
  }
  for (const gone of before.keys()) {
    await store.removeIndicatorTable(gone);
    summary.removed.push(gone);
  }
}

function decode(bytes: Buffer, file: string): string {
  if (bytes.length === 0) throw new BotError(ErrorCode.SourceMalformed, 'the file is empty', { file });
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new BotError(ErrorCode.SourceMalformed, `binary content (a NUL byte at offset ${nul}), not text`, { file });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // The lenient decode marks each bad byte with U+FFFD, so lines before it count true.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    throw new BotError(ErrorCode.SourceMalformed, 'not valid UTF-8 text (save it as UTF-8)', { file, line });
  }
}

async function uncatalogued(file: string, full: string, text: string, log: Logger): Promise<DocumentMeta> {
  const firstLine = text.split('\n').map((l) => l.replace(/^[#*\s]+|[*\s]+$/g, '')).find((l) => l.length > 3) ?? file;
  const modified = (await stat(full)).mtime.toISOString().slice(0, 10);
  log.warn({ file }, 'document is not in data/catalog.json: titled from its first line and dated by its file time');
  return { id: docIdOf(file), file, title: firstLine.slice(0, 120), publisher: 'unknown publisher', date: modified, kind: 'document' };
}
