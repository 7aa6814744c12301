import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeStore } from '../../src/knowledge.ts';
import { checkKnowledgeFolder } from '../../src/knowledge-worker.ts';
import { silentLogger } from '../../src/log.ts';
import { copyKnowledge } from '../helpers/kb.ts';

describe('parsed files the check worker does not send again', () => {
  it('leaves out every section whose file the served snapshot holds unchanged, and sends an edited one', () => {
    const dir = copyKnowledge();
    const now = new Date().toISOString();
    const first = checkKnowledgeFolder({ dir, now });
    if (!first.ok) throw new Error('the real knowledge base should pass');
    expect(first.keptSections).toEqual([]);
    expect(first.source.safeguarding).toBeDefined();
    const same = checkKnowledgeFolder({ dir, now, previousDigests: first.digests });
    if (!same.ok) throw new Error('the real knowledge base should pass');
    expect([...same.keptSections].sort()).toEqual(
      ['agencies', 'center', 'eligibility', 'events', 'figures', 'lexicon', 'safeguarding', 'ui'].sort(),
    );
    for (const section of same.keptSections) expect(same.source).not.toHaveProperty(section);
    const file = join(dir, 'safeguarding.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n# rà soát lại\n`);
    const edited = checkKnowledgeFolder({ dir, now, previousDigests: first.digests });
    if (!edited.ok) throw new Error('a comment keeps the file valid');
    expect(edited.keptSections).not.toContain('safeguarding');
    expect(edited.source.safeguarding).toBeDefined();
  });

  it('serves the snapshot it had for the sections left out, and the new one for an edited file', async () => {
    const dir = copyKnowledge();
    const store = new KnowledgeStore(dir, silentLogger());
    try {
      const first = store.current;
      const entry = join(dir, 'entries', 'hotline.yaml');
      writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^title: .*$/m, 'title: Tổng đài, bản sửa'));
      expect(await store.reloadInBackground()).toBe(true);
      const second = store.current;
      expect(second.entries.get('hotline')?.title).toBe('Tổng đài, bản sửa');
      // Identity, not deep equality: the served snapshot's own parsed files.
      expect(second.source.safeguarding === first.source.safeguarding).toBe(true);
      expect(second.source.ui === first.source.ui).toBe(true);
      const ui = join(dir, 'ui.yaml');
      writeFileSync(ui, `${readFileSync(ui, 'utf8')}\n# rà soát lại\n`);
      expect(await store.reloadInBackground()).toBe(true);
      expect(store.current.source.ui === second.source.ui).toBe(false);
      expect(store.current.source.ui).toEqual(second.source.ui);
      expect(store.current.source.safeguarding === first.source.safeguarding).toBe(true);
    } finally {
      store.close();
    }
  });
});
