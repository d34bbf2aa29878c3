import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers go one way — adapters → bot → knowledge — and no module imports itself back round a
 * circle. Read from the sources with TypeScript's own import scanner (static, type-only and
 * dynamic imports alike), so a new file is checked the day it is added.
 */

const root = path.resolve(import.meta.dirname, '..', '..');
const LAYERS = ['adapters', 'bot', 'knowledge'] as const;
type Layer = (typeof LAYERS)[number];
/** What each layer may import besides itself. */
const MAY_IMPORT: Record<Layer, Layer[]> = { adapters: ['bot', 'knowledge'], bot: ['knowledge'], knowledge: [] };
/**
 * Inside knowledge/, folders stand in layers too: search uses documents, figures, language and
 * the store; reading documents uses figures, language and the store; figures use language; the
 * store and language use only knowledge/'s own types and errors (the files at its root).
 */
const KNOWLEDGE_MAY_IMPORT: Record<string, string[]> = {
  search: ['documents', 'figures', 'language', 'store', '.'],
  documents: ['figures', 'language', 'store', '.'],
  figures: ['language', '.'],
  language: ['.'],
  store: ['.'],
  '.': [],
};
/** Most files a folder should hold before it is split. */
const MAX_FOLDER_FILES = 15;
/** The one place that starts adapters: the composition root. */
const COMPOSITION_ROOT = 'bot/index.ts';

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** Each module's project-local imports, as paths from the repository root. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of LAYERS.flatMap((l) => sources(l))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true);
    const local = importedFiles
      .map((f) => f.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => path.normalize(path.join(path.dirname(file), spec)).replace(/\.js$/, '.ts'));
    graph.set(file, [...new Set(local)]);
  }
  return graph;
}

/** Every circle of imports (strongly connected groups of two or more modules), by Tarjan's algorithm. */
function circles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const layerOf = (file: string) => file.split(path.sep)[0] as Layer;

describe('the import graph', () => {
  const graph = importGraph();

  it('reads every module of the three layers', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get(path.join('bot', 'handle.ts'))).toContain(path.join('knowledge', 'search', 'retrieve.ts'));
  });

  it('has no circles', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('only imports downwards: adapters → bot → knowledge, adapters started by the composition root alone', () => {
    const against: string[] = [];
    for (const [file, deps] of graph) {
      for (const dep of deps) {
        const from = layerOf(file);
        const to = layerOf(dep);
        if (!LAYERS.includes(to) || from === to) continue;
        if (file === COMPOSITION_ROOT && to === 'adapters') continue;
        if (!MAY_IMPORT[from].includes(to)) against.push(`${file} → ${dep}`);
      }
    }
    expect(against).toEqual([]);
  });

  it('keeps knowledge/ in its own layers: search → documents → figures → language, the store and the root below', () => {
    const folderOf = (file: string) => (file.split(path.sep).length > 2 ? file.split(path.sep)[1]! : '.');
    const against: string[] = [];
    for (const [file, deps] of graph) {
      if (layerOf(file) !== 'knowledge') continue;
      const from = folderOf(file);
      expect(Object.keys(KNOWLEDGE_MAY_IMPORT), `${file} is in a folder the layers do not name`).toContain(from);
      for (const dep of deps) {
        const to = folderOf(dep);
        if (layerOf(dep) === 'knowledge' && to !== from && !KNOWLEDGE_MAY_IMPORT[from]!.includes(to)) against.push(`${file} → ${dep}`);
      }
    }
    expect(against).toEqual([]);
  });

  it('has no folder of more than about fifteen files', () => {
    const counts = new Map<string, number>();
    for (const file of graph.keys()) counts.set(path.dirname(file), (counts.get(path.dirname(file)) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > MAX_FOLDER_FILES)).toEqual([]);
  });

  it('finds a circle and an upward import when there is one', () => {
    const made = new Map([
      ['knowledge/a.ts', ['knowledge/b.ts']],
      ['knowledge/b.ts', ['knowledge/a.ts']],
    ]);
    expect(circles(made)).toEqual([['knowledge/a.ts', 'knowledge/b.ts']]);
  });
});
