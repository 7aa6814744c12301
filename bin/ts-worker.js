// Starts a worker thread from TypeScript source in a development checkout (npm start, tests): registers
// tsx, then loads the worker's entry named in workerData. Node 20 does not apply `--import` hooks to a
// worker's own entry, and a production build starts its compiled .js entry directly instead.
import { workerData } from 'node:worker_threads';

const { register } = await import('tsx/esm/api');
register();
await import(workerData.entry);
