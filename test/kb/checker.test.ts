import { describe, expect, it } from 'vitest';
import { KnowledgeChecker } from '../../src/knowledge-check.ts';
import { KNOWLEDGE_DIR } from '../helpers/kb.ts';

const request = { dir: KNOWLEDGE_DIR, now: '2026-01-15T03:00:00.000Z' };

// The checkers share the process's one worker, whose modules load under tsx: slow on a loaded machine.
describe('the shared knowledge checker', { timeout: 60_000 }, () => {
  it('answers every open checker, and closing one rejects only its own checks', async () => {
    const first = new KnowledgeChecker();
    const second = new KnowledgeChecker();
    try {
      const closed = first.check(request);
      const kept = second.check(request);
      first.close();
      await expect(closed).rejects.toThrow('the knowledge checker was closed');
      const result = await kept;
      expect(result.ok).toBe(true);
      // A closed checker checks again when asked (a store reopened on the same folder).
      expect((await first.check(request)).ok).toBe(true);
    } finally {
      first.close();
      second.close();
    }
  });
});
