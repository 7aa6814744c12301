/**
 * The eligibility check as a resident meets it, through the Bot and the
 * platform-neutral handlers: buttons, typed answers without accents, going
 * back, stopping, expiry on a controlled clock, and questions asked mid-check.
 */
import { describe, expect, it } from 'vitest';
import type { Incoming, Reply } from '../../src/core/message.ts';
import type { EligibilityRules } from '../../src/eligibility/rules.ts';
import { MemorySessionStore } from '../../src/store/sessions.ts';
import { payloadsOf, realBot, realKnowledge, testUser } from '../helpers/kb.ts';

const kb = realKnowledge();
const rules = kb.eligibility as EligibilityRules;
const { texts } = rules;
const MINUTE = 60_000;

/** A fresh bot whose sessions run on a clock the test moves. */
function chat() {
  let now = Date.UTC(2026, 10, 23, 8, 0);
  const sessions = new MemorySessionStore({ ttlMs: 30 * MINUTE, clock: () => now });
  const bot = realBot({ sessions });
  const user = testUser('telegram');
  const send = (incoming: Incoming): Promise<Reply[]> => bot.handle(incoming);
  return {
    sessions,
    advance: (ms: number) => (now += ms),
    command: (name: string) => send({ kind: 'command', user, command: name, args: '' }),
    press: (payload: string) => send({ kind: 'button', user, payload }),
    say: (text: string) => send({ kind: 'text', user, text }),
  };
}

/** The question the replies ask, read from their answer buttons ("k:a:<question>:<value>"). */
function askedQuestion(replies: readonly Reply[]): string | undefined {
  const ids = new Set(payloadsOf(replies).flatMap((p) => (p.startsWith('k:a:') ? [p.split(':')[2]] : [])));
  expect(ids.size).toBeLessThanOrEqual(1);
  return [...ids][0];
}

const allText = (replies: readonly Reply[]) => replies.map((r) => r.text).join('\n\n');

/** Presses the option `value` of the question on screen, checking it is the expected question. */
async function choose(
  c: ReturnType<typeof chat>,
  replies: readonly Reply[],
  question: string,
  value: string,
): Promise<Reply[]> {
  expect(askedQuestion(replies), `expected to be asked "${question}"`).toBe(question);
  const payload = `k:a:${question}:${value}`;
  expect(payloadsOf(replies)).toContain(payload);
  return c.press(payload);
}

