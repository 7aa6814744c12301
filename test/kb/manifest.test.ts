import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/kb/load.ts';
import { loadKnowledge } from '../../src/knowledge.ts';
import { copyKnowledge, safeguardingEndingWith } from '../helpers/kb.ts';

function refusal(dir: string): KnowledgeError {
  try {
    loadKnowledge(dir);
  } catch (error) {
    if (error instanceof KnowledgeError) return error;
    throw error;
  }
  throw new Error('expected the knowledge base to be refused');
}

describe('the manifest of the safeguarding data', () => {
  it('refuses a safeguarding.yaml cut short but still valid YAML, naming the concept and what to do', () => {
    const dir = copyKnowledge();
    const { truncated } = safeguardingEndingWith(dir);
    expect(loadKnowledge(dir).safeguarding.text.concepts).toHaveProperty('beat');
    writeFileSync(join(dir, 'safeguarding.yaml'), truncated);
    const error = refusal(dir);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ file: 'safeguarding.yaml', field: 'concepts › beat' });
    expect(error.message).toMatch(/còn \d+ cụm từ, ít hơn \d+ cụm từ ghi trong manifest\.yaml/);
    expect(error.message).toContain('tải lại nguyên tệp');
    expect(error.message).toContain('npm run kb:check -- --write-manifest');
  });

  it('refuses a situation that lost rules, and a missing classifier the manifest requires', () => {
    const dir = copyKnowledge();
    const file = join(dir, 'safeguarding.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('      - [die_bare, short]\n', ''));
    rmSync(join(dir, 'safeguarding-model.json'));
    const fields = refusal(dir).problems.map((p) => `${p.file} ${p.field ?? ''}`.trim());
    expect(fields).toEqual(['safeguarding.yaml situations › suicide › rules', 'safeguarding-model.json']);
  });

  it('refuses a lexicon.yaml cut inside its replacements, which the schema alone accepts', () => {
    const dir = copyKnowledge();
    const file = join(dir, 'lexicon.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const cut = lines.findIndex((line, i) => i > 40 && line.startsWith('  - from:'));
    writeFileSync(file, `${lines.slice(0, cut).join('\n')}\n`);
    rmSync(join(dir, 'manifest.yaml'));
    expect(loadKnowledge(dir).lexicon).toBeDefined();

    const shipped = copyKnowledge();
    writeFileSync(join(shipped, 'lexicon.yaml'), `${lines.slice(0, cut).join('\n')}\n`);
    const fields = refusal(shipped).problems.map((p) => `${p.file} ${p.field ?? ''}`);
    expect(fields).toEqual([
      'lexicon.yaml replacements',
      'lexicon.yaml replacements › from',
      'lexicon.yaml fillers',
      'lexicon.yaml end_particles',
    ]);
  });

  it('reports a damaged manifest with how to write it again', () => {
    const dir = copyKnowledge();
    const file = join(dir, 'manifest.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').split('lexicon.yaml:')[0] ?? '');
    expect(refusal(dir).message).toContain(
      'manifest.yaml: tệp này do máy viết và đang hỏng: chạy npm run kb:check -- --write-manifest',
    );
  });

  it('accepts an edited file that only grew, and says the manifest can be renewed', () => {
    const dir = copyKnowledge();
    const file = join(dir, 'safeguarding.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('  beat:\n    phrases:\n', '  beat:\n    phrases:\n      - uýnh\n'),
    );
    const kb = loadKnowledge(dir);
    expect(kb.safeguarding.detector.detect('chồng em đang uýnh em')?.outcome).toBe('danger-now');
    expect(kb.warnings.some((w) => w.file === 'manifest.yaml' && w.message.includes('--write-manifest'))).toBe(true);
  });

  it('warns when there is no manifest at all', () => {
    const dir = copyKnowledge();
    rmSync(join(dir, 'manifest.yaml'));
    expect(loadKnowledge(dir).warnings.some((w) => w.file === 'manifest.yaml')).toBe(true);
  });

  it('says nothing about the shipped files, which match the checksum', () => {
    const dir = copyKnowledge();
    const stale = 'knowledge/manifest.yaml is out of date: run npm run kb:check -- --write-manifest and commit it';
    expect(
      loadKnowledge(dir).warnings.filter((w) => w.file === 'manifest.yaml'),
      stale,
    ).toEqual([]);
  });
});
