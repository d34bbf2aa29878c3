import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';
import { BotError, ErrorCode } from '../errors.js';
import type { DocumentMeta } from '../types.js';

const nonEmpty = (message: string) => z.string().check(z.minLength(1, message));

const entry = z.object({
  file: nonEmpty('must name a file in documents/'),
  title: nonEmpty('must not be empty'),
  publisher: nonEmpty('must not be empty'),
  date: z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
    z.refine((d) => { const t = new Date(`${d}T00:00:00Z`); return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(d); }, 'is not a real calendar date'),
  ),
  kind: nonEmpty('must not be empty'),
  url: z.optional(
    z.string().check(
      z.refine((u) => {
        try {
          return ['http:', 'https:'].includes(new URL(u).protocol);
        } catch {
          return false;
        }
      }, 'must be a web address starting http:// or https://'),
    ),
  ),
});

const schema = z.object({ documents: z.array(entry) });

/** The kind of a document the catalog does not describe: no edition of any other. */
export const UNKNOWN_KIND = 'document';

/** The catalog file's name inside the data directory. */
export const CATALOG_FILE = 'catalog.json';

/**
 * Reads `catalog.json`: one entry per document with its title, publisher, date and kind, and
 * optionally the `url` where it can be opened (citations then link to it).
 * A missing catalog is an empty one (documents are then titled from their file names).
 */
export async function readCatalog(dataDir: string): Promise<Map<string, DocumentMeta>> {
  const file = path.join(dataDir, CATALOG_FILE);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new BotError(ErrorCode.CatalogInvalid, `cannot read the catalog: ${(error as Error).message}`, { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new BotError(ErrorCode.CatalogInvalid, `not valid JSON: ${(error as Error).message}`, { file });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [, index, field] = issue.path;
    throw new BotError(ErrorCode.CatalogInvalid, issue.message, {
      file,
      row: typeof index === 'number' ? index + 1 : undefined,
      field: field !== undefined ? String(field) : issue.path.join('.'),
    });
  }
  return new Map(parsed.data.documents.map((d) => [d.file, { ...d, id: docIdOf(d.file) }]));
}

/** A document's id: its file name without the extension. */
export function docIdOf(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}
