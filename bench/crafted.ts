/**
 * Crafted worst inputs for the benchmarks: each call makes a fresh message,
 * so no cache (answers, typo corrections) helps. Deterministic per seed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEvalLines } from '../src/eval.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Small deterministic PRNG so runs are comparable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const random = rng(2026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const LETTERS = [...'abcdefghijklmnopqrstuvwxyzăâđêôơưáàảãạéèẻẽẹóòỏõọúùủũụíìỉĩị'];
const letters = (n: number): string => Array.from({ length: n }, () => pick(LETTERS)).join('');
/** Words of 3–9 random letters separated by spaces, up to `chars` characters. */
const rareWords = (chars: number): string => {
  let text = '';
  while (text.length < chars) text += `${letters(3 + Math.floor(random() * 7))} `;
  return text.slice(0, chars);
};
const EMOJI = ['😭', '🙏', '❤️', '👍🏻', '🇻🇳', '👨‍👩‍👧', '🔥', '\u200d', '\ufe0f'];
/** Every labelled question of the eval sets. */
export const evalQuestions = ['dev', 'extra', 'holdout'].flatMap((f) =>
  parseEvalLines(readFileSync(resolve(ROOT, 'test/eval', `${f}.jsonl`), 'utf8')).map((r) => r.q),
);
const vietnamese = evalQuestions.join('. ');
const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

/** One kind of crafted message. */
export interface CraftedCase {
  name: string;
  make: () => string;
}

/** The crafted inputs, each up to 4,000 characters (the most the bot reads). */
export const craftedCases: CraftedCase[] = [
  { name: '600-letter word', make: () => letters(600) },
  { name: '4,000 random letters, no spaces', make: () => letters(4000) },
  {
    name: '4,000 chars of 30-letter words',
    make: () =>
      Array.from({ length: 130 }, () => letters(30))
        .join(' ')
        .slice(0, 4000),
  },
  { name: '4,000 chars of distinct rare words', make: () => rareWords(4000) },
  {
    name: '4,000 chars of real Vietnamese',
    make: () => {
      const start = Math.floor(random() * (vietnamese.length - 4000));
      return vietnamese.slice(start, start + 4000);
    },
  },
  {
    name: '4,000 chars of emoji',
    make: () =>
      Array.from({ length: 2000 }, () => pick(EMOJI))
        .join('')
        .slice(0, 4000),
  },
  {
    name: 'emoji between rare words',
    make: () =>
      Array.from({ length: 400 }, () => `${letters(5)}${pick(EMOJI)}`)
        .join('')
        .slice(0, 4000),
  },
  {
    name: 'end particles repeated',
    make: () =>
      Array.from({ length: 1000 }, () => pick(['ạ', 'à', 'nhé', 'nha', 'ha']))
        .join(' ')
        .slice(0, 4000),
  },
  {
    name: 'teencode repeated',
    make: () =>
      Array.from({ length: 1000 }, () => pick(['ko', 'dc', 'k', 'ck', 'vk', 'ntn', 'bn']))
        .join(' ')
        .slice(0, 4000),
  },
  {
    name: 'cues and figures of speech repeated',
    make: () =>
      Array.from({ length: 300 }, () => pick(['mệt muốn chết', 'đánh răng', 'cứu', 'muốn chết', 'bị đánh', 'tự tử']))
        .join(' ')
        .slice(0, 4000),
  },
  { name: '4,000 digits', make: () => digits(4000) },
  {
    name: 'digit groups and letters',
    make: () =>
      Array.from({ length: 400 }, () => `${digits(6)}${letters(3)}`)
        .join(' ')
        .slice(0, 4000),
  },
];
