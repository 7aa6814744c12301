#!/usr/bin/env node
// Runs the TypeScript source through tsx when it is installed (a development
// checkout: no build step), otherwise the bundled CLI from `npm run build`
// (a production install, where tsx, a dev dependency, is left out).
let tsx;
try {
  tsx = await import('tsx/esm/api');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
}
let cli;
if (tsx) {
  tsx.register();
  cli = await import('../src/cli.ts');
} else {
  cli = await import('../dist/ctxh.mjs');
}
await cli.runCliProcess();
