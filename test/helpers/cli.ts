/** Runs CLI commands in this process (no spawn): the same `runCli` the `ctxh` binary calls. */
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
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

/** DATA_DIR's parsed-YAML cache (src/kb/parse-cache.ts). */
const PARSED_YAML_FILE = 'knowledge-parsed.json';
/** A copy of the parsed-YAML cache an earlier command of this worker saved, for the next fresh DATA_DIR. */
let parsedSeed: string | undefined;

/**
 * A fresh temporary DATA_DIR holding the parsed-YAML cache of an earlier command, as a data folder
 * of a bot that has started before: the YAML is still read and checked, only parsing known text is skipped.
 */
function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ctxh-cli-'));
  if (parsedSeed) copyFileSync(parsedSeed, join(dir, PARSED_YAML_FILE));
  return dir;
}

/** Keeps the parsed-YAML cache a command saved in a fresh DATA_DIR, once per worker. */
function keepParsedSeed(dataDir: string): void {
  const saved = join(dataDir, PARSED_YAML_FILE);
  if (parsedSeed || !existsSync(saved)) return;
  const seed = join(mkdtempSync(join(tmpdir(), 'ctxh-parsed-')), PARSED_YAML_FILE);
  copyFileSync(saved, seed);
  parsedSeed = seed;
}

/** Collects everything written to a stream as text. */
function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer | string) => chunks.push(Buffer.from(chunk)));
  return () => Buffer.concat(chunks).toString('utf8');
}

/**
 * Runs `ctxh ...args` in-process. The environment is only what the test passes (no .env, no
 * inherited tokens), with a fresh temporary DATA_DIR unless the test names one (holding the parsed YAML
 * of an earlier command, see `freshDataDir`).
 */
export async function cli(
  args: string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const readOut = collect(stdout);
  const readErr = collect(stderr);
  const fresh = options.env?.DATA_DIR === undefined ? freshDataDir() : undefined;
  const env = { ...(fresh ? { DATA_DIR: fresh } : {}), ...options.env };
  const code = await runCli(args, { stdout, stderr, env, stdin: Readable.from([options.input ?? '']) });
  if (fresh) keepParsedSeed(fresh);
  // Let the last 'data' events through before reading.
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: readOut(), stderr: readErr() };
}
