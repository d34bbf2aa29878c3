import type { Block } from '../../types.js';
import { cellFragments } from './html-cell.js';
import { endsSentence, type Line } from './lines.js';

interface Piece {
  text: string;
  start: number;
  end: number;
  heading: boolean;
}

interface Row {
  label: string;
  /** What the row is about: its first text cell as the row opened (not its continuations). */
  title: string;
  cells: Piece[][];
}

const rowNumber = /^\s*\d+[.)]?\s*$/;
const separatorRow = /^[\s\-:|]+$/;

/**
 * Reads tab-separated table rows whose cells hold HTML into blocks, one per paragraph or list
 * item, each labelled with its row and column: header rows repeated at page breaks are dropped,
 * and a row continued over a page break (first cell empty) is joined to the row it continues,
 * mending a sentence the break cut in two.
 */
export function tableRowBlocks(lines: Line[], outer: string[] = []): Block[] {
  let headers: string[] | undefined;
  const rows: Row[] = [];
  const titles: Block[] = [];

  for (const line of lines) {
    const raw = line.text.split('\t');
    if (raw.every((c) => separatorRow.test(c))) continue;
    const filled = raw.filter((c) => c.trim() !== '').length;
    const hasHtml = /<[a-z][^>]*>/i.test(line.text);
    const plain = raw.map((c) => c.replace(/\s+/g, ' ').trim());

    if (!hasHtml && filled >= 2 && !rowNumber.test(raw[0] ?? '')) {
      // A header row: the first one names the columns; later ones are page-break repeats.
      if (!headers) headers = plain;
      continue;
    }
    if (filled === 1 && !hasHtml && plain[0] !== '') {
      // A title line spanning the table (repeated as page furniture); kept once as a block.
      if (!titles.some((t) => t.text === plain[0])) {
        titles.push({ section: outer, text: plain[0]!, start: line.start, end: line.start + raw[0]!.length });
      }
      continue;
    }

    const cells = cellPieces(raw, line.start);
    if (rowNumber.test(raw[0] ?? '') || rows.length === 0) {
      const titleCell = cells.find((c, i) => i > 0 && c.length > 0) ?? [];
      rows.push({ label: (raw[0] ?? '').trim(), title: titleCell.map((p) => p.text).join(' '), cells });
    } else {
      continueRow(rows[rows.length - 1]!, cells);
    }
  }

  return [...titles, ...rows.flatMap((row) => rowToBlocks(row, headers ?? [], outer))];
}

function cellPieces(raw: string[], lineStart: number): Piece[][] {
  let offset = lineStart;
  return raw.map((cell) => {
    const at = offset;
    offset += cell.length + 1;
    if (cell.trim() === '') return [];
    return cellFragments(cell).map((f) => ({ text: f.text, start: at + f.start, end: at + f.end, heading: f.heading }));
  });
}

/** Appends a continuation row cell by cell, joining a fragment the page break cut mid-sentence. */
function continueRow(row: Row, cells: Piece[][]): void {
  cells.forEach((pieces, col) => {
    if (pieces.length === 0) return;
    const target = (row.cells[col] ??= []);
    const last = target[target.length - 1];
    const [first, ...rest] = pieces;
    // A piece left without its full stop was cut by the page break: join the next one to it when
    // that reads as the sentence going on, or the cut piece was clearly prose, not a label.
    const cut = last && !last.heading && !endsSentence(last.text) && (/^[a-z0-9(]/.test(first?.text ?? '') || last.text.length > 80);
    if (last && first && cut) {
      target[target.length - 1] = { text: `${last.text} ${first.text}`, start: last.start, end: first.end, heading: false };
      target.push(...rest);
    } else {
      target.push(...pieces);
    }
  });
}

function rowToBlocks(row: Row, headers: string[], outer: string[]): Block[] {
  const rowName = [row.label, row.title].filter(Boolean).join(' ');
  const blocks: Block[] = [];
  row.cells.forEach((pieces, col) => {
    if (col === 0) return;
    const column = headers[col] ?? `Column ${col + 1}`;
    let sub: string | undefined;
    for (const p of pieces) {
      if (p.heading) {
        sub = p.text.replace(/:\s*$/, '');
        continue;
      }
      const section = [...outer, rowName, column, ...(sub ? [sub] : [])].filter(Boolean);
      blocks.push({ section, text: p.text, start: p.start, end: p.end });
    }
  });
  return blocks;
}
