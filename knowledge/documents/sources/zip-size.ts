import AdmZip from 'adm-zip';

/**
 * What a zip-based file (Word, Excel) may unpack to: a real report or workbook is a few megabytes
 * of XML. A small file that unpacks to hundreds of megabytes (a "zip bomb") would exhaust memory
 * before any parser could refuse it.
 */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/**
 * Why a zip-based file is refused unread, from its central directory alone (nothing is
 * inflated): it claims to unpack past {@link MAX_UNZIPPED_BYTES}. Undefined when it is within
 * bounds, or not a readable zip (the format's own reader then says why).
 */
export function zipTooLarge(bytes: Buffer): string | undefined {
  let total = 0;
  try {
    for (const entry of new AdmZip(bytes).getEntries()) total += entry.header.size;
  } catch {
    return undefined;
  }
  return total > MAX_UNZIPPED_BYTES ? `it unpacks to ${Math.round(total / 1024 / 1024)} MB, past the ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB a document may hold` : undefined;
}
