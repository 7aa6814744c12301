#!/usr/bin/env node
// Runs the TypeScript source through tsx when it is installed (a development
// checkout: no build step), otherwise the compiled CLI from `npm run build`
// (a production install, where tsx, a dev dependency, is left out).
let tsx;
try {
  tsx = await import('tsx/esm/api');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
}
if (tsx) {
  tsx.register();
  await import('../src/cli.ts');
} else {
  await import('../dist/src/cli.js');
}
