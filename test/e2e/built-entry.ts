/** The production entry built for this run by test/setup/built-entry.ts: what `npm run serve` runs. */
import { join } from 'node:path';
import { inject } from 'vitest';

/** The arguments that run the built CLI with plain node (no tsx): `node <build>/ctxh.mjs …args`. */
export function builtCli(...args: string[]): string[] {
  return [join(inject('buildDir'), 'ctxh.mjs'), ...args];
}
