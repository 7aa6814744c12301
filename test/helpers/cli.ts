/** Runs CLI commands in this process (no spawn): the same `runCli` the `ctxh` binary calls. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli.ts';

/** What a command printed and the code it would have exited with. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Collects everything written to a stream as text. */
function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer | string) => chunks.push(Buffer.from(chunk)));
  return () => Buffer.concat(chunks).toString('utf8');
}

/**
 * Runs `ctxh ...args` in-process. The environment is only what the test passes (no .env, no
 * inherited tokens), with a fresh temporary DATA_DIR unless the test names one.
 */
export async function cli(
  args: string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const readOut = collect(stdout);
  const readErr = collect(stderr);
  const env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-cli-')), ...options.env };
  const code = await runCli(args, { stdout, stderr, env, stdin: Readable.from([options.input ?? '']) });
  // Let the last 'data' events through before reading.
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: readOut(), stderr: readErr() };
}
