import { KnowledgeStore } from '../../src/knowledge.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBot } from '../../handlers/bot.ts';
import type { Reply } from '../../src/core/message.ts';
import { LAST_GOOD_FILE } from '../../src/kb/last-good.ts';
import { KnowledgeError } from '../../src/kb/load.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_ENGINE_CONFIG } from '../../src/nlp/engine.ts';
import { copyKnowledge, safeguardingEndingWith, testUser } from '../helpers/kb.ts';
import { until } from '../helpers/real-io.ts';

/**
 * Messages from the safeguarding corpora that lose the emergency reply when
 * the `beat` concept is cut in half (checked against the truncated file with
 * no manifest: each was then answered without the emergency numbers).
 */
const CRISIS_MESSAGES = [
  'Anh rể đang đánh chị tôi ngoài sân, ai vô can cũng bị đánh, nhà ở xóm 3 xã Nghi Phong',
  'ck t dg danh t, t tron trong tu, nhan nho thoi',
  'Dang bi no danh, dien thoai sap het pin, dia chi 42 hem 7 Ly Thuong Kiet',
  'nha hang xom dang danh con be 5 tuoi bang day dien, no khoc thet nay gio',
  'Cô giáo nhóm trẻ cạnh nhà tôi đang đánh mấy đứa nhỏ, tôi nghe tiếng tát với tiếng trẻ la hét qua tường',
];
const EMERGENCY = new Set(['111', '113', '114', '115']);

/** The emergency number a reply puts first, if it is an emergency reply. */
function emergencyNumber(replies: readonly Reply[]): string | undefined {
  const first = replies[0]?.buttons?.[0];
  if (first?.kind !== 'call' || !EMERGENCY.has(first.phone)) return undefined;
  return replies[0]?.text.split('\n')[0]?.includes(first.phone) ? first.phone : undefined;
}

async function emergencyNumbersFrom(store: KnowledgeStore): Promise<Array<string | undefined>> {
  const bot = createBot({ knowledge: () => store.current, engine: DEFAULT_ENGINE_CONFIG, logger: silentLogger() });
  const numbers: Array<string | undefined> = [];
  for (const text of CRISIS_MESSAGES)
    numbers.push(emergencyNumber(await bot.handle({ kind: 'text', user: testUser(), text })));
  return numbers;
}

describe('keeping the last good knowledge base', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses a truncated safeguarding.yaml on hot reload, keeps the emergency replies, and starts from the last good copy after a restart', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const dir = copyKnowledge();
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-data-'));
    const { truncated } = safeguardingEndingWith(dir);
    const logger = silentLogger();
    const errors = vi.spyOn(logger, 'error');
    const running = new KnowledgeStore(dir, logger, { dataDir });
    running.watch();
    const before = running.current;
    expect((await emergencyNumbersFrom(running)).every((n) => n !== undefined)).toBe(true);

    writeFileSync(join(dir, 'safeguarding.yaml'), truncated);
    await until(() => running.reloadPending);
    for (let i = 0; i < 10 && errors.mock.calls.length === 0; i++) {
      vi.advanceTimersByTime(2000);
      await until(() => errors.mock.calls.length > 0 || !running.reloadPending);
    }
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]?.[1])).toMatch(/safeguarding\.yaml › trường concepts › beat: còn \d+ cụm từ/);
    expect(running.current).toBe(before);
    expect((await emergencyNumbersFrom(running)).every((n) => n !== undefined)).toBe(true);
    running.close();

    // A reboot with the truncated file still on disk.
    expect(() => new KnowledgeStore(dir, silentLogger())).toThrow(KnowledgeError);
    const restartLogger = silentLogger();
    const warnings = vi.spyOn(restartLogger, 'error');
    const restarted = new KnowledgeStore(dir, restartLogger, { dataDir });
    expect(restarted.origin).toBe('last-good');
    expect(warnings).toHaveBeenCalledTimes(1);
    const [payload, message] = warnings.mock.calls[0] as [Record<string, unknown>, string];
    expect(payload).toMatchObject({ knowledge: 'last-good' });
    expect(message).toContain('CẢNH BÁO: kho kiến thức trên đĩa có lỗi');
    expect(message).toContain('concepts › beat');
    expect(await emergencyNumbersFrom(restarted)).toEqual(await emergencyNumbersFrom(running));
    // Four knowledge bases compiled in turn: 3–5 s quiet, over 20 s on a loaded machine.
  }, 60_000);

  it('goes back to the files on disk once they are fixed', () => {
    const dir = copyKnowledge();
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-data-'));
    const { complete, truncated } = safeguardingEndingWith(dir);
    new KnowledgeStore(dir, silentLogger(), { dataDir }).close();
    writeFileSync(join(dir, 'safeguarding.yaml'), truncated);
    const store = new KnowledgeStore(dir, silentLogger(), { dataDir });
    expect(store.origin).toBe('last-good');
    expect(store.reload()).toBe(false);
    expect(store.origin).toBe('last-good');
    writeFileSync(join(dir, 'safeguarding.yaml'), complete);
    expect(store.reload()).toBe(true);
    expect(store.origin).toBe('files');
  });

  it('never saves broken files as the last good copy, and refuses to start on a damaged copy', () => {
    const dir = copyKnowledge();
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-data-'));
    writeFileSync(join(dir, 'center.yaml'), 'name: X\n');
    expect(() => new KnowledgeStore(dir, silentLogger(), { dataDir })).toThrow(KnowledgeError);

    const good = copyKnowledge();
    new KnowledgeStore(good, silentLogger(), { dataDir }).close();
    writeFileSync(join(dataDir, LAST_GOOD_FILE), '{"savedAt":"2026-11-25T00:00:00.000Z","digest":"0","files":{}}');
    expect(() => new KnowledgeStore(dir, silentLogger(), { dataDir })).toThrow(KnowledgeError);
  });
});
