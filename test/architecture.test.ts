/**
 * The layers point one way. Builds the import graph of src/ and handlers/
 * from the import statements (type-only imports included) and checks the rules of issue 12:
 * no file cycles, no cycles between the layer folders, and the imports each
 * layer must never make.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The folders whose dependencies must form no cycle. */
const LAYERS = [
  'core',
  'kb',
  'text',
  'nlp',
  'safeguarding',
  'eligibility',
  'scheduler',
  'delivery',
  'store',
  'channels',
  'handoff',
  'handlers',
];

/** Folders a layer must never import, whatever the path. */
const FORBIDDEN: Record<string, string[]> = {
  handlers: ['channels'],
  core: ['handlers'],
  kb: ['nlp', 'eligibility', 'scheduler', 'safeguarding'],
  store: ['nlp'],
  // Text helpers (folding, tokens, lexicon) sit below every language layer.
  text: ['nlp', 'safeguarding', 'eligibility', 'handlers'],
  safeguarding: ['nlp', 'handlers', 'channels'],
};

type Graph = Record<string, string[]>;

const ROOT = resolve(import.meta.dirname, '..');
/** Every relative module specifier: `from '…'` (imports and re-exports, type-only too), `import '…'`, `import('…')`. */
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(?\s*)'(\.{1,2}\/[^']+)'/g;

/**
 * The import graph of src/ and handlers/, file to files, with type-only
 * imports included. The code base writes every import as a relative path
 * ending in `.ts` (tsconfig's allowImportingTsExtensions), so reading the
 * specifiers is exact; a specifier that names no file fails the build first.
 */
function importGraph(): Graph {
  const graph: Graph = {};
  for (const top of ['src', 'handlers']) {
    for (const file of readdirSync(join(ROOT, top), { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
      const path = `${top}/${file}`;
      const text = readFileSync(join(ROOT, path), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      const targets = [...text.matchAll(SPECIFIER)].map((m) =>
        relative(ROOT, resolve(ROOT, dirname(path), m[1] as string)),
      );
      graph[path] = [...new Set(targets.filter((t) => t.startsWith('src/') || t.startsWith('handlers/')))];
    }
  }
  return graph;
}

/** The layer a file belongs to: `handlers`, a folder of src/, or `src` for the files at its top. */
function layerOf(file: string): string {
  if (file.startsWith('handlers/')) return 'handlers';
  const parts = file.split('/');
  return parts.length > 2 ? (parts[1] as string) : 'src';
}

/**
 * The groups of nodes that import each other, directly or through others
 * (strongly connected components of more than one node, Tarjan's algorithm),
 * each as its sorted members: "a, b, c" is one cycle or several among them.
 */
function cycles(graph: Graph): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) as number);
    stack.push(node);
    onStack.add(node);
    for (const next of graph[node] ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const members: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      members.push(member);
    } while (member !== node);
    if (members.length > 1) found.push(members.sort().join(', '));
  };
  for (const node of Object.keys(graph).sort()) if (!index.has(node)) visit(node);
  return found.sort();
}

/** The folder-level graph: an edge for every import from one layer into another. */
function layerGraph(graph: Graph): { layers: Graph; edges: Map<string, string[]> } {
  const edges = new Map<string, string[]>();
  for (const [file, imports] of Object.entries(graph)) {
    for (const target of imports) {
      const from = layerOf(file);
      const to = layerOf(target);
      if (from === to) continue;
      const key = `${from} -> ${to}`;
      edges.set(key, [...(edges.get(key) ?? []), `${file} -> ${target}`]);
    }
  }
  const layers: Graph = {};
  for (const key of edges.keys()) {
    const [from, to] = key.split(' -> ') as [string, string];
    if (LAYERS.includes(from) && LAYERS.includes(to)) layers[from] = [...(layers[from] ?? []), to];
  }
  return { layers, edges };
}

describe('architecture: the layers point one way', () => {
  const graph = importGraph();
  const { layers, edges } = layerGraph(graph);

  it('sees the whole code base', () => {
    expect(Object.keys(graph).length).toBeGreaterThan(80);
    expect(graph['src/cli.ts']?.length).toBeGreaterThan(5);
  });

  it('has no import cycle between files (type-only imports count)', () => {
    const found = cycles(graph);
    expect(found).toEqual([]);
  });

  it('has no cycle between the layer folders', () => {
    const found = cycles(layers);
    expect(found).toEqual([]);
  });

  it.each(Object.entries(FORBIDDEN))('%s/ imports none of %j', (layer, forbidden) => {
    const imports = forbidden.flatMap((target) => edges.get(`${layer} -> ${target}`) ?? []);
    expect(imports).toEqual([]);
  });
});
