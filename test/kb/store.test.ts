import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { KnowledgeError } from '../../src/kb/load.ts';
import { KnowledgeStore } from '../../src/kb/store.ts';
import { silentLogger } from '../../src/log.ts';
import { copyKnowledge } from '../helpers/kb.ts';

describe('live reload of the knowledge base', () => {
  it('refuses to start on an invalid knowledge base', () => {
    const dir = copyKnowledge();
    writeFileSync(join(dir, 'center.yaml'), 'name: X\n');
    expect(() => new KnowledgeStore(dir, silentLogger())).toThrow(KnowledgeError);
  });

  it('serves an edit once saved, and keeps the last good version when an edit is broken', async () => {
    const dir = copyKnowledge();
    const logger = silentLogger();
    const errors = vi.spyOn(logger, 'error');
    const store = new KnowledgeStore(dir, logger);
    store.watch(50);
    try {
      const file = join(dir, 'entries', 'hotline.yaml');
      const original = readFileSync(file, 'utf8');
      writeFileSync(file, original.replace(/^title: .*$/m, 'title: Tổng đài mới của trung tâm'));
      await vi.waitFor(() => expect(store.current.entries.get('hotline')?.title).toBe('Tổng đài mới của trung tâm'), { timeout: 3000 });

      writeFileSync(file, original.replace(/^id: hotline$/m, 'id: Hot Line!'));
      await vi.waitFor(() => expect(errors).toHaveBeenCalled(), { timeout: 3000 });
      expect(store.current.entries.get('hotline')?.title).toBe('Tổng đài mới của trung tâm');
      const [payload, message] = errors.mock.calls[0] as [unknown, string];
      expect(message).toContain('entries/hotline.yaml');
      expect(JSON.stringify(payload)).toContain('"field":"id');
    } finally {
      store.close();
    }
  });
});
