import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKnowledgeSource } from '../../src/kb/load.ts';
import { ParsedYamlCache } from '../../src/kb/parse-cache.ts';
import { KnowledgeStore } from '../../src/knowledge.ts';
import { silentLogger } from '../../src/log.ts';
import { KNOWLEDGE_DIR } from '../helpers/kb.ts';

const dataDir = (): string => mkdtempSync(join(tmpdir(), 'ctxh-parse-cache-'));

/** A parser that counts its calls. */
function countingParser(): { parse: (text: string) => unknown; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    parse: (text) => {
      calls.push(text);
      return { text };
    },
  };
}

describe('the parsed YAML cache', () => {
  it('kept in memory only (the check worker), keeps the texts of the last load and writes nothing', () => {
    const parser = countingParser();
    const cache = new ParsedYamlCache();
    cache.parse('a: 1', parser.parse);
    cache.parse('b: 2', parser.parse);
    cache.save();
    expect(cache.parse('a: 1', parser.parse)).toEqual({ text: 'a: 1' });
    cache.save();
    cache.parse('a: 1', parser.parse);
    cache.parse('b: 2', parser.parse);
    // 'b: 2' was not used by the load before: parsed again.
    expect(parser.calls).toEqual(['a: 1', 'b: 2', 'b: 2']);
  });

  it('parses a text once: the next process reads the value from DATA_DIR', () => {
    const dir = dataDir();
    const first = countingParser();
    const cache = new ParsedYamlCache(dir);
    expect(cache.parse('a: 1', first.parse)).toEqual({ text: 'a: 1' });
    cache.save();

    const next = countingParser();
    const reopened = new ParsedYamlCache(dir);
    expect(reopened.parse('a: 1', next.parse)).toEqual({ text: 'a: 1' });
    expect(next.calls).toEqual([]);
    // A text changed by one character is parsed again.
    expect(reopened.parse('a: 2', next.parse)).toEqual({ text: 'a: 2' });
    expect(next.calls).toEqual(['a: 2']);
  });

  it('keeps only the texts the last load used, and hands out copies a caller may change', () => {
    const dir = dataDir();
    const cache = new ParsedYamlCache(dir);
    const value = cache.parse('old', () => ({ list: [1] })) as { list: number[] };
    value.list.push(2);
    cache.save();
    cache.parse('new', () => ({ list: [3] }));
    cache.save();
    const saved = JSON.parse(readFileSync(join(dir, 'knowledge-parsed.json'), 'utf8')) as { parsed: object };
    expect(Object.values(saved.parsed)).toEqual(['{"list":[3]}']);

    const again = new ParsedYamlCache(dir);
    const parser = countingParser();
    expect(again.parse('new', parser.parse)).toEqual({ list: [3] });
    expect(again.parse('old', parser.parse)).toEqual({ text: 'old' });
  });

  it('ignores a damaged cache, and caches nothing when parsing throws', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'knowledge-parsed.json'), '{"format": "yaml2-core-unique-keys-1", "parsed": {');
    const parser = countingParser();
    expect(new ParsedYamlCache(dir).parse('a: 1', parser.parse)).toEqual({ text: 'a: 1' });
    expect(parser.calls).toEqual(['a: 1']);

    const cache = new ParsedYamlCache(dataDir());
    const broken = new Error('bad indentation');
    expect(() =>
      cache.parse('a:\n\tb', () => {
        throw broken;
      }),
    ).toThrow(broken);
    const after = countingParser();
    cache.parse('a:\n\tb', after.parse);
    expect(after.calls).toEqual(['a:\n\tb']);
  });

  it('gives the real knowledge base exactly as the YAML parser does, and the knowledge store keeps it in DATA_DIR', () => {
    const plain = readKnowledgeSource(KNOWLEDGE_DIR);
    const dir = dataDir();
    new KnowledgeStore(KNOWLEDGE_DIR, silentLogger(), { dataDir: dir });
    expect(existsSync(join(dir, 'knowledge-parsed.json'))).toBe(true);
    const parseCache = new ParsedYamlCache(dir);
    const parsed: string[] = [];
    const cached = readKnowledgeSource(KNOWLEDGE_DIR, {
      parseCache: {
        parse: (text, parseYaml) =>
          parseCache.parse(text, (t) => {
            parsed.push(t);
            return parseYaml(t);
          }),
      },
    });
    expect(parsed).toEqual([]);
    expect(cached).toEqual(plain);
  });
});
