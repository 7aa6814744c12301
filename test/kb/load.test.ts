import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKnowledge, KnowledgeError, MAX_ANSWER_CHARS, readKnowledgeSource } from '../../src/kb/load.ts';
import { loadKnowledge } from '../../src/knowledge.ts';
import { copyKnowledge, KNOWLEDGE_DIR, realKnowledge } from '../helpers/kb.ts';

/** The topic ids the knowledge base must cover (from the project brief). */
const REQUIRED_TOPICS = [
  'hotline',
  'center-contact',
  'what-is-social-work',
  'social-work-vs-charity',
  'social-work-day',
  'de-an-32',
  'services-overview',
  'service-children',
  'service-family',
  'service-disability',
  'service-elderly',
  'service-young-offenders',
  'service-social-evils',
  'service-mental-health',
  'service-autism',
  'service-poverty',
  'service-violence',
  'service-trafficking',
  'service-hiv',
  'service-vocational',
  'service-foster-care',
  'service-residential-care',
  'eligibility-social-allowance',
  'apply-social-allowance',
  'allowance-amount',
  'elderly-allowance',
  'disability-registration',
  'emergency-assistance',
  'emergency',
  'child-protection-hotline',
  'volunteer',
  'training',
  'social-work-offices',
  'subscribe-reminders',
  'privacy',
  'bot-help',
  'greeting',
];

function problemsOf(fn: () => unknown): KnowledgeError {
  try {
    fn();
  } catch (error) {
    if (error instanceof KnowledgeError) return error;
    throw error;
  }
  throw new Error('expected a KnowledgeError');
}

