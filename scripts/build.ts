/**
 * The production build: esbuild bundles each entry point below, with the code
 * the entry reaches only through `import()` (a platform's channel, the HTTP
 * server, the staff console) split into chunks that load when first needed.
 * Dependencies stay in node_modules (imported, not bundled: measured faster
 * to start, see the README's Measurements). The knowledge folder is read at
 * run time and is not part of the build.
 *
 * `npm run build` writes dist/; `--outdir DIR` writes elsewhere (the tests).
 */
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every built entry: output name (dist/<name>.mjs) to its source. Add a line for another entry (a worker). */
export const ENTRY_POINTS: Readonly<Record<string, string>> = {
  ctxh: 'src/cli.ts',
};

/** Bundles every entry into `outdir` (emptied first), with source maps. */
export async function buildProduction(outdir = resolve(ROOT, 'dist')): Promise<void> {
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
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: true,
    logLevel: 'warning',
  });
}

const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
  await buildProduction(values.outdir ? resolve(values.outdir) : undefined);
}
