import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../handlers/bot.ts';
import type { AspectUsed } from '../../src/core/bot.ts';
import { buttonPayload } from '../../src/core/payload.ts';
import { runTerminalChat } from '../../src/channels/terminal/terminal.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_ENGINE_CONFIG } from '../../src/nlp/engine.ts';
import { readFollowUp } from '../../src/nlp/followup.ts';
import { MemorySessionStore } from '../../src/store/sessions.ts';
import { realBot, realKnowledge, testUser } from '../helpers/kb.ts';

const kb = realKnowledge();
const application = kb.entries.get('apply-social-allowance');
const certificate = kb.entries.get('disability-registration');

/** A bot over the real knowledge base; `decisions` collects each text reply's entry and the aspect it opened with. */
function conversation() {
  const decisions: Array<{ outcome: string; id: string | null; aspect?: AspectUsed }> = [];
  const bot = createBot({
    knowledge: () => kb,
    engine: DEFAULT_ENGINE_CONFIG,
    logger: silentLogger(),
    sessions: new MemorySessionStore(),
    onDecision: (outcome, id, aspect) => decisions.push({ outcome, id, ...(aspect ? { aspect } : {}) }),
  });
  const user = testUser();
  return {
    say: (text: string) => bot.handle({ kind: 'text', user, text }),
    press: (payload: string) => bot.handle({ kind: 'button', user, payload }),
    last: () => decisions.at(-1),
  };
}

describe('aspect lines: the reading', () => {
  it('counts the aspects a message asks, the general "how" only alone', () => {
    expect(readFollowUp(kb, 'mất bao lâu').aspectsAsked).toBe(1);
    expect(readFollowUp(kb, 'cần giấy tờ gì, nộp ở đâu').aspectsAsked).toBe(2);
    expect(readFollowUp(kb, 'đặt lịch thế nào').aspectsAsked).toBe(1);
    expect(readFollowUp(kb, 'phí bao nhiêu').aspectsAsked).toBe(1);
  });

  it("reads subscribing to the center's messages as no request for its phone or chat", async () => {
    expect(readFollowUp(kb, 'làm sao để đăng ký nhận tin nhắn của trung tâm').aspect).not.toBe('contact');
    expect(readFollowUp(kb, 'dang ky nhan tin').aspect).toBeNull();
    expect(readFollowUp(kb, 'nhắn tin zalo cho trung tâm được không').aspect).toBe('contact');
    const c = conversation();
    const replies = await c.say('làm sao để đăng ký nhận tin nhắn của trung tâm');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'subscribe-reminders' });
    expect(replies[0]?.text).toBe(kb.entries.get('subscribe-reminders')?.answer);
  });

  it('tells an aspect asked by its own cue from one asked only by "được không"', () => {
    expect(readFollowUp(kb, 'làm giấy khuyết tật mất bao lâu').clearAspect).toBe(true);
    expect(readFollowUp(kb, 'ba tôi 80 tuổi có được trợ cấp không').clearAspect).toBe(false);
  });
});