describe('eligibility check conversation', () => {
  it('runs a full check with buttons, one question at a time, to a result with reasons, amounts and next steps', async () => {
    const c = chat();
    let r = await c.command('kiemtra');
    expect(r[0]?.text).toBe(texts.intro);
    expect(r.at(-1)?.text).toContain('Câu 1.');
    // Every step offers back and stop.
    expect(payloadsOf(r)).toEqual(expect.arrayContaining(['k:b', 'k:x']));
    r = await choose(c, r, 'who', 'family');
    expect(r.at(-1)?.text).toContain('Năm nay người thân của bạn bao nhiêu tuổi?');
    r = await choose(c, r, 'age', '80-120');
    r = await choose(c, r, 'disability', 'no');
    r = await choose(c, r, 'household', 'poor');
    r = await choose(c, r, 'single-parent', 'no');
    r = await choose(c, r, 'hiv', 'no');
    r = await choose(c, r, 'support', 'none');
    r = await choose(c, r, 'pension', 'none');

    expect(askedQuestion(r)).toBeUndefined();
    const text = allText(r);
    expect(text).toContain('Kết quả kiểm tra nhanh cho người thân của bạn');
    expect(text).toContain('Người cao tuổi thuộc hộ nghèo không có người phụng dưỡng');
    expect(text).toContain('Vì: từ 80 tuổi trở lên, thuộc hộ nghèo, không có người có nghĩa vụ phụng dưỡng.');
    expect(text).toContain('500.000 × hệ số 2,0 = 1.000.000 đồng/tháng');
    expect(text).toContain('Trợ cấp hưu trí xã hội (người từ đủ 75 tuổi)');
    expect(text).toContain('Căn cứ: Nghị định 20/2021/NĐ-CP');
    // The base level is not confirmed, and the reply says so.
    expect(text).toContain(texts.base_level_verify);
    expect(text).toContain(texts.highest_only);
    expect(text).toContain('Văn bản đề nghị hưởng trợ cấp hưu trí xã hội');
    expect(text).toContain('UBND xã/phường');
    expect(text).toContain(kb.center.hotline);
    expect(payloadsOf(r)).toEqual(expect.arrayContaining(['e:apply-social-allowance', 'k:s', 'menu']));
    expect(r.at(-1)?.buttons?.some((b) => b.kind === 'call' && b.phone === kb.center.hotline_tel)).toBe(true);
    // The answers are deleted once the check ends.
    expect(c.sessions.size).toBe(0);
    expect((await c.press('k:c'))[0]?.text).toBe(texts.expired);
    for (const reply of r) expect(reply.text.length).toBeLessThanOrEqual(2000);
  });

  it('understands the same check typed without accents', async () => {
    const c = chat();
    const steps: Array<[string, string | undefined]> = [
      ['cho ba toi', 'age'],
      ['ba toi 82 tuoi', 'disability'],
      ['khong', 'household'],
      ['ho ngheo', 'single-parent'],
      ['khong', 'hiv'],
      ['khong', 'support'],
      ['khong co ai', 'pension'],
      ['hong co', undefined],
    ];
    let r = await c.command('kiemtra');
    for (const [typed, next] of steps) {
      r = await c.say(typed);
      expect(askedQuestion(r), `after "${typed}"`).toBe(next);
    }
    const text = allText(r);
    expect(text).toContain('Vì: 82 tuổi, thuộc hộ nghèo, không có người có nghĩa vụ phụng dưỡng.');
    expect(text).toContain('= 1.000.000 đồng/tháng');
    expect(text).toContain('Trợ cấp hưu trí xã hội (người từ đủ 75 tuổi)');
  });

  it('goes back one question with "Quay lại", forgetting that answer', async () => {
    const c = chat();
    let r = await c.command('kiemtra');
    // Back on the first question simply asks it again.
    expect(askedQuestion(await c.press('k:b'))).toBe('who');
    r = await choose(c, r, 'who', 'self');
    r = await choose(c, r, 'age', '80-120');
    expect(askedQuestion(r)).toBe('disability');
    r = await c.press('k:b');
    expect(askedQuestion(r)).toBe('age');
    expect(r.at(-1)?.text).toContain('Câu 2.');
    r = await choose(c, r, 'age', '23-59');
    r = await choose(c, r, 'disability', 'no');
    r = await choose(c, r, 'household', 'neither');
    // A working-age person outside poor households: no pension or support questions, no category.
    expect(askedQuestion(r)).toBeUndefined();
    expect(allText(r)).toContain('hiện chưa thuộc diện trợ cấp nào');
    expect(payloadsOf(r)).toEqual(expect.arrayContaining(['e:emergency-assistance', 'e:services-overview', 'k:s']));
  });

  it('stops with "Dừng", deleting the answers', async () => {
    const c = chat();
    let r = await c.command('kiemtra');
    r = await choose(c, r, 'who', 'self');
    r = await c.press('k:x');
    expect(r[0]?.text).toBe(texts.stopped);
    expect(c.sessions.size).toBe(0);
    // Typed text now goes to the answer engine, not to the stopped check.
    r = await c.say('82');
    expect(askedQuestion(r)).toBeUndefined();
    expect(allText(r)).not.toContain(texts.continue_prompt.slice(0, 30));
    expect((await c.press('k:a:age:80-120'))[0]?.text).toBe(texts.expired);
  });

  it('expires after 30 minutes of silence, and each answer restarts the clock', async () => {
    const c = chat();
    let r = await c.command('kiemtra');
    r = await choose(c, r, 'who', 'self');
    c.advance(29 * MINUTE);
    r = await choose(c, r, 'age', '60-69');
    c.advance(29 * MINUTE);
    r = await choose(c, r, 'disability', 'no');
    expect(askedQuestion(r)).toBe('household');
    c.advance(31 * MINUTE);
    r = await c.press('k:a:household:poor');
    expect(r[0]?.text).toBe(texts.expired);
    expect(payloadsOf(r)).toContain('k:s');
    r = await c.say('ho ngheo');
    expect(allText(r)).not.toContain(texts.continue_prompt.slice(0, 30));
  });

  it('answers an unrelated question mid-check, then continues where it was', async () => {
    const c = chat();
    let r = await c.command('kiemtra');
    r = await choose(c, r, 'who', 'self');
    r = await choose(c, r, 'age', '60-69');
    r = await choose(c, r, 'disability', 'no');
    expect(askedQuestion(r)).toBe('household');

    r = await c.say('cho em hỏi tổng đài miễn phí số mấy');
    expect(r[0]?.text).toBe(kb.entries.get('hotline')?.answer);
    expect(r.at(-1)?.text).toBe(texts.continue_prompt.replace('{answered}', '3'));
    expect(payloadsOf([r.at(-1) as Reply])).toEqual(['k:c', 'k:x']);

    r = await c.press('k:c');
    expect(askedQuestion(r)).toBe('household');
    expect(r.at(-1)?.text).toContain('Câu 4.');
    r = await c.say('ho ngheo');
    expect(askedQuestion(r)).toBe('single-parent');
  });

  it('puts a crisis first instead of reading an age from it', async () => {
    const c = chat();
    let r = await c.command('kiemtra');
    r = await choose(c, r, 'who', 'family');
    r = await c.say('con tôi 5 tuổi đang bị đánh');
    expect(r[0]?.text).toContain('113');
    expect(askedQuestion(r)).toBeUndefined();
    r = await c.press('k:c');
    expect(askedQuestion(r)).toBe('age');
  });

  it('answers a button from an earlier question with the current question', async () => {
    const c = chat();
    let r = await c.command('kiemtra');
    r = await choose(c, r, 'who', 'self');
    r = await c.press('k:a:who:other');
    expect(r[0]?.text).toBe(texts.stale_choice);
    expect(askedQuestion(r)).toBe('age');
    expect(r.at(-1)?.text).toContain('Năm nay bạn bao nhiêu tuổi?');
  });

  it('deletes a check in progress on /xoadulieu', async () => {
    const c = chat();
    let r = await c.command('kiemtra');
    r = await choose(c, r, 'who', 'self');
    r = await c.command('xoadulieu');
    expect(r[0]?.text).toBe(texts.deleted);
    expect(c.sessions.size).toBe(0);
  });

  it('shows a possible category and what to do first when the disability is not assessed yet', async () => {
    const c = chat();
    let r = await c.command('kiemtra');
    r = await choose(c, r, 'who', 'self');
    r = await c.say('45 tuổi');
    r = await choose(c, r, 'disability', 'yes');
    r = await c.say('chua giam dinh');
    r = await choose(c, r, 'household', 'neither');
    const text = allText(r);
    expect(text).toContain(texts.possible_heading);
    expect(text).toContain('Cần làm rõ: mức độ khuyết tật.');
    expect(text).toContain('từ 750.000 đến 1.000.000 đồng/tháng');
    expect(text).toContain('xác định mức độ khuyết tật tại UBND xã/phường');
    expect(payloadsOf(r)).toContain('e:disability-registration');
  });

  it('mentions a category behind a skipped private question only as possible, without asking for its papers', async () => {
    const c = chat();
    let r = await c.command('kiemtra');
    r = await choose(c, r, 'who', 'family');
    r = await choose(c, r, 'age', '80-120');
    r = await choose(c, r, 'disability', 'no');
    r = await choose(c, r, 'household', 'poor');
    r = await choose(c, r, 'single-parent', 'no');
    r = await choose(c, r, 'hiv', 'skip');
    r = await choose(c, r, 'support', 'none');
    r = await choose(c, r, 'pension', 'none');
    const text = allText(r);
    expect(text).toContain(texts.possible_heading);
    expect(text).toContain('Cần làm rõ: tình trạng nhiễm HIV.');
    expect(r.at(-1)?.text).not.toContain('HIV');
    expect(payloadsOf(r)).not.toContain('e:service-hiv');
  });

  it('is offered from the menu and from answers about allowances', async () => {
    const c = chat();
    expect(payloadsOf(await c.command('chude'))).toContain('k:s');
    for (const question of [
      'tôi có được hưởng trợ cấp không',
      'ba tôi 80 tuổi có được tiền không',
      'muc tro cap xa hoi bao nhieu tien',
      'nha toi ngheo co duoc tro cap gi khong',
    ]) {
      expect(payloadsOf(await c.say(question)), question).toContain('k:s');
    }
    expect(payloadsOf(await c.say('số tổng đài là gì'))).not.toContain('k:s');
    const r = await c.press('k:s');
    expect(r[0]?.text).toBe(texts.intro);
    expect(askedQuestion(r)).toBe('who');
  });

  it("keeps every button payload within Telegram's 64 bytes", () => {
    for (const q of rules.questions)
      for (const o of q.options) expect(Buffer.byteLength(`k:a:${q.id}:${o.value}`)).toBeLessThanOrEqual(64);
  });
});
