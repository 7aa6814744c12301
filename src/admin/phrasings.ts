/**
 * Adds a resident's wording to an entry's `questions`, in the entry's own
 * YAML file: the file is edited as a document (comments, order and block
 * text stay as staff wrote them), written, and the knowledge base reloaded.
 * A wording the new snapshot refuses is taken back out, so a bad edit never
 * stays on disk.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import type { EntryFile } from '../kb/schema.ts';

/** Why a wording was not added, in words for staff. */
export class PhrasingRefused extends Error {
  override name = 'PhrasingRefused';
}

/** What adding a phrasing needs: the knowledge folder and a way to reload it. */
export interface PhrasingTarget {
  knowledgeDir: string;
  /** The entries being served, with the file each came from. */
  entries(): ReadonlyArray<Pick<EntryFile, 'id' | 'questions'> & { file: string }>;
  /** Re-reads the folder; false when the files are refused (the old snapshot stays). */
  reload(): boolean;
}

/** The limits a console phrasing must keep (the schema's own minimum, and a length a question has). */
const MIN_CHARS = 3;
const MAX_CHARS = 300;

/** Adds `phrasing` to entry `entryId`'s questions and reloads; throws `PhrasingRefused` with the reason. */
export function addPhrasing(target: PhrasingTarget, entryId: string, phrasing: string): void {
  const text = phrasing.replace(/\s+/g, ' ').trim();
  if (text.length < MIN_CHARS || text.length > MAX_CHARS)
    throw new PhrasingRefused(`Câu hỏi cần dài từ ${MIN_CHARS} đến ${MAX_CHARS} ký tự.`);
  if (/\[(?:đã ẩn|tên)\]/.test(text))
    throw new PhrasingRefused(
      'Câu hỏi còn chỗ đã che ([đã ẩn], [tên]): hãy viết lại thành câu hỏi chung trước khi thêm.',
    );
  const entry = target.entries().find((e) => e.id === entryId);
  if (!entry) throw new PhrasingRefused(`Không có mục "${entryId}" trong kho kiến thức.`);
  if (entry.questions.some((q) => q.toLowerCase() === text.toLowerCase()))
    throw new PhrasingRefused(`Mục "${entryId}" đã có đúng cách hỏi này.`);
  const path = join(target.knowledgeDir, entry.file);
  const before = readFileSync(path, 'utf8');
  const document = parseDocument(before);
  const questions = document.get('questions');
  if (!isSeq(questions)) throw new PhrasingRefused(`Tệp ${entry.file} không có danh sách questions.`);
  questions.add(document.createNode(text));
  writeFileSync(path, document.toString({ lineWidth: 0 }));
  if (!target.reload()) {
    writeFileSync(path, before);
    target.reload();
    throw new PhrasingRefused(`Kho kiến thức không nhận bản sửa của ${entry.file}; tệp đã được giữ nguyên.`);
  }
}