describe('aspect lines: the reply', () => {
  it('opens a whole question that asks one precise aspect with that line, then the whole answer', async () => {
    const c = conversation();
    const replies = await c.say('làm giấy khuyết tật mất bao lâu');
    expect(c.last()).toEqual({
      outcome: 'answer',
      id: 'disability-registration',
      aspect: { aspect: 'duration', brief: false },
    });
    expect(replies[0]?.text).toBe(`${certificate?.aspects?.duration}\n\n${certificate?.answer}`);
  });

  it('leaves a question that asks only whether, or asks two things, to the whole answer', async () => {
    for (const [text, id] of [
      ['ba toi 80 tuoi co dc tro cap ko', 'elderly-allowance'],
      ['cần giấy tờ gì và nộp ở đâu để xin trợ cấp', 'apply-social-allowance'],
    ] as const) {
      const c = conversation();
      const replies = await c.say(text);
      expect(c.last(), text).toEqual({ outcome: 'answer', id });
      expect(replies[0]?.text, text).toBe(kb.entries.get(id)?.answer);
    }
  });

  it('sends the line and a pointer, not the same whole answer, for a follow-up on the entry just shown', async () => {
    const c = conversation();
    await c.say('ba toi 80 tuoi co dc tro cap ko');
    const papers = await c.say('can giay to gi');
    expect(c.last()?.aspect).toEqual({ aspect: 'papers', brief: false });
    expect(papers[0]?.text).toBe(`${application?.aspects?.papers}\n\n${application?.answer}`);
    const place = await c.say('o dau');
    expect(c.last()).toEqual({
      outcome: 'answer',
      id: 'apply-social-allowance',
      aspect: { aspect: 'place', brief: true },
    });
    const pointer = kb.ui.aspect_pointer.replace('{button}', kb.ui.aspect_full_answer_button);
    expect(place[0]?.text).toBe(`${application?.aspects?.place}\n\n${pointer}`);
    // The first button shows the whole answer again; the entry's own buttons follow.
    const whole = place[0]?.buttons?.[0];
    expect(whole).toMatchObject({
      label: kb.ui.aspect_full_answer_button,
      payload: buttonPayload.entry(application?.id ?? ''),
    });
    const again = await c.press(buttonPayload.entry(application?.id ?? ''));
    expect(again[0]?.text).toBe(application?.answer);
    // Still the same entry: "mất bao lâu" says honestly who knows how long, without the whole answer again.
    const duration = await c.say('mất bao lâu');
    expect(c.last()?.aspect).toEqual({ aspect: 'duration', brief: true });
    expect(duration[0]?.text).toContain('UBND xã/phường sẽ báo thời hạn');
    expect(duration[0]?.text).not.toContain(application?.answer.split('\n')[0]);
  });

  it('answers the aspect asked of the entry just shown even when the question alone names it again', async () => {
    const hotline = kb.entries.get('hotline');
    const c = conversation();
    await c.say('tong dai mien phi so may');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'hotline' });
    // "Gọi" cues the contact as well as the cost: the screen just read gave the number, so the cost is what is asked.
    const cost = await c.say('gọi có mất tiền không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'hotline', aspect: { aspect: 'cost', brief: true } });
    expect(cost[0]?.text.startsWith(hotline?.aspects?.cost ?? '-')).toBe(true);
    expect(cost[0]?.text).not.toContain(hotline?.answer.split('\n')[0]);
    const hours = await c.say('may gio thi goi duoc');
    expect(c.last()?.aspect).toEqual({ aspect: 'time', brief: true });
    expect(hours[0]?.text.startsWith(hotline?.aspects?.time ?? '-')).toBe(true);
    // Asked first, with nothing shown before, a cost cue in a whole question stays the whole answer.
    const fresh = conversation();
    const whole = await fresh.say('gọi tổng đài có mất tiền không');
    expect(fresh.last()?.aspect).toBeUndefined();
    expect(whole[0]?.text).toBe(hotline?.answer);
  });

  it('gives the whole answer again when something else came between', async () => {
    const c = conversation();
    await c.say('ba toi 80 tuoi co dc tro cap ko');
    await c.say('can giay to gi');
    // A question the bot cannot place: the topic stays, but the application's answer is no longer the last reply.
    await c.say('thời tiết mai thế nào');
    expect(c.last()?.outcome).toBe('fallback');
    const place = await c.say('o dau');
    expect(c.last()).toEqual({
      outcome: 'answer',
      id: 'apply-social-allowance',
      aspect: { aspect: 'place', brief: false },
    });
    expect(place[0]?.text).toBe(`${application?.aspects?.place}\n\n${application?.answer}`);
  });

  it('never leads an emergency with an aspect line', async () => {
    const c = conversation();
    await c.say('can giay to gi de xin tro cap');
    await c.say('ba em vừa ngã bất tỉnh, gọi số nào');
    expect(c.last()?.outcome).toBe('crisis');
    expect(c.last()?.aspect).toBeUndefined();
  });

  it('leads an English reply only with the English line, the pointer in English', async () => {
    const c = conversation();
    await c.say('how do I get a disability certificate?');
    expect(c.last()?.id).toBe('disability-registration');
    // The certificate has no English line for papers: the English answer again, no Vietnamese line.
    const papers = await c.say('what papers do I need?');
    expect(c.last()?.aspect).toBeUndefined();
    expect(papers[0]?.text).not.toContain(certificate?.aspects?.papers ?? '?');
    const duration = await c.say('how long does it take?');
    expect(c.last()?.aspect).toEqual({ aspect: 'duration', brief: true });
    const pointer = kb.ui.aspect_pointer_en.replace('{button}', kb.ui.aspect_full_answer_button_en);
    expect(duration[0]?.text).toBe(`${certificate?.aspects_en?.duration}\n\n${pointer}`);
    // The button opens the English answer.
    expect(duration[0]?.buttons?.[0]).toMatchObject({
      label: kb.ui.aspect_full_answer_button_en,
      payload: buttonPayload.entry('disability-registration', true),
    });
  });
});

describe('aspect lines in the terminal chat', () => {
  it('answers the issue\'s conversation with the aspect asked, and "1" shows the whole answer', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const done = runTerminalChat({ bot: realBot(), knowledge: () => kb, input, output });
    input.end(['ba toi 80 tuoi co dc tro cap ko', 'can giay to gi', 'o dau', 'mất bao lâu', '1', '/thoat'].join('\n'));
    await done;
    const turn = (q: string) => text.slice(text.indexOf(`› ${q}`));
    const title = application?.answer.split('\n')[0] ?? '?';
    // "o dau" and "mất bao lâu": the line asked and the numbered button, not the application's whole answer again.
    const place = turn('o dau').slice(0, turn('o dau').indexOf('› mất bao lâu'));
    expect(place).toContain(application?.aspects?.place);
    expect(place).toContain(`1. ${kb.ui.aspect_full_answer_button}`);
    expect(place).not.toContain(title);
    const duration = turn('mất bao lâu').slice(0, turn('mất bao lâu').indexOf('› 1'));
    expect(duration).toContain('sẽ báo thời hạn khi nhận hồ sơ');
    expect(duration).not.toContain(title);
    // "1" picks the whole answer.
    expect(turn('1')).toContain(title);
  });
});
