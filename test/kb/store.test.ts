import { KnowledgeStore } from '../../src/knowledge.ts';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse, stringify } from 'yaml';
import { KnowledgeError } from '../../src/kb/load.ts';
import { silentLogger } from '../../src/log.ts';
import { copyKnowledge } from '../helpers/kb.ts';
import { letEventsIn, until } from '../helpers/real-io.ts';

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
      // The edit is checked in a worker thread, whose modules load on first use: allow for a loaded machine.
      await vi.waitFor(() => expect(store.current.entries.get('hotline')?.title).toBe('Tổng đài mới của trung tâm'), {
        timeout: 10_000,
      });

      writeFileSync(file, original.replace(/^id: hotline$/m, 'id: Hot Line!'));
      await vi.waitFor(() => expect(errors).toHaveBeenCalled(), { timeout: 10_000 });
      expect(store.current.entries.get('hotline')?.title).toBe('Tổng đài mới của trung tâm');
      const [payload, message] = errors.mock.calls[0] as [unknown, string];
      expect(message).toContain('entries/hotline.yaml');
      expect(JSON.stringify(payload)).toContain('"field":"id');
    } finally {
      store.close();
    }
  });
});

describe('reading only files that have stopped changing', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does not load a file written slowly in pieces until it is complete and quiet', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const dir = copyKnowledge();
    const logger = silentLogger();
    const info = vi.spyOn(logger, 'info');
    const errors = vi.spyOn(logger, 'error');
    const reloads = (): number => info.mock.calls.filter((call) => call[1] === 'knowledge base reloaded').length;
    const store = new KnowledgeStore(dir, logger);
    store.watch();
    try {
      const file = join(dir, 'entries', 'hotline.yaml');
      const before = store.current.entries.get('hotline');
      // The answer last, so that every prefix cut at a line inside it is a valid entry.
      const { answer, ...rest } = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const edited = stringify({
        ...rest,
        title: 'Tổng đài mới của trung tâm',
        answer: `${String(answer)}\nGọi ngay khi cần.\n`,
      });
      const lines = edited.split(/(?<=\n)/);
      const cuts = [lines.length - 5, lines.length - 2];
      const pieces = [
        lines.slice(0, cuts[0]).join(''),
        lines.slice(cuts[0], cuts[1]).join(''),
        lines.slice(cuts[1]).join(''),
      ];

      writeFileSync(file, pieces[0] ?? '');
      await until(() => store.reloadPending);
      expect(store.reloadPending).toBe(true);
      for (const piece of pieces.slice(1)) {
        // The uploader pauses 1.5 s between pieces: less than the quiet period.
        vi.advanceTimersByTime(1500);
        await letEventsIn();
        expect(store.current.entries.get('hotline')).toBe(before);
        appendFileSync(file, piece);
        await letEventsIn();
      }
      expect(reloads()).toBe(0);
      // The quiet period passes on the fake clock; the check in the worker thread takes real time.
      await vi.waitFor(() => expect(store.current.entries.get('hotline')?.title).toBe('Tổng đài mới của trung tâm'), {
        timeout: 10_000,
        interval: 200,
      });
      expect(store.current.entries.get('hotline')?.answer).toContain('Gọi ngay khi cần.');
      expect(errors).not.toHaveBeenCalled();
    } finally {
      store.close();
    }
  });
});
