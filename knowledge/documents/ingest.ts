import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { BotError, ErrorCode, asBotError } from '../errors.js';
import { docIdOf, readCatalog } from './catalog.js';
import type { IndicatorProblem } from './indicators.js';
import { hashOf, hashSources } from './source-hashes.js';
import { DOCUMENT_EXTENSIONS } from './sources/format.js';
import { decodeText } from './sources/text-encoding.js';
import type { FullTextPlan, Generation, Store } from '../store/store.js';
import type { DocumentMeta, StoredDocument } from '../types.js';

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

/** Ingest options: the size limit and a progress callback (for the `ingest` command's bar). */
export interface IngestOptions {
  /** Largest document read, in bytes (MAX_DOCUMENT_MB). */
  maxBytes: number;
  /** Called once the documents to read are known, and after each document read. */
  onStart?: (files: number) => void;
  onFile?: (progress: { file: string; pages: number; passages: number }) => void;
  /** Builds a large corpus's full-text table as the generation is published (see `Store.applyGeneration`). */
  fullText?: FullTextPlan;
}

/** What an ingest reads with when not told otherwise (the MAX_DOCUMENT_MB default). */
export const DEFAULT_INGEST_OPTIONS: IngestOptions = { maxBytes: 50 * 1024 * 1024 };

/**
 * Brings the store up to date with `<dataDir>/documents` and `<dataDir>/indicators`: new and
 * changed files (by content hash) are read, unchanged files cost a `stat`
 * (a hash when their stamp changed), and files that are
 * gone are removed — all published in one transaction at the end, so the previous generation
 * serves until the new one is whole. A file that cannot be read is skipped with its
 * reason and everything else is still served.
 */
export async function ingest(dataDir: string, store: Store, log: Logger, options: IngestOptions = DEFAULT_INGEST_OPTIONS): Promise<IngestSummary> {
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

  // Everything read is published together at the end, so a reader (or a kill) never sees half.
  const generation: Generation = { documents: [], removeDocuments: [], indicatorTables: [], removeIndicatorTables: [] };
  const ids = new Map<string, string>();
  options.onStart?.(files.length);
  // Most starts find nothing changed: every file's hash is known first (from its stamp, or by
  // reading it), and only a file whose hash differs from the stored one is read and parsed.
  const indicatorNames = await indicatorFileNames(path.join(dataDir, 'indicators'));
  const keys = [...files.map((f) => `documents/${f}`), ...indicatorNames.map((f) => `indicators/${f}`)];
  const known = await store.sourceStamps();
  const { hashes, stamps, stampsChanged, unsettled } = await hashSources(dataDir, keys, known);
  for (const file of files) {
    const full = path.join(docsDir, file);
    let progress = { file, pages: 0, passages: 0 };
    try {
      // "note.md" and "note.txt" would share an id and replace each other on every run.
      const taken = ids.get(docIdOf(file));
      if (taken) throw new BotError(ErrorCode.SourceMalformed, `has the same name as ${taken}; rename one of them`, { file: full });
      ids.set(docIdOf(file), file);
      const id = docIdOf(file);
      const before = stored.get(id);
      stored.delete(id);
      // An unchanged file is read again only when its catalog entry changed (a title corrected,
      // a link added): the entry is part of what is stored for it.
      if (before && before.hash === hashes.get(`documents/${file}`) && !catalogChanged(before, catalog.get(file))) {
        summary.unchanged.push(file);
        // Its passages still count towards what the corpus holds, read now or before.
        progress = { file, pages: 0, passages: before.passageCount };
        continue;
      }
      const bytes = await readFile(full);
      const hash = hashOf(bytes);
      if (bytes.length > options.maxBytes) {
        throw new BotError(ErrorCode.SourceMalformed, `${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the ${options.maxBytes / 1024 / 1024} MB limit (MAX_DOCUMENT_MB)`, { file: full });
      }
      // The readers load when a document needs reading: a start with nothing changed skips them.
      const { readDocumentContent } = await import('./read-document.js');
      const { meta, content, format, pages } = await readDocumentContent(bytes, { file, full, id, catalogued: catalog.get(file) }, log);
      const { passages, acronyms, figures } = content;
      const doc: StoredDocument = { ...meta, id, hash, ingestedAt: new Date().toISOString(), passageCount: passages.length };
      generation.documents.push({ doc, content });
      (before ? summary.changed : summary.added).push(file);
      log.info({ file, format, pages, passages: passages.length, acronyms: acronyms.length, figures: figures.length }, before ? 'document re-ingested' : 'document ingested');
      progress = { file, pages: pages ?? 0, passages: passages.length };
    } catch (error) {
      const err = asBotError(error, ErrorCode.SourceUnreadable, { file: full });
      summary.skipped.push({ file, reason: err.describe() });
      log.warn({ file, code: err.code, reason: err.message }, 'document skipped');
    } finally {
      options.onFile?.(progress);
    }
  }
  for (const gone of stored.values()) {
    generation.removeDocuments.push(gone.id);
    summary.removed.push(gone.file);
    log.info({ file: gone.file }, 'document removed: its file is gone');
  }
  await readIndicators(path.join(dataDir, 'indicators'), indicatorNames, (f) => hashes.get(`indicators/${f}`), store, log, summary.indicators, generation);
  await store.applyGeneration(generation, options.fullText);
  // Files changed just before they were read got no stamp; those that have settled while the
  // ingest ran are hashed again now (a stamp must be of content read after it settled), so the
  // next start need not read them.
  const settledSince = unsettled.length > 0 ? (await hashSources(dataDir, unsettled, new Map())).stamps : new Map();
  for (const [key, stamp] of settledSince) stamps.set(key, stamp);
  if (stampsChanged) await store.saveSourceStamps(stamps);
  return summary;
}

