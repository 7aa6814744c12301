/** The texts the webhook benchmark posts, shared with the in-process decision benchmark. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEvalLines } from '../src/eval.ts';

const ROOT = resolve(import.meta.dirname, '..');

const questions = ['dev', 'holdout'].flatMap((f) =>
  parseEvalLines(readFileSync(resolve(ROOT, 'test/eval', `${f}.jsonl`), 'utf8')).map((r) => r.q),
);
const OPENERS = ['', 'cho em hỏi', 'dạ cho tôi hỏi', 'chị ơi', 'anh ơi cho hỏi', 'xin hỏi', 'mình muốn hỏi', 'bác ơi'];
const CLOSERS = ['', 'ạ', 'với ạ', 'được không', 'vậy', 'nhé', 'giúp em với', 'cảm ơn nhiều'];
const PLACES = ['phường', 'xã', 'thị trấn', 'khu phố', 'tổ', 'ấp'];

/** A different realistic question for every n: an eval question with its own opener, closer and place. */
export function uniqueQuestion(n: number): string {
  const q = questions[n % questions.length] ?? '';
  let rest = Math.floor(n / questions.length);
  const opener = OPENERS[rest % OPENERS.length];
  rest = Math.floor(rest / OPENERS.length);
  const closer = CLOSERS[rest % CLOSERS.length];
  rest = Math.floor(rest / CLOSERS.length);
  const place = `em ở ${PLACES[rest % PLACES.length]} ${1 + Math.floor(rest / PLACES.length)}`;
  return [opener, q, closer, place].filter(Boolean).join(' ');
}

/** The eval questions over and over: after the first round, answer-cache hits. */
export const repeatedQuestion = (n: number): string => questions[n % questions.length] ?? '';