describe('the shipped knowledge base', () => {
  const kb = realKnowledge();

  it('covers every required topic id', () => {
    for (const id of REQUIRED_TOPICS) expect(kb.entries.has(id), id).toBe(true);
  });

  it('has at least 4 phrasings, a source and a short answer for every entry', () => {
    for (const entry of kb.entries.values()) {
      expect(entry.questions.length, entry.id).toBeGreaterThanOrEqual(4);
      expect(entry.sources.length, entry.id).toBeGreaterThanOrEqual(1);
      expect(entry.answer.length, entry.id).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
    }
  });

  it('fills every center placeholder, in answers and in ui sentences', () => {
    for (const entry of kb.entries.values()) expect(entry.answer, entry.id).not.toMatch(/\{center\./);
    expect(kb.ui.fallback).toContain(kb.center.hotline);
    expect(kb.entries.get('hotline')?.answer).toContain('1800 1769');
  });

  it('says "being updated" where a center fact is still empty, instead of a blank', () => {
    const contact = kb.entries.get('center-contact')?.answer ?? '';
    if (kb.center.address === '') expect(contact).toContain('đang được cập nhật');
  });

  it('lists every grouped entry only once in the menu', () => {
    const ids = kb.ui.groups.flatMap((g) => g.entries);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('validation errors for staff', () => {
  it('names the file, the entry, the field and what to fix', () => {
    const dir = copyKnowledge();
    const file = join(dir, 'entries', 'hotline.yaml');
    const text = readFileSync(file, 'utf8').replace(/questions:\n( {2}- .*\n)+/, 'questions:\n  - Số tổng đài?\n');
    writeFileSync(file, text);
    const error = problemsOf(() => loadKnowledge(dir));
    const problem = error.problems.find((p) => p.field?.startsWith('questions'));
    expect(problem).toMatchObject({ file: 'entries/hotline.yaml', entryId: 'hotline' });
    expect(problem?.message).toMatch(/ít nhất 4/);
    expect(error.message).toContain('entries/hotline.yaml › mục "hotline" › trường questions');
  });

  it('reports a YAML syntax error with its line', () => {
    const dir = copyKnowledge();
    writeFileSync(join(dir, 'entries', 'greeting.yaml'), 'id: greeting\ntitle: "Chào\n  questions: [\n');
    const error = problemsOf(() => loadKnowledge(dir));
    expect(error.problems[0]?.file).toBe('entries/greeting.yaml');
    expect(error.problems[0]?.message).toMatch(/sai cú pháp YAML ở dòng \d+/);
  });

  it('rejects a related id that does not exist, and a placeholder center.yaml lacks', () => {
    const dir = copyKnowledge();
    const file = join(dir, 'entries', 'volunteer.yaml');
    let text = readFileSync(file, 'utf8');
    text = text
      .replace(/related:\n/, 'related:\n  - khong-ton-tai\n')
      .replace(/answer: \|\n/, 'answer: |\n  Gọi {center.fax} nhé.\n');
    writeFileSync(file, text);
    const error = problemsOf(() => loadKnowledge(dir));
    expect(error.problems.some((p) => p.field === 'related' && p.message.includes('khong-ton-tai'))).toBe(true);
    expect(error.problems.some((p) => p.field === 'answer' && p.message.includes('{center.fax}'))).toBe(true);
  });

  it('rejects an answer that is too long once placeholders are filled', () => {
    const dir = copyKnowledge();
    const file = join(dir, 'entries', 'training.yaml');
    const text = readFileSync(file, 'utf8').replace(/answer: \|\n/, `answer: |\n  ${'Thông tin dài. '.repeat(120)}\n`);
    writeFileSync(file, text);
    const error = problemsOf(() => loadKnowledge(dir));
    expect(
      error.problems.some((p) => p.entryId === 'training' && p.field === 'answer' && /tối đa 1500/.test(p.message)),
    ).toBe(true);
  });

  it('checks an English answer like the Vietnamese one: placeholders and length', () => {
    const dir = copyKnowledge();
    const file = join(dir, 'entries', 'training.yaml');
    const long = readFileSync(file, 'utf8').replace(
      /related:\n/,
      `answer_en: |\n  ${'Long English text. '.repeat(100)}\nrelated:\n`,
    );
    writeFileSync(file, long);
    expect(
      problemsOf(() => loadKnowledge(dir)).problems.some(
        (p) => p.entryId === 'training' && p.field === 'answer_en' && /tối đa 1500/.test(p.message),
      ),
    ).toBe(true);
    writeFileSync(file, long.replace(/answer_en: \|\n.*\n/, 'answer_en: |\n  Call {center.fax} for help, please.\n'));
    expect(
      problemsOf(() => loadKnowledge(dir)).problems.some(
        (p) => p.field === 'answer_en' && p.message.includes('{center.fax}'),
      ),
    ).toBe(true);
  });

  it('asks for at least four English questions when an entry has questions_en, and indexes them', () => {
    const dir = copyKnowledge();
    const file = join(dir, 'entries', 'training.yaml');
    const text = readFileSync(file, 'utf8').replace(
      /questions_en:\n( {2}- .*\n)+/,
      'questions_en:\n  - Do you run training courses?\n',
    );
    writeFileSync(file, text);
    const problems = problemsOf(() => loadKnowledge(dir)).problems;
    expect(
      problems.some(
        (p) => p.entryId === 'training' && p.field?.startsWith('questions_en') && /ít nhất 4/.test(p.message),
      ),
    ).toBe(true);
    writeFileSync(
      file,
      text.replace(
        'questions_en:\n',
        'questions_en:\n  - Is there a course on child protection skills?\n  - Can staff join a workshop?\n  - Where do I sign up for a class?\n',
      ),
    );
    const kb = loadKnowledge(dir);
    expect(kb.englishMatcher.rank('child protection skills course', 1)[0]?.id).toBe('training');
  });

  it('rejects a missing required entry and a duplicated id', () => {
    const dir = copyKnowledge();
    rmSync(join(dir, 'entries', 'emergency.yaml'));
    writeFileSync(join(dir, 'entries', 'copy.yaml'), readFileSync(join(dir, 'entries', 'hotline.yaml')));
    const error = problemsOf(() => loadKnowledge(dir));
    expect(error.problems.some((p) => p.message.includes('"emergency"'))).toBe(true);
    expect(error.problems.some((p) => p.entryId === 'hotline' && /đã dùng ở entries\/copy.yaml/.test(p.message))).toBe(
      true,
    );
  });

  it('accepts a bare number where text is expected (staff write phone numbers unquoted)', () => {
    const dir = copyKnowledge();
    const file = join(dir, 'entries', 'hotline.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('keywords:\n', 'keywords:\n  - 18001769\n'));
    expect(loadKnowledge(dir).entries.get('hotline')?.keywords).toContain('18001769');
  });
});

describe('the knowledge value kb/ produces', () => {
  it('is plain data: maps, arrays, objects, text and numbers, nothing compiled', () => {
    const data = checkKnowledge(readKnowledgeSource(KNOWLEDGE_DIR));
    expect(data.entries.get('hotline')?.title).toBeTruthy();
    expect(data.agencyList?.size).toBeGreaterThan(0);
    const plain = (value: unknown): boolean => {
      if (value === null || typeof value !== 'object') return typeof value !== 'function';
      if (value instanceof Map) return [...value.values()].every(plain);
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== Array.prototype) return false;
      return Object.values(value).every(plain);
    };
    expect(plain(data)).toBe(true);
  });
});
