import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../src/text/redact.ts';
import { similarityKey, UnansweredLog } from '../../src/store/unanswered-log.ts';
import { botWithServices } from '../helpers/core.ts';

const logFile = (dataDir: string): string => join(dataDir, 'unanswered.jsonl');

describe('redaction before a question is stored', () => {
  it('removes phone numbers, ID card, bank and email numbers', () => {
    const text = redactPersonalData(
      'SĐT 0912 345 678, +84 912345678, CCCD 001203004567, STK 1903 5555 1234, mail lan.nguyen@gmail.com',
    );
    expect(text).not.toMatch(/\d{3}/);
    expect(text).not.toContain('@');
    expect(text).toContain('[đã ẩn]');
  });

  it('removes a name written after a kinship word, and keeps ordinary words after one', () => {
    expect(redactPersonalData('bà Nguyễn Thị Lan 80 tuổi có được trợ cấp không')).toBe(
      'bà [tên] 80 tuổi có được trợ cấp không',
    );
    expect(redactPersonalData('Mẹ Hoa bị ốm')).toBe('Mẹ [tên] bị ốm');
    expect(redactPersonalData('em muốn hỏi về trợ cấp năm 2024')).toBe('em muốn hỏi về trợ cấp năm 2024');
  });
});

describe('questions the bot could not answer', () => {
  it('keeps a fallback, redacted, and groups it with the same question asked again', async () => {
    const t = await botWithServices();
    const resident = t.user('8100001');
    await t.say(resident, 'bà Nguyễn Thị Lan muốn hỏi cách nuôi cá koi, sđt 0912345678');
    await t.say(t.user('8100002'), 'Bà Lan muốn hỏi cách nuôi cá koi, sđt 0987654321');
    const stored = readFileSync(logFile(t.config.dataDir), 'utf8');
    expect(stored).not.toContain('0912345678');
    expect(stored).not.toContain('Nguyễn');
    expect(stored).not.toContain('8100001');
    const groups = t.core.unanswered?.groups() ?? [];
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ count: 2, kinds: { fallback: 2 } });
  });

  it('keeps a did-you-mean with the entry the bot thought closest', async () => {
    const t = await botWithServices();
    // A question close to a topic but not clearly about it (the gold price is a plain fallback now).
    await t.say(t.user('8100003'), 'con tôi 15 tuổi nghiện game bỏ học phải làm sao');
    const [group] = t.core.unanswered?.groups() ?? [];
    expect(group).toMatchObject({ kinds: { 'did-you-mean': 1 } });
    expect(group?.entryId).toBeTypeOf('string');
  });

  it('never stores a message the safeguarding layer recognised', async () => {
    const t = await botWithServices();
    await t.say(t.user('8100004'), 'chồng tôi đánh tôi');
    await t.say(t.user('8100004'), 'tôi muốn chết');
    expect(existsSync(logFile(t.config.dataDir))).toBe(false);
  });

  it('stores nothing with UNANSWERED_LOG=off', async () => {
    const t = await botWithServices({ UNANSWERED_LOG: 'off' });
    await t.say(t.user('8100005'), 'bà Lan muốn hỏi cách nuôi cá koi');
    await t.say(t.user('8100005'), 'giá vàng hôm nay bao nhiêu');
    expect(t.core.unanswered).toBeUndefined();
    expect(existsSync(logFile(t.config.dataDir))).toBe(false);
  });

  it('reads "Trợ cấp ở đâu?" and "ở đâu trợ cấp" as one question', () => {
    expect(similarityKey('Trợ cấp ở đâu?')).toBe(similarityKey('ở đâu trợ cấp'));
  });
});

describe('questions per day', () => {
  it('counts each outcome on its Vietnam day, without text', async () => {
    const t = await botWithServices();
    await t.say(t.user('8100006'), 'con tôi 15 tuổi nghiện game bỏ học phải làm sao');
    await t.say(t.user('8100006'), 'tổng đài miễn phí số mấy');
    const today = t.outcomes.lastDays(new Date(), 1)[0]?.counts ?? {};
    expect(today['did-you-mean']).toBe(1);
    expect(today.answer).toBe(1);
  });
});

describe('the unanswered log file', () => {
  it('writes questions asked at once together, keeps appending after a prune, and flushes on close', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ctxh-unanswered-'));
    let now = new Date('2027-03-01T08:00:00Z');
    const log = new UnansweredLog(dataDir, 30 * 86_400_000, () => now);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => log.record({ kind: 'fallback', text: `câu hỏi số ${i} về trợ cấp` })),
    );
    expect(readFileSync(logFile(dataDir), 'utf8').trim().split('\n')).toHaveLength(50);
    now = new Date('2027-04-15T08:00:00Z'); // all 50 are past the 30-day retention
    expect(log.prune()).toBe(50);
    await log.record({ kind: 'did-you-mean', text: 'hỏi sau khi dọn', entryId: 'hotline' });
    const pending = log.record({ kind: 'fallback', text: 'câu cuối trước khi tắt' });
    await log.close();
    await pending;
    expect(log.groups().map((g) => g.text)).toEqual(['hỏi sau khi dọn', 'câu cuối trước khi tắt']);
  });
});
