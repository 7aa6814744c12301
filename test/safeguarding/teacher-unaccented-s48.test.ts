/**
 * Session 48 (issue 10): a form teacher's report typed without accents read "chu nhiem" as the Central "chừ" (now) and
 * "phat hien" as "phạt" (punished), so "co giao chu nhiem phat hien hoc sinh co vet bam, … can bao cho ai" got the
 * emergency screen where the same message with accents is the child-protection disclosure (111 first).
 */
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

describe("a form teacher's report typed without accents (session 48)", () => {
  it.each([
    'co giao chu nhiem phat hien hoc sinh co vet bam, em ay noi bi bo danh, can bao cho ai',
    'thay chu nhiem phat hien be lop 3 hay bi me ke danh, toi nen bao o dau',
  ])('"%s" is a child-abuse disclosure', (text) => {
    const result = detect(text);
    expect(result?.situation).toBe('child-abuse');
    expect(result?.outcome).toBe('disclosure');
  });
  it.each(['gio chu no dang danh con be, cuu voi', 'chu em dang danh me em, chu dang cam dao'])(
    '"%s" stays danger now',
    (text) => {
      expect(detect(text)?.outcome).toBe('danger-now');
    },
  );
  it('"chu nhat nay chu nhiem lop hop phu huynh" raises nothing', () => {
    expect(detect('chu nhat nay chu nhiem lop hop phu huynh')).toBeNull();
  });
});
