/** /dangky answered by typing: consent, topics by number or name, and a commune after "Xã/phường của tôi". */
import { describe, expect, it } from 'vitest';
import { OptionMemory, renderNumbered } from '../../src/channels/numbered.ts';
import type { Incoming, Reply } from '../../src/core/message.ts';
import { botWithServices, payloads } from '../helpers/core.ts';

const TWELVE_TOPICS = [
  'Trẻ em',
  'Người cao tuổi',
  'Người khuyết tật',
  'Hộ nghèo',
  'Việc làm',
  'Y tế',
  'Giáo dục',
  'Nhà ở',
  'Pháp lý',
  'Văn hóa',
  'Tập huấn',
  'Tình nguyện',
].map((label, i) => ({ id: `topic-${i + 1}`, label }));

describe('typed answers in /dangky', () => {
  it('subscribes on "dong y" or "có" typed at the consent question', async () => {
    for (const [id, yes] of [
      ['201', 'dong y'],
      ['202', 'có'],
      ['203', 'Đồng ý ạ'],
      ['204', 'ok'],
    ] as const) {
      const t = await botWithServices();
      const lan = t.user(id);
      await t.command(lan, 'dangky');
      const done = await t.say(lan, yes);
      expect(done[0]?.text, yes).toBe(t.kb.ui.subscribe_done);
      expect(await t.store.getSubscriber(`telegram:${id}`)).toMatchObject({ status: 'active', topics: [] });
    }
  });

  it('declines on "ko" or "thôi", storing nothing', async () => {
    for (const no of ['ko', 'thôi', 'khong cam on']) {
      const t = await botWithServices();
      const lan = t.user('205');
      await t.command(lan, 'dangky');
      expect((await t.say(lan, no))[0]?.text, no).toBe(t.kb.ui.subscribe_declined);
      expect(await t.store.getSubscriber('telegram:205')).toBeUndefined();
    }
  });

  it('reads only the very next message as the consent answer', async () => {
    const t = await botWithServices();
    const lan = t.user('206');
    await t.command(lan, 'dangky');
    await t.say(lan, 'trợ cấp người cao tuổi bao nhiêu tiền');
    await t.say(lan, 'có');
    expect(await t.store.getSubscriber('telegram:206')).toBeUndefined();
    // Another command in between closes the question too.
    await t.command(lan, 'dangky');
    await t.command(lan, 'menu');
    await t.say(lan, 'dong y');
    expect(await t.store.getSubscriber('telegram:206')).toBeUndefined();
  });

  it('toggles topics 4 and 11 from "4, 11" typed on a numbered channel', async () => {
    const t = await botWithServices({}, undefined, TWELVE_TOPICS);
    const user = t.user('207', 'zalo-bot');
    const memory = new OptionMemory();
    const send = async (incoming: Incoming): Promise<Reply[]> => {
      const replies = await t.bot.handle(incoming);
      memory.remember(user, renderNumbered(replies, '{count}').payloads);
      return replies;
    };
    const typed = (text: string) => send(memory.resolve(user, text) ?? { kind: 'text', user, text });
    await send({ kind: 'command', user, command: 'dangky', args: '' });
    await typed('1');
    await send({ kind: 'button', user, payload: 's:topics' });
    const picker = await typed('4, 11');
    expect(picker[0]?.text).toBe(t.kb.ui.subscribe_choose_topics);
    expect((await t.store.getSubscriber('zalo-bot:207'))?.topics).toEqual(['topic-4', 'topic-11']);
    const labels = (picker[0]?.buttons ?? []).map((b) => b.label);
    expect(labels).toContain('✅ Hộ nghèo');
    expect(labels).toContain('✅ Tập huấn');
    await typed('4 và 11');
    expect((await t.store.getSubscriber('zalo-bot:207'))?.topics).toEqual([]);
  });

  it('takes topic names typed without accents', async () => {
    const t = await botWithServices();
    const lan = t.user('208');
    await t.press(lan, 's:yes');
    await t.press(lan, 's:topics');
    const picker = await t.say(lan, 'tre em va nguoi cao tuoi');
    expect(payloads(picker)).toContain('s:t:tre-em');
    expect((await t.store.getSubscriber('telegram:208'))?.topics).toEqual(['tre-em', 'nguoi-cao-tuoi']);
  });

  it('saves a commune typed after "Xã/phường của tôi"', async () => {
    for (const [typed, area] of [
      ['Phường Hồng Gai', 'Phường Hồng Gai'],
      ['xa tan lap', 'xa tan lap'],
      ['dạ tôi ở xã Quảng La', 'xã Quảng La'],
    ] as const) {
      const t = await botWithServices();
      const lan = t.user('209');
      await t.press(lan, 's:yes');
      expect((await t.press(lan, 's:area'))[0]?.text).toBe(t.kb.ui.subscribe_area_help);
      const saved = await t.say(lan, typed);
      expect(saved[0]?.text, typed).toBe(t.kb.ui.subscribe_area_set.replace('{area}', area));
      expect((await t.store.getSubscriber('telegram:209'))?.area).toBe(area);
    }
  });

  it('does not take a question typed after "Xã/phường của tôi" as the commune', async () => {
    const t = await botWithServices();
    const lan = t.user('210');
    await t.press(lan, 's:yes');
    await t.press(lan, 's:area');
    await t.say(lan, 'làm thẻ bảo hiểm y tế cho trẻ em ở đâu');
    await t.say(lan, 'tro cap nguoi cao tuoi duoc bao nhieu?');
    expect((await t.store.getSubscriber('telegram:210'))?.area).toBeUndefined();
  });
});
