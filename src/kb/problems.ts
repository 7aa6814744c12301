/**
 * What is wrong with the knowledge files, said to the staff who edit them:
 * which file, which entry, which field, what to fix (in Vietnamese).
 */

/** One thing wrong (or worth a look) in a knowledge file. */
export interface KbProblem {
  file: string;
  entryId?: string;
  field?: string;
  message: string;
}

/** Thrown when the knowledge base cannot be used; `problems` lists every error found. */
export class KnowledgeError extends Error {
  constructor(readonly problems: KbProblem[]) {
    super(formatProblems(problems, 'Kho kiến thức có lỗi, cần sửa trước khi dùng:'));
    this.name = 'KnowledgeError';
  }
}

/** Formats problems one per line: `tệp › mục "id" › trường x: cần sửa gì`. */
export function formatProblems(problems: readonly KbProblem[], heading: string): string {
  const lines = problems.map((p) => {
    const where = [p.file];
    if (p.entryId) where.push(`mục "${p.entryId}"`);
    if (p.field) where.push(`trường ${p.field}`);
    return `  • ${where.join(' › ')}: ${p.message}`;
  });
  return [heading, ...lines].join('\n');
}