/**
 * Reads new and changed indicator tables (by content hash) into the generation. A bad row is logged with its file,
 * line and column and left out; the table's other rows load.
 */
async function readIndicators(
  dir: string,
  files: string[],
  hashed: (file: string) => string | undefined,
  store: Store,
  log: Logger,
  summary: IngestSummary['indicators'],
  generation: Generation,
): Promise<void> {
  const before = await store.indicatorHashes();
  const notes: string[] = [];
  for (const file of files) {
    const known = before.get(file);
    before.delete(file);
    if (known !== undefined && known === hashed(file)) {
      summary.unchanged.push(file);
      continue;
    }
    let bytes: Buffer;
    let text: string | undefined;
    try {
      bytes = await readFile(path.join(dir, file));
      if (!/\.xlsx$/i.test(file)) text = decodeText(bytes, file, notes);
    } catch (error) {
      // What was loaded from it before stays (it is not among the tables removed below).
      const why = (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder, not a table' : `could not be read (${(error as Error).message})`;
      const problem = { file, line: 1, message: `${why}; skipped, and what it held before is kept` };
      log.warn({ file }, `indicator table skipped: ${problem.message}`);
      summary.problems.push(problem);
      continue;
    }
    const hash = hashOf(bytes);
    // The parsers load when a table needs reading: a start with nothing changed skips them.
    const { rows, problems } =
      text === undefined
        ? await (await import('./indicator-workbook.js')).parseIndicatorWorkbook(bytes, file)
        : (await import('./indicators.js')).parseIndicatorTable(text, file);
    for (const note of notes.splice(0)) log.warn({ file }, note);
    for (const p of problems) log.warn({ file: p.file, line: p.line, column: p.column }, `indicator row skipped: ${p.message}`);
    summary.problems.push(...problems);
    generation.indicatorTables.push({ file, hash, rows });
    summary.loaded.push(file);
    log.info({ file, rows: rows.length, skipped: problems.length }, 'indicator table loaded');
  }
  for (const gone of before.keys()) {
    generation.removeIndicatorTables.push(gone);
    summary.removed.push(gone);
  }
}

/** The CSV and Excel files of the indicators folder; none when the folder is absent. */
async function indicatorFileNames(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => /\.(csv|xlsx)$/i.test(f)).sort();
  } catch {
    return [];
  }
}

/** Whether a document's catalog entry says something other than what is stored for it. */
function catalogChanged(stored: StoredDocument, entry: DocumentMeta | undefined): boolean {
  if (!entry) return false;
  return entry.title !== stored.title || entry.publisher !== stored.publisher || entry.date !== stored.date || entry.kind !== stored.kind || (entry.url ?? '') !== (stored.url ?? '');
}
