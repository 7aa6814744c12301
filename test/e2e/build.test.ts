import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processEnv } from './process-env.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// Inside the project, so that the compiled files find node_modules as dist/ does.
const OUT = mkdtempSync(join(ROOT, '.build-test-'));

describe('production build', () => {
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it('compiles to JavaScript that runs with plain node, without tsx', () => {
    const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json', '--outDir', OUT], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(build.stdout + build.stderr).toBe('');
    expect(build.status).toBe(0);

    const compiled = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(compiled).toContain(join('src', 'cli.js'));
    for (const file of compiled) {
      const text = readFileSync(join(OUT, file), 'utf8');
      // Relative imports point at the compiled .js files, and nothing loads tsx.
      expect(text, file).not.toMatch(/from '\.{1,2}\/[^']*\.ts'/);
      expect(text, file).not.toMatch(/['"]tsx(?:\/|['"])/);
    }

    // Run from another folder: the knowledge folder is found from the project, not the working directory.
    const ask = spawnSync(
      process.execPath,
      [join(OUT, 'src', 'cli.js'), 'ask', '--json', 'cho em hỏi tổng đài miễn phí số mấy'],
      {
        cwd: OUT,
        encoding: 'utf8',
        timeout: 30_000,
        env: processEnv({}),
      },
    );
    expect(ask.stderr).toBe('');
    expect(ask.status).toBe(0);
    expect(JSON.parse(ask.stdout)).toMatchObject({ id: 'hotline', crisis: false });
  });
});
