/**
 * Edits staff make to an entry from the console: add a resident's wording
 * to its `questions`, or mark it reviewed today. The entry's own YAML file
 * is edited as a document (comments, order and block text stay as staff
 * wrote them), written, and the knowledge base reloaded. An edit the new
 * snapshot refuses is taken back out, so a bad edit never stays on disk.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Document, isSeq, parseDocument } from 'yaml';
import type { EntryFile } from '../kb/schema.ts';

/** Why an edit was not made, in words for staff. */
export class EditRefused extends Error {
  override name = 'EditRefused';
}

/** The knowledge folder the edits go to, with what is being served and a way to reload it. */
export interface EntryFolder {
  knowledgeDir: string;
  /** The entries being served, with the file each came from. */
  entries(): ReadonlyArray<Pick<EntryFile, 'id' | 'questions'> & { file: string }>;
  /** Re-reads the folder; false when the files are refused (the old snapshot stays). */
  reload(): boolean;
}

/** The limits a console phrasing must keep (the schema's own minimum, and a length a question has). */
const MIN_CHARS = 3;
const MAX_CHARS = 300;

/** Adds `phrasing` to entry `entryId`'s questions and reloads; throws `EditRefused` with the reason. */
export function addPhrasing(target: EntryFolder, entryId: string, phrasing: string): void {
  const text = phrasing.replace(/\s+/g, ' ').trim();
  if (text.length < MIN_CHARS || text.length > MAX_CHARS)
    throw new EditRefused(`Câu hỏi cần dài từ ${MIN_CHARS} đến ${MAX_CHARS} ký tự.`);
  if (/\[(?:đã ẩn|tên)\]/.test(text))
    throw new EditRefused('Câu hỏi còn chỗ đã che ([đã ẩn], [tên]): hãy viết lại thành câu hỏi chung trước khi thêm.');
  const entry = target.entries().find((e) => e.id === entryId);
  if (!entry) throw new EditRefused(`Không có mục "${entryId}" trong kho kiến thức.`);
  if (entry.questions.some((q) => q.toLowerCase() === text.toLowerCase()))
    throw new EditRefused(`Mục "${entryId}" đã có đúng cách hỏi này.`);
  editEntryFile(target, entry.file, (document) => {
    const questions = document.get('questions');
    if (!isSeq(questions)) throw new EditRefused(`Tệp ${entry.file} không có danh sách questions.`);
    questions.add(document.createNode(text));
  });
}

/** Sets entry `entryId`'s `reviewed` date to `today` (YYYY-MM-DD) and reloads. */
export function markReviewed(target: EntryFolder, entryId: string, today: string): void {
  const entry = target.entries().find((e) => e.id === entryId);
  if (!entry) throw new EditRefused(`Không có mục "${entryId}" trong kho kiến thức.`);
  editEntryFile(target, entry.file, (document) => {
    document.set('reviewed', today);
  });
}

/** Applies `edit` to one entry file, writes it and reloads; restores the file if the reload refuses it. */
function editEntryFile(target: EntryFolder, file: string, edit: (document: Document) => void): void {
  const path = join(target.knowledgeDir, file);
  const before = readFileSync(path, 'utf8');
  const document = parseDocument(before);
  edit(document);
  writeFileSync(path, document.toString({ lineWidth: 0 }));
  if (!target.reload()) {
    writeFileSync(path, before);
    target.reload();
    throw new EditRefused(`Kho kiến thức không nhận bản sửa của ${file}; tệp đã được giữ nguyên.`);
  }
}
