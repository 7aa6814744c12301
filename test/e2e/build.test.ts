import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, inject } from 'vitest';
import { ENTRY_POINTS } from '../../scripts/build.ts';
import { builtCli } from './built-entry.ts';
import { processEnv } from './process-env.ts';

describe('production build', () => {
  it('bundles every entry point, with source maps', () => {
    const built = readdirSync(inject('buildDir'), { recursive: true, encoding: 'utf8' });
    for (const name of Object.keys(ENTRY_POINTS)) {
      expect(built).toContain(`${name}.mjs`);
      expect(built).toContain(`${name}.mjs.map`);
    }
  });

  it('runs with plain node, without tsx, and loads no platform code to answer one question', () => {
    const dir = inject('buildDir');
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mjs'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      // Nothing is left pointing at TypeScript sources, and nothing loads tsx.
      expect(text, file).not.toMatch(/from ['"]\.{1,2}\/[^'"]*\.ts['"]/);
      expect(text, file).not.toMatch(/['"]tsx(?:\/|['"])/);
    }

    // Run from another folder: the knowledge folder is found from the project, not the working directory.
    // The hook prints every package the process resolves: `ask` must not load a chat platform's code.
    const ask = spawnSync(
      process.execPath,
      ['--import', packageTracer(), ...builtCli('ask', '--json', 'cho em hỏi tổng đài miễn phí số mấy')],
      { cwd: dir, encoding: 'utf8', timeout: 30_000, env: processEnv({}) },
    );
    const packages = new Set([...ask.stderr.matchAll(/^package (\S+)$/gm)].map((m) => m[1]));
    expect(ask.stderr.replace(/^package \S+\n/gm, '')).toBe('');
    expect(ask.status).toBe(0);
    expect(JSON.parse(ask.stdout)).toMatchObject({ id: 'hotline', crisis: false });
    for (const platform of ['grammy', '@grammyjs/auto-retry', 'hono', '@hono/node-server', 'undici', 'prom-client'])
      expect([...packages], platform).not.toContain(platform);
  });

  it('stops quietly when the reader of `ask --stdin` closes the pipe early (as with `| head`)', async () => {
    const child = spawn(process.execPath, builtCli('ask', '--json', '--stdin'), {
      cwd: inject('buildDir'),
      env: processEnv({}),
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdin.end(`${Array.from({ length: 2000 }, (_, i) => `tổng đài số mấy ${i}`).join('\n')}\n`);
    // Read the first answer, then close our end of the pipe while the CLI is still writing.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.once('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

/** A module hook that writes `package <name>` to stderr for every package the process imports. */
const PACKAGE_TRACER = `export async function resolve(specifier, context, next) {
  const found = await next(specifier, context);
  const name = /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(found.url);
  if (name) process.stderr.write('package ' + name[1] + '\\n');
  return found;
}
`;

/** The `--import` file that installs PACKAGE_TRACER, written to a temporary folder. */
function packageTracer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ctxh-trace-'));
  writeFileSync(join(dir, 'hooks.mjs'), PACKAGE_TRACER);
  const register = join(dir, 'register.mjs');
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`,
  );
  return register;
}
