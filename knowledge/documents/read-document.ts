import type { Logger } from 'pino';
import { BotError, ErrorCode } from '../errors.js';
import { findAcronyms, inferAcronyms } from '../language/acronyms.js';
import { docIdOf, UNKNOWN_KIND } from './catalog.js';
import { dateInText, publisherInText, titleInText } from './document-facts.js';
import { extractFigures } from '../figures/figures.js';
import { checkStatedChanges } from '../figures/change.js';
import { buildPassages } from './passages.js';
import { reportingPeriod, reportingPlace, statedReportingPeriod } from '../figures/reporting-period.js';
import { QuoteFinder, sourceForQuotes } from './quotes.js';
import { loadDocument, type LoadedDocument } from './sources/load.js';
import type { DocumentContent } from '../store/store.js';
import type { DocumentMeta, Period } from '../types.js';

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
  const meta = source.catalogued ?? uncatalogued(file, loaded, log);
  const quotes = new QuoteFinder(sourceForQuotes(loaded.sourceText));
  const passages = buildPassages(id, meta.date, loaded.blocks).map((p) => ({ ...p, quotable: quotes.spans(p) }));
  if (passages.length === 0) throw new BotError(ErrorCode.SourceMalformed, 'no readable text found', { file: full });
  const defined = passages.flatMap((p) => findAcronyms(p.text, id));
  const acronyms = [...defined, ...inferAcronyms(passages.map((p) => p.text).join('\n'), id, new Set(defined.map((a) => a.short)))];
  const byId = new Map(passages.map((p) => [p.id, p]));
  // Values stated so far, with their periods: a list's lead-in may split one ("Of the 203 arrests:").
  const stated = new Map<string, Period>();
  // Where the title names no period, the opening may say what time the figures are for.
  const opening = passages.slice(0, 6).map((p) => p.text).join('\n');
  const scope = { period: reportingPeriod(meta.title) ?? statedReportingPeriod(opening), place: reportingPlace(meta.title), stated };
  let lastPeriod: Period | undefined;
  const figures = passages.flatMap((p) => {
    const found = extractFigures(p, { ...scope, lastPeriod }, p.leansOn !== undefined ? byId.get(p.leansOn) : undefined);
    for (const f of found) if (f.period && !stated.has(f.value)) stated.set(f.value, f.period);
    // A passage going on from this one ("… have also fallen") speaks of the period it last gave.
    // (A passage whose figures give no period leaves it as it was.)
    lastPeriod = [...found].reverse().find((f) => f.period !== undefined)?.period ?? lastPeriod;
    return found;
  });
  for (const problem of checkStatedChanges(figures)) log.warn({ file, ...problem }, 'a stated change does not match its figures');
  return { meta, content: { passages, acronyms, figures }, format: loaded.format, pages: loaded.pages };
}

/** A title from file metadata worth showing: not a tool's placeholder ("Microsoft Word - x.docx", "untitled"). */
function usableTitle(title: string | undefined): string | undefined {
  const t = title?.trim();
  return t && t.split(/\s+/).length >= 2 && !/^(?:microsoft\s+word\b|untitled\b|document\d*\b)|\.(?:docx?|pdf|txt)$/i.test(t) ? t : undefined;
}

/**
 * A document missing from the catalog: titled from its metadata or the first line of its text
 * that reads as a title, else its file name; dated by a date its text gives itself ("Published
 * 27 October 2022") or else its metadata, else left undated. A file's time is never its date.
 */
function uncatalogued(file: string, loaded: LoadedDocument, log: Logger): DocumentMeta {
  // Read as written, line by line: the passage reader may fold a title or date line into the
  // headings after it.
  const text = loaded.readingText ?? loaded.sourceText;
  const fromMeta = usableTitle(loaded.title);
  const title = (fromMeta ?? titleInText(text) ?? file).slice(0, 160);
  // A date the text gives itself ("Published 11 June 2021", "Response date: …") is the one its
  // readers see; a file's metadata may be when it was saved or converted, years later.
  const stated = dateInText(text);
  const date = stated ?? loaded.date ?? '';
  const titled = fromMeta ? 'from its own metadata' : title === file ? 'by its file name' : 'from its text';
  const dated = stated ? 'from its text' : loaded.date ? 'from its metadata' : 'nowhere: it gives no date, so it is shown undated';
  log.warn({ file, title, date: date || undefined }, `document is not in data/catalog.json: titled ${titled}, dated ${dated}`);
  // No publisher is guessed beyond what the document's title block or a "From:" or "Published by"
  // line names: a citation names none rather than "unknown publisher".
  return { id: docIdOf(file), file, title, publisher: loaded.publisher ?? publisherInText(text) ?? '', date, kind: UNKNOWN_KIND };
}
