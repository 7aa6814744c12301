/**
 * The production build: esbuild bundles each entry point below, with the code
 * the entry reaches only through `import()` (a platform's channel, the HTTP
 * server, the staff console) split into chunks that load when first needed.
 * Dependencies are bundled too: fewer files to resolve and read, measured
 * faster to start than importing them from node_modules (`npm run
 * bench:startup` compares the two). The knowledge folder is read at run time
 * and is not part of the build.
 *
 * `npm run build` writes dist/; `--outdir DIR` writes elsewhere.
 */
import { rmSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every built entry: output name (dist/<name>.mjs) to its source. Add a line for another entry (a worker). */
export const ENTRY_POINTS: Readonly<Record<string, string>> = {
  ctxh: 'src/cli.ts',
  // The knowledge reload's worker thread (src/knowledge-check.ts starts it from this file).
  'knowledge-worker': 'src/knowledge-worker.ts',
};

/** How to build; everything has the production default. */
export interface BuildOptions {
  /** Where to write (emptied first); dist/ by default. */
  outdir?: string;
  /** Import the dependencies from node_modules instead of bundling them (bench:startup compares the two). */
  externalDependencies?: boolean;
}

/** Lets bundled CommonJS dependencies call `require` (for Node's built-in modules) inside an ES module. */
const REQUIRE_BANNER =
  "import { createRequire as __ctxhRequire } from 'node:module'; const require = __ctxhRequire(import.meta.url);";

/** Bundles every entry, with source maps. */
export async function buildProduction(options: BuildOptions = {}): Promise<void> {
  const outdir = options.outdir ?? resolve(ROOT, 'dist');
  // The folder is emptied first: never one that holds the project.
  const up = relative(outdir, ROOT);
  if (up === '' || (!up.startsWith('..') && !isAbsolute(up)))
    throw new Error(`refusing to build into ${outdir}: it holds the project (${ROOT})`);
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: Object.entries(ENTRY_POINTS).map(([out, source]) => ({ in: source, out })),
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    ...(options.externalDependencies ? { packages: 'external' } : { banner: { js: REQUIRE_BANNER } }),
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: true,
    logLevel: 'warning',
  });
}

const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
  await buildProduction(values.outdir ? { outdir: resolve(values.outdir) } : {});
}
