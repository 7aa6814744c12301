/**
 * Staff edit knowledge/eligibility.yaml; a mistake must be caught at load
 * with the file, the place and what to fix, like every other knowledge file.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { KnowledgeError } from '../../src/kb/load.ts';
import { loadKnowledge } from '../../src/knowledge.ts';
import { copyKnowledge, problemsOfLoading } from '../helpers/kb.ts';

type Data = Record<string, unknown> & {
  questions: Array<
    Record<string, unknown> & { id: string; ask_if?: unknown[]; options: Array<Record<string, unknown>> }
  >;
  categories: Array<
    Record<string, unknown> & {
      id: string;
      when: Array<Record<string, unknown>>;
      amounts?: Array<Record<string, unknown>>;
    }
  >;
};

/** Loads a copy of the knowledge folder after changing its eligibility.yaml; returns the problems. */
function problemsAfter(edit: (data: Data) => void): KnowledgeError['problems'] {
  const dir = copyKnowledge();
  const file = join(dir, 'eligibility.yaml');
  const data = parse(readFileSync(file, 'utf8')) as Data;
  edit(data);
  writeFileSync(file, stringify(data));
  return problemsOfLoading(dir);
}

const category = (data: Data, id: string) => {
  const found = data.categories.find((c) => c.id === id);
  if (!found) throw new Error(`no category ${id}`);
  return found;
};
const question = (data: Data, id: string) => {
  const found = data.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};

describe('eligibility.yaml validation', () => {
  it('loads the shipped rules', () => {
    expect(loadKnowledge(copyKnowledge()).eligibility?.questions.length).toBeGreaterThan(5);
  });

  it('rejects a condition on a question that does not exist, naming the category and the ids that do', () => {
    const problems = problemsAfter((d) => category(d, 'disability').when.push({ question: 'thu-nhap', in: ['low'] }));
    const problem = problems.find((p) => p.message.includes('"thu-nhap"'));
    expect(problem).toMatchObject({ file: 'eligibility.yaml' });
    expect(problem?.field).toContain('categories › disability › when');
    expect(problem?.message).toContain('household');
  });

  it('rejects a condition value the question does not offer, listing the valid ones', () => {
    const problems = problemsAfter((d) => {
      const when = category(d, 'single-parent').when;
      when[1] = { question: 'household', in: ['poor', 'rich'] };
    });
    const problem = problems.find((p) => p.message.includes('"rich"'));
    expect(problem?.message).toMatch(/poor, near-poor, neither, unknown/);
  });

  it('rejects min/max on a choice question and "in" on a number question', () => {
    const problems = problemsAfter((d) => {
      category(d, 'disability').when.push({ question: 'household', min: 1 });
      category(d, 'social-pension').when.push({ question: 'age', in: ['old'] });
    });
    expect(problems.some((p) => p.field?.includes('disability') && p.message.includes('câu hỏi lựa chọn'))).toBe(true);
    expect(problems.some((p) => p.field?.includes('social-pension') && p.message.includes('câu hỏi dạng số'))).toBe(
      true,
    );
  });

  it('rejects an ask_if on a question asked later, and on one that does not exist', () => {
    const problems = problemsAfter((d) => {
      question(d, 'age').ask_if = [{ question: 'household', in: ['poor'] }];
      question(d, 'area').ask_if = [{ question: 'vung-sau', in: ['yes'] }];
    });
    expect(
      problems.some((p) => p.field?.startsWith('questions › age › ask_if') && p.message.includes('được hỏi sau')),
    ).toBe(true);
    expect(
      problems.some((p) => p.field?.startsWith('questions › area › ask_if') && p.message.includes('"vung-sau"')),
    ).toBe(true);
  });

  it('rejects an entry id that does not exist and a placeholder that will never be filled', () => {
    const problems = problemsAfter((d) => {
      d.offer_on_entries = ['khong-ton-tai'];
      question(d, 'age').text = 'Năm nay {nguoi} được {tuoi} tuổi?';
    });
    expect(problems.some((p) => p.field === 'offer_on_entries' && p.message.includes('"khong-ton-tai"'))).toBe(true);
    expect(problems.some((p) => p.field === 'questions › age › text' && p.message.includes('{tuoi}'))).toBe(true);
  });

  it('rejects an amount row with both a coefficient and a fixed sum', () => {
    const problems = problemsAfter((d) => category(d, 'disability').amounts?.push({ coefficient: 1, fixed: 1000 }));
    expect(problems.some((p) => p.field?.startsWith('categories') && p.message.includes('chỉ một trong hai'))).toBe(
      true,
    );
  });

  it('refuses a hand-written coefficient and points to figures.yaml', () => {
    const problems = problemsAfter((d) => {
      const rows = category(d, 'disability').amounts ?? [];
      rows[rows.length - 1] = { coefficient: 1.5 };
    });
    expect(
      problems.some(
        (p) => p.field?.startsWith('categories') && p.message.includes('không ghi hệ số ở eligibility.yaml'),
      ),
    ).toBe(true);
    expect(problems.some((p) => p.message.includes('figures.yaml (unit: coefficient)'))).toBe(true);
  });

  it('rejects a private question with no way to skip it', () => {
    const problems = problemsAfter((d) => {
      const hiv = question(d, 'hiv');
      hiv.options = hiv.options.filter((o) => o.unknown !== true);
    });
    expect(problems.some((p) => p.field === 'questions › hiv' && p.message.includes('Bỏ qua'))).toBe(true);
  });

  it('rejects the same typed answer under two options', () => {
    const problems = problemsAfter((d) => {
      const [, near] = question(d, 'household').options;
      (near?.synonyms as string[]).push('ho ngheo');
    });
    expect(problems.some((p) => p.field?.startsWith('questions › household') && p.message.includes('"ho ngheo"'))).toBe(
      true,
    );
  });

  it('reports a missing eligibility.yaml like any other knowledge file', () => {
    const dir = copyKnowledge();
    rmSync(join(dir, 'eligibility.yaml'));
    try {
      loadKnowledge(dir);
      throw new Error('expected a KnowledgeError');
    } catch (error) {
      expect(error).toBeInstanceOf(KnowledgeError);
      expect((error as KnowledgeError).problems).toContainEqual({
        file: 'eligibility.yaml',
        message: 'không tìm thấy tệp này.',
      });
    }
  });
});
