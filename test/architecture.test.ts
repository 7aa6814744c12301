/**
 * The layers point one way. Builds the import graph of src/ and handlers/
 * with madge (type-only imports included) and checks the rules of issue 12:
 * no file cycles, no cycles between the layer folders, and the imports each
 * layer must never make.
 */
import Module, { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/** The folders whose dependencies must form no cycle. */
const LAYERS = ['core', 'kb', 'nlp', 'eligibility', 'scheduler', 'delivery', 'store', 'channels', 'handlers'];

/** Folders a layer must never import, whatever the path. */
const FORBIDDEN: Record<string, string[]> = {
  handlers: ['channels'],
  core: ['handlers'],
  kb: ['nlp', 'eligibility', 'scheduler', 'safeguarding'],
  store: ['nlp'],
};

type Graph = Record<string, string[]>;

/**
 * madge's TypeScript parser needs the TypeScript JavaScript API, which the
 * project's TypeScript 7 (a native compiler) does not ship; madge's resolver
 * brings TypeScript 5 along, so the parser is pointed at that copy.
 */
async function importGraph(): Promise<Graph> {
  const require = createRequire(import.meta.url);
  const typescript5 = createRequire(require.resolve('filing-cabinet')).resolve('typescript');
  const loader = Module as unknown as { _resolveFilename: (request: string, parent?: { filename?: string }) => string };
  const resolve = loader._resolveFilename;
  loader._resolveFilename = function (this: unknown, request, parent, ...rest: unknown[]) {
    if (request === 'typescript' && parent?.filename?.includes('/node_modules/')) return typescript5;
    return Reflect.apply(resolve, this, [request, parent, ...rest]);
  };
  try {
    const { default: madge } = await import('madge');
    const result = await madge(['src', 'handlers'], {
      baseDir: process.cwd(),
      fileExtensions: ['ts'],
      detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
    });
    return result.obj();
  } finally {
    loader._resolveFilename = resolve;
  }
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

describe('architecture: the layers point one way', async () => {
  const graph = await importGraph();
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
