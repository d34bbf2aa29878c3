import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A corpus `scale` times the shipped one: each document copied with its numbers, title and date
 * varied per copy, so copies are alike in shape but are not duplicates (re-ingest and repeat
 * detection cannot shortcut them).
 */
export function buildScaledCorpus(shippedData: string, dir: string, scale: number): { bytes: number; documents: number } {
  const docsOut = path.join(dir, 'documents');
  mkdirSync(docsOut, { recursive: true });
  cpSync(path.join(shippedData, 'indicators'), path.join(dir, 'indicators'), { recursive: true });
  const catalog = JSON.parse(readFileSync(path.join(shippedData, 'catalog.json'), 'utf8')) as { documents: Record<string, string>[] };
  const entries: Record<string, string>[] = [];
  let bytes = 0;
  for (const file of readdirSync(path.join(shippedData, 'documents'))) {
    const text = readFileSync(path.join(shippedData, 'documents', file), 'utf8');
    const meta = catalog.documents.find((d) => d.file === file);
    for (let copy = 0; copy < scale; copy++) {
      const name = copy === 0 ? file : file.replace(/(\.\w+)$/, `_copy${copy}$1`);
      const varied = copy === 0 ? text : vary(text, copy);
      writeFileSync(path.join(docsOut, name), varied);
      bytes += Buffer.byteLength(varied);
      if (meta) entries.push({ ...meta, file: name, title: copy === 0 ? meta.title! : `${meta.title} (edition ${copy + 1})`, date: shiftDate(meta.date!, copy) });
    }
  }
  writeFileSync(path.join(dir, 'catalog.json'), JSON.stringify({ documents: entries }, null, 2));
  return { bytes, documents: entries.length };
}

/** Numbers that are not years move by the copy number; area names rotate. */
function vary(text: string, copy: number): string {
  const areas = ['Bolton', 'Bury', 'Oldham', 'Rochdale', 'Stockport', 'Tameside', 'Trafford', 'Wigan', 'Salford'];
  return text
    // Counts move; years, period parts ("2023/24") and percentages stay, so periods still parse.
    .replace(/(?<![/\d])\b\d{2,}(?:,\d{3})*\b(?![/%\d])/g, (n) => {
      const v = Number(n.replace(/,/g, ''));
      if (v >= 1990 && v <= 2040) return n;
      return (v + copy).toLocaleString('en-GB');
    })
    .replace(/\b(Bolton|Salford|Trafford)\b/g, (m) => areas[(areas.indexOf(m) + copy) % areas.length]!);
}

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
