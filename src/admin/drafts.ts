/**
 * Starts a new entry from a question residents asked: a YAML skeleton in
 * `knowledge/drafts/`, which the loader does not read, so a half-written
 * entry never reaches residents. Staff complete it (three more phrasings,
 * the answer, a source) and move it to `entries/`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { foldAccents } from '../text/fold.ts';

/** The draft's id from its question: accent-free words joined by dashes, at most six. */
function draftId(question: string): string {
  const words = foldAccents(question.toLowerCase())
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 6);
  return words.join('-') || 'muc-moi';
}

/** Writes a draft entry for `question`; returns its path relative to the knowledge folder. */
export function startDraftEntry(knowledgeDir: string, question: string, today: string): string {
  const dir = join(knowledgeDir, 'drafts');
  mkdirSync(dir, { recursive: true });
  const base = draftId(question);
  let id = base;
  for (let n = 2; existsSync(join(dir, `${id}.yaml`)); n++) id = `${base}-${n}`;
  const skeleton = {
    id,
    title: 'Tiêu đề ngắn (hiện trên nút bấm)',
    questions: [question, 'Cách hỏi thứ hai', 'Cách hỏi thứ ba', 'Cách hỏi thứ tư'],
    keywords: [],
    answer: 'Câu trả lời ngắn, cụ thể, có số tổng đài {center.hotline} nếu cần.\n',
    sources: ['Tên văn bản hoặc bài viết làm nguồn'],
    reviewed: today,
  };
  const header = `# Bản nháp từ câu hỏi của người dân (${today}). Hoàn thiện rồi chuyển sang thư mục entries/.\n`;
  writeFileSync(join(dir, `${id}.yaml`), header + stringify(skeleton, { lineWidth: 0 }));
  return `drafts/${id}.yaml`;
}
