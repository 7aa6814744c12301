import { loadKnowledge } from '../../src/knowledge.ts';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../handlers/bot.ts';
import type { Incoming, Reply } from '../../src/core/message.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_BLEND } from '../../src/nlp/blend.ts';
import { DEFAULT_ENGINE_CONFIG, type EngineConfig } from '../../src/nlp/engine.ts';
import { readFollowUp } from '../../src/nlp/followup.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type JsonValue, MemorySessionStore } from '../../src/store/sessions.ts';
import { copyKnowledge, realKnowledge, testUser } from '../helpers/kb.ts';

const kb = realKnowledge();

/** A bot over the real knowledge base with a fake clock; `decisions` collects the entry of every text reply. */
function conversation(options: { contextTtlMs?: number; engine?: EngineConfig } = {}) {
  let now = 1_000_000;
  const sessions = new MemorySessionStore({ clock: () => now });
  const decisions: Array<{ outcome: string; id: string | null }> = [];
  const bot = createBot({
    knowledge: () => kb,
    engine: options.engine ?? DEFAULT_ENGINE_CONFIG,
    logger: silentLogger(),
    sessions,
    ...(options.contextTtlMs !== undefined ? { contextTtlMs: options.contextTtlMs } : {}),
    onDecision: (outcome, id) => decisions.push({ outcome, id }),
  });
  const user = testUser();
  return {
    sessions,
    decisions,
    say: (text: string) => bot.handle({ kind: 'text', user, text }),
    command: (command: string) => bot.handle({ kind: 'command', user, command, args: '' }),
    press: (payload: string) => bot.handle({ kind: 'button', user, payload }),
    advance: (ms: number) => {
      now += ms;
    },
    last: () => decisions.at(-1),
  };
}

describe('conversation context', () => {
  it('keeps "cần giấy tờ gì" and "ở đâu" on the elderly allowance after the issue\'s example', async () => {
    const c = conversation();
    await c.say('me toi 78 tuoi ko co luong huu thi co duoc tro cap khong');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
    const papers = await c.say('can giay to gi');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
    // The papers asked come first, then the application's whole answer (see "aspect lines" below).
    expect(papers[0]?.text).toBe(
      `${kb.entries.get('apply-social-allowance')?.aspects?.papers}\n\n${kb.entries.get('apply-social-allowance')?.answer}`,
    );
    await c.say('o dau');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
  });

  it('answers the same follow-ups without a conversation as before (no topic, no guess)', async () => {
    const c = conversation();
    await c.say('o dau');
    expect(c.last()?.id).toBe('center-contact');
  });

  it('reads "bao nhiêu tuổi" as who qualifies, not as an amount of money', async () => {
    const c = conversation();
    await c.say('me toi 78 tuoi ko co luong huu thi co duoc tro cap khong');
    await c.say('bao nhiêu tuổi thì được');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
    await c.say('mỗi tháng được bao nhiêu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('does not offer the topic for a message that opens by turning to a new matter ("also", "by the way")', async () => {
    const c = conversation();
    await c.say('người ta nói chuyện riêng tư của mình được giữ kín không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'privacy' });
    await c.say('Also, is the euro rate going up this week?');
    expect(c.last()).toEqual({ outcome: 'fallback', id: null });
    const d = conversation();
    await d.say('số điện thoại tư vấn miễn phí là gì');
    expect(d.last()).toEqual({ outcome: 'answer', id: 'hotline' });
    await d.say('By the way, where can I buy a cheap SIM card?');
    expect(d.last()).toEqual({ outcome: 'fallback', id: null });
  });

  it('still reads an elliptic question or another person after "also" / "à mà" with the topic', async () => {
    const c = conversation();
    await c.say('me toi 78 tuoi ko co luong huu thi co duoc tro cap khong');
    await c.say('Also, how much is it per month?');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
    const d = conversation();
    await d.say('me toi 78 tuoi ko co luong huu thi co duoc tro cap khong');
    await d.say('à mà còn bố em 80 tuổi thì sao');
    expect(d.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
  });

  it('moves "còn người khuyết tật thì sao" to the new group on the same question', async () => {
    const c = conversation();
    await c.say('người cao tuổi được trợ cấp bao nhiêu tiền một tháng');
    await c.say('còn người khuyết tật thì sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('reads "đóng tiền", "mở cửa" and "đối tượng nào" as cost, hours and who qualifies', async () => {
    const c = conversation();
    await c.press('e:service-autism');
    await c.say('có phải đóng tiền không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-autism' });
    await c.say('mở cửa không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'center-contact' });
    await c.press('e:allowance-amount');
    await c.say('đối tượng nào');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
  });

  it('stays on a service for its cost, and sends "ở đâu" to the center\'s address', async () => {
    const c = conversation();
    await c.say('con toi bi tu ky, trung tam co lop can thiep som khong');
    const topic = c.last()?.id;
    expect(topic).toBe('service-autism');
    await c.say('co mat tien khong');
    expect(c.last()?.id).toBe('service-autism');
    await c.say('o dau');
    expect(c.last()?.id).toBe('center-contact');
  });

  it('reads a new group without "còn … thì sao" as a new question, not a follow-up', async () => {
    const c = conversation();
    await c.say('muc tro cap xa hoi bao nhieu tien');
    await c.say('nha toi ngheo co duoc tro cap gi khong');
    // The intent classifier is sure enough of the eligibility entry to answer it outright.
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
  });

  it('lets a clear new question win over the remembered topic', async () => {
    const c = conversation();
    await c.say('me toi 78 tuoi ko co luong huu thi co duoc tro cap khong');
    await c.say('tổng đài tư vấn miễn phí số mấy');
    expect(c.last()?.id).toBe('hotline');
  });

  it('offers the topic first, as a did-you-mean only, for a short question that is unclear alone', async () => {
    const c = conversation();
    await c.press('e:training');
    const replies = await c.say('có cấp chứng chỉ không');
    expect(c.last()).toEqual({ outcome: 'did-you-mean', id: 'training' });
    expect(replies[0]?.text).toBe(kb.ui.did_you_mean);
    expect(replies[0]?.buttons?.[0]).toMatchObject({ kind: 'action', payload: 'e:training' });
  });

  it("offers the center's card first when the engine alone offers it for where or when, after a service", async () => {
    // The topic's `follow_ups` send neither aspect elsewhere, so the entry that answers it after any topic comes first.
    for (const [topic, question] of [
      ['con tôi 3 tuổi chưa biết nói, trung tâm có đánh giá tự kỷ không', 'ngay nao mo cua vay'],
      ['trung tâm có xét nghiệm HIV miễn phí không', 'chi nhanh gan nhat o dau vay'],
    ] as const) {
      const c = conversation();
      await c.say(topic);
      await c.say(question);
      expect(c.last()).toEqual({ outcome: 'did-you-mean', id: 'center-contact' });
    }
  });

  it('takes a topic picked with a button as the context', async () => {
    const c = conversation();
    await c.press('e:disability-registration');
    await c.say('mất bao lâu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'disability-registration' });
  });

  it('answers danger first even in the middle of a conversation, then takes its service as the topic', async () => {
    const c = conversation();
    await c.say('me toi 78 tuoi ko co luong huu thi co duoc tro cap khong');
    const replies = await c.say('e muon tu tu');
    expect(c.last()?.outcome).toBe('crisis');
    expect(replies[0]?.text).toMatch(/115|113/);
    const situation = kb.safeguarding.text.situations.suicide;
    expect(JSON.stringify(await c.sessions.get('context:terminal:chat-1:user-1'))).toContain(
      `"topic":"${situation?.entry}"`,
    );
  });

  it('forgets the topic after the configured minutes of silence', async () => {
    const c = conversation({ contextTtlMs: 5 * 60_000 });
    await c.say('me toi 78 tuoi ko co luong huu thi co duoc tro cap khong');
    c.advance(4 * 60_000);
    await c.say('can giay to gi');
    expect(c.last()?.id).toBe('apply-social-allowance');
    c.advance(6 * 60_000);
    await c.say('o dau');
    expect(c.last()?.id).toBe('center-contact');
  });

  it('counts a message it cannot place as activity, not silence', async () => {
    const c = conversation({ contextTtlMs: 5 * 60_000 });
    await c.say('me toi 78 tuoi ko co luong huu thi co duoc tro cap khong');
    c.advance(4 * 60_000);
    await c.say('công thức nấu phở bò');
    expect(c.last()?.outcome).toBe('fallback');
    c.advance(4 * 60_000);
    await c.say('can giay to gi');
    expect(c.last()?.id).toBe('apply-social-allowance');
  });

  it('deletes the context with /xoadulieu and keeps no message text in it', async () => {
    const c = conversation();
    await c.say('me toi 78 tuoi ko co luong huu thi co duoc tro cap khong');
    const key = 'context:terminal:chat-1:user-1';
    const stored = JSON.stringify(await c.sessions.get(key));
    expect(stored).toContain('elderly-allowance');
    expect(stored).not.toMatch(/luong huu|78/);
    await c.command('xoadulieu');
    expect(await c.sessions.get(key)).toBeUndefined();
    await c.say('o dau');
    expect(c.last()?.id).toBe('center-contact');
  });

  it('reads central dialect and chat spellings in a follow-up: "rứa nộp giấy ở mô", "số mấy"', async () => {
    const c = conversation();
    await c.say('Ông nội em 82 tuổi có được trợ cấp người cao tuổi không?');
    await c.say('rứa nộp giấy ở mô');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
    await c.say('làm online được không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
    await c.say('răng lâu rứa');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
    await c.press('e:service-family');
    await c.say('số mấy');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'hotline' });
  });

  it('keeps a place question on a service when it names what the service does ("xét nghiệm ở đâu")', async () => {
    const c = conversation();
    await c.press('e:service-hiv');
    await c.say('xét nghiệm ở đâu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-hiv' });
    await c.press('e:service-hiv');
    await c.say('ở đâu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'center-contact' });
  });

  it('asks the amount again for a new group named with "bị" ("thế con em bị khuyết tật nặng thì sao")', async () => {
    const c = conversation();
    await c.say('tro cap bao tro xa hoi bao nhieu 1 thang');
    expect(c.last()?.id).toBe('allowance-amount');
    await c.say('the con em bi khuyet tat nang 5 tuoi thi sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
    await c.say('nop ho so cho ai');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
  });

  it("answers the center's phone and address fragments with its card, with or without a topic", async () => {
    for (const text of [
      'số điện thoại trung tâm',
      'sdt trung tam',
      'xin số trung tâm',
      'sđt tt',
      'trung tâm ở chỗ nào',
      'chào ad, cho em hỏi số điện thoại trung tâm',
      'alo ad, sdt trung tam',
    ]) {
      const c = conversation();
      await c.say(text);
      expect(c.last(), text).toEqual({ outcome: 'answer', id: 'center-contact' });
    }
    const c = conversation();
    await c.say('me toi 78 tuoi ko co luong huu thi co duoc tro cap khong');
    await c.say('cho em xin số điện thoại trung tâm');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'center-contact' });
  });

  it('leaves "trung tâm làm gì" to what the center does, not to the topic, and keeps "làm online" on the center', async () => {
    const c = conversation();
    await c.press('e:bot-help');
    await c.say('trung tam lam gi');
    expect(c.last()?.id).toBe('services-overview');
    await c.press('e:center-contact');
    await c.say('làm online được không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'center-contact' });
    await c.press('e:service-autism');
    await c.say('trung tâm có dạy không');
    expect(c.last()?.id).toBe('service-autism');
  });

  it('answers a bare phone question without a topic with the hotline, and leaves other uses of "trung tâm" alone', async () => {
    const c = conversation();
    await c.say('số điện thoại');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'hotline' });
    const other = conversation();
    await other.say('trung tâm có mất phí không');
    expect(other.last()?.id).not.toBe('center-contact');
  });

  it('lets a precise aspect win over a general "how" ("đặt lịch thế nào" asks for an appointment)', async () => {
    const c = conversation();
    await c.press('e:service-family');
    await c.say('đặt lịch thế nào');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'center-contact' });
  });

  it('takes a closing thanks as goodbye, not as the topic, and keeps the topic for what comes next', async () => {
    const c = conversation();
    await c.press('e:privacy');
    await c.say('thoi khong can nua, cam on');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'greeting' });
    const question = conversation();
    await question.say('trợ cấp người khiếm thính, cảm ơn');
    expect(question.last()).not.toEqual({ outcome: 'answer', id: 'greeting' });
  });

  it('moves a follow-up that names the allowance to the allowance entry that answers it', async () => {
    const c = conversation();
    await c.press('e:service-autism');
    await c.say('có được trợ cấp không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
    const papers = conversation();
    await papers.press('e:disability-registration');
    await papers.say('thế có giấy rồi xin trợ cấp cần gì');
    expect(papers.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
    const elderly = conversation();
    await elderly.press('e:service-elderly');
    await elderly.say('the con tien tro cap thi sao');
    expect(elderly.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
  });

  it('reads "phí bao nhiêu" as what a service costs, not as an allowance amount', async () => {
    const c = conversation();
    await c.press('e:service-elderly');
    await c.say('phí bao nhiêu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-elderly' });
    await c.say('được bao nhiêu tiền');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
  });

  it('reads a kinship word as the person, not as a new topic ("còn ông tôi 85 tuổi")', async () => {
    const c = conversation();
    await c.say('ai được hưởng trợ cấp xã hội');
    await c.say('còn ông tôi 85 tuổi');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
  });

  it('reads chat spellings that stand for two syllables ("bn", "hs") in a follow-up', async () => {
    const c = conversation();
    await c.say('me toi 78 tuoi co duoc tro cap khong');
    await c.say('the thi duoc bn');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
    await c.say('hs gom gi');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
    for (const text of ['dk ntn', 'lm sao', 'bao lau dzị', 'giấy tờ cần chi hỉ']) {
      await c.say(text);
      expect(c.last(), text).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
    }
  });

  it('takes the person named first as the one asked about ("cháu tôi mồ côi, ở với bà ngoại")', async () => {
    const c = conversation();
    await c.say('Cháu tôi mồ côi, ở với bà ngoại, có được hỗ trợ gì không');
    await c.say('có được trợ cấp hàng tháng không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
  });

  it('reads "anh ấy", "hằng tháng" and "ngày chủ nhật" as parts of a follow-up', async () => {
    const c = conversation();
    await c.press('e:service-vocational');
    await c.say('anh ấy có được trợ cấp hằng tháng không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
    await c.press('e:service-hiv');
    await c.say('có làm ngày chủ nhật không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'center-contact' });
  });

  it("gives 111 for a phone question after the children's services", async () => {
    const c = conversation();
    await c.press('e:service-children');
    await c.say('goi so nao bao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'child-protection-hotline' });
  });

  it("keeps a new group on the allowance after an allowance question, not on that group's services", async () => {
    const c = conversation();
    await c.say('Ai được hưởng trợ cấp hằng tháng?');
    await c.say('trẻ mồ côi thì sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
    await c.say('bà tôi 82 tuổi thì sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
    await c.say('còn em trai tôi khuyết tật nặng');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
    const deaf = conversation();
    await deaf.say('mẹ tôi 80 tuổi có được trợ cấp không');
    await deaf.say('còn em trai tôi bị điếc thì sao');
    expect(deaf.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
    const services = conversation();
    await services.say('trung tâm hỗ trợ những gì');
    await services.say('còn người khuyết tật thì sao');
    expect(services.last()).toEqual({ outcome: 'answer', id: 'service-disability' });
  });

  it('sends "nộp cho ai" after a service where its papers go, not to the center\'s address', async () => {
    const c = conversation();
    await c.press('e:service-poverty');
    await c.say('nop cho ai');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-poverty' });
    await c.press('e:service-disability');
    await c.say('nop cho ai');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'disability-registration' });
    await c.press('e:service-poverty');
    await c.say('ở đâu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'center-contact' });
  });

  it('reads "còn trợ cấp … thì sao" as a question about the allowance, with or without a topic', async () => {
    const c = conversation();
    await c.say('tro cap that nghiep o dau');
    expect(c.last()).toEqual({ outcome: 'referral', id: null });
    await c.say('vay con tro cap thi sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
    const orphan = conversation();
    await orphan.say('lam giay khai sinh cho con o dau');
    await orphan.say('con tro cap cho tre mo coi thi sao');
    expect(orphan.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
  });

  it('reads English follow-ups ("and who can get it?", "how long does it take?") and answers them in English', async () => {
    const c = conversation();
    await c.say('How much is the monthly social allowance?');
    expect(c.last()?.id).toBe('allowance-amount');
    await c.say('and who can get it?');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
    await c.press('e:disability-registration');
    const replies = await c.say('how long does it take?');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'disability-registration' });
    expect(replies[0]?.text).not.toBe(kb.entries.get('disability-registration')?.answer);
    await c.press('e:services-overview');
    await c.say('what is the free hotline');
    expect(c.last()?.id).toBe('hotline');
    const amount = conversation();
    await amount.say('How much is the monthly social allowance?');
    await amount.say('what about my grandmother, 82 years old?');
    expect(amount.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
    await amount.say('and for disabled people?');
    expect(amount.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it("keeps a question about part of a safeguarding situation's service on that service", async () => {
    const c = conversation();
    await c.press('e:service-trafficking');
    await c.say('chị cần tư vấn tâm lý nữa');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-trafficking' });
    await c.say('có học nghề được không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-trafficking' });
    const overview = conversation();
    await overview.press('e:services-overview');
    await overview.say('học nghề thì sao');
    expect(overview.last()?.id).toBe('service-vocational');
  });

  it('sends "bn tiền" after foster care or the children\'s services to the allowance amounts', async () => {
    const c = conversation();
    await c.press('e:service-foster-care');
    await c.say('bn tiền');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
    await c.press('e:service-children');
    await c.say('được bao nhiêu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('reads chat "e", "rưỡi" and "đứa" in a follow-up ("con e 2 tuoi ruoi", "mỗi đứa được bao nhiêu")', async () => {
    const c = conversation();
    await c.say('con em 3 tuổi chưa biết nói');
    await c.say('con e 2 tuoi ruoi');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-autism' });
    await c.say('Ai được hưởng trợ cấp hằng tháng?');
    await c.say('mỗi đứa được bao nhiêu dzậy');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('moves a new group after a topic without a field to the entry whose title names that group', async () => {
    const c = conversation();
    await c.press('e:services-overview');
    await c.say('trẻ em thì sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-children' });
    const line = conversation();
    await line.press('e:hotline');
    await line.say('còn trẻ em thì sao');
    expect(line.last()).toEqual({ outcome: 'answer', id: 'child-protection-hotline' });
    const autism = conversation();
    await autism.press('e:service-autism');
    await autism.say('con em 5 tuổi thì sao');
    expect(autism.last()).toEqual({ outcome: 'answer', id: 'service-autism' });
  });

  it('sends "có được không" after the disability certificate to who gets the allowance', async () => {
    const c = conversation();
    await c.press('e:disability-registration');
    await c.say('mức nhẹ có được không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
  });

  it('refers a question another agency handles instead of offering the remembered topic', async () => {
    const c = conversation();
    await c.press('e:service-trafficking');
    await c.say('làm lại căn cước ở đâu');
    expect(c.last()).toEqual({ outcome: 'referral', id: null });
  });

  it('reads doing it for someone and who signs as how to apply ("làm giúp được không", "ai ký xác nhận")', async () => {
    const c = conversation();
    await c.press('e:elderly-allowance');
    await c.say('làm giúp được không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
    await c.press('e:elderly-allowance');
    await c.say('ai ký xác nhận');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
    await c.press('e:emergency-assistance');
    await c.say('làm thay được không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'emergency-assistance' });
  });

  it('reads who reviews, approves or decides as how the application goes ("vậy ai xét", "ai duyệt hồ sơ")', async () => {
    const c = conversation();
    for (const question of ['vậy ai xét', 'ai xét duyệt', 'ai duyệt hồ sơ', 'ai phê duyệt', 'ai quyet dinh vay']) {
      await c.say('ba toi 80 tuoi co dc tro cap ko');
      expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
      const reply = await c.say(question);
      expect(c.last(), question).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
      // The application's whole answer follows its line on how to apply: the commune reviews, lists, then decides.
      expect(reply[0]?.text, question).toContain('xét duyệt');
    }
    expect(readFollowUp(kb, 'ai duyệt hồ sơ').aspect).toBe('apply');
    // Who decides on the amount or the papers is still who decides, not how much or which papers.
    expect(readFollowUp(kb, 'ai duyệt mức hưởng').aspect).toBe('apply');
    expect(readFollowUp(kb, 'ai xét duyệt giấy tờ').aspect).toBe('apply');
    // How long the review takes is still the duration.
    expect(readFollowUp(kb, 'xét duyệt mất bao lâu').aspect).toBe('duration');
  });

  it('sends counselling by phone and the hours or cost of a call to the phone line, not the center', async () => {
    const c = conversation();
    await c.press('e:service-family');
    await c.say('tư vấn qua điện thoại được không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'hotline' });
    await c.press('e:service-mental-health');
    await c.say('gọi giờ nào');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'hotline' });
    await c.press('e:hotline');
    await c.say('gọi từ Viettel có mất tiền không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'hotline' });
    await c.press('e:service-children');
    await c.say('gọi giờ nào');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'child-protection-hotline' });
    await c.press('e:service-family');
    await c.say('mấy giờ mở cửa');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'center-contact' });
  });

  it('reads copies and a hospital paper as papers ("cần photo công chứng không", "có cần giấy bệnh viện không")', async () => {
    const c = conversation();
    await c.press('e:apply-social-allowance');
    await c.say('cần photo công chứng không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
    await c.press('e:disability-registration');
    await c.say('co can giay benh vien ko');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'disability-registration' });
  });

  it("refers a question about making another agency's paper, or that only borrows the topic's words", async () => {
    const c = conversation();
    await c.press('e:apply-social-allowance');
    await c.say('bà không có căn cước thì sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
    await c.say('làm căn cước cho bà ở đâu');
    expect(c.last()).toEqual({ outcome: 'referral', id: null });
    await c.press('e:service-foster-care');
    await c.say('còn làm giấy khai sinh cho cháu thì sao');
    expect(c.last()).toEqual({ outcome: 'referral', id: null });
    await c.press('e:service-vocational');
    await c.say('còn đăng ký thất nghiệp thì sao');
    expect(c.last()).toEqual({ outcome: 'referral', id: null });
  });

  it("keeps a confidentiality question on the service asked about, and on the bot's data after the bot's own topics", async () => {
    const c = conversation();
    await c.press('e:service-family');
    await c.say('có bảo mật không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-family' });
    await c.press('e:service-social-evils');
    await c.say('có giữ bí mật không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-social-evils' });
    await c.press('e:service-mental-health');
    await c.say('có ai biết là mình gọi không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'hotline' });
    await c.press('e:subscribe-reminders');
    await c.say('có bảo mật không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'privacy' });
  });

  it('asks the last question again for another degree of the same group ("còn khuyết tật nhẹ thì sao")', async () => {
    // The first question as a did-you-mean on the disability certificate: since session 22 the classifier's neighbour
    // gate answers it outright with who may have the allowance (see DEFAULT_BLEND.siblingAnswer), so it is off here.
    const c = conversation({
      engine: { ...DEFAULT_ENGINE_CONFIG, blend: { ...DEFAULT_BLEND, siblingAnswer: 2 } },
    });
    await c.say('Người khuyết tật nặng có được trợ cấp không?');
    expect(c.last()?.id).toBe('disability-registration');
    await c.say('còn khuyết tật nhẹ thì sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
    // Since session 30 the overruling gate answers the amount question outright (DEFAULT_BLEND.overruledAnswer): the
    // classifier reads "bao nhiêu" over the matcher's certificate; off here, as the neighbour's gate above.
    const amount = conversation({
      engine: { ...DEFAULT_ENGINE_CONFIG, blend: { ...DEFAULT_BLEND, overruledAnswer: 2 } },
    });
    await amount.say('Trợ cấp người khuyết tật đặc biệt nặng là bao nhiêu?');
    expect(amount.last()?.id).toBe('disability-registration');
    await amount.say('còn nặng thì sao');
    expect(amount.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('takes a short question marked as continuing that nothing else places as a follow-up, but not a new place', async () => {
    const c = conversation();
    await c.press('e:elderly-allowance');
    await c.say('rứa hai người cùng nhận được không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
    await c.press('e:eligibility-social-allowance');
    await c.say('mẹ đơn thân nuôi con 2 tuổi thì sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
    await c.press('e:eligibility-social-allowance');
    await c.say('còn thuốc ARV lấy ở đâu');
    expect(c.last()?.id).not.toBe('apply-social-allowance');
  });

  it('reads "có được tiền hằng tháng không" as whether the allowance is paid, not how much', async () => {
    const c = conversation();
    await c.press('e:service-children');
    await c.say('rứa có được tiền hằng tháng không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
    await c.press('e:service-children');
    await c.say('tiền hằng tháng được bao nhiêu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('takes an age named first as the subject ("cháu em 12 tuổi, ở với bà nội")', async () => {
    const c = conversation();
    await c.say('đứa cháu em 12 tuổi, ba mẹ đi tù hết, giờ ở với bà nội. Cháu có được hỗ trợ gì không?');
    expect(c.last()?.id).toBe('service-children');
    await c.say('rứa có được tiền hằng tháng không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
  });

  it('reads "xong rồi" as part of a follow-up ("xong rồi thì được trợ cấp bao nhiêu")', async () => {
    const c = conversation();
    await c.press('e:disability-registration');
    await c.say('xong rồi thì được trợ cấp bao nhiêu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('reads where money is paid out as a place question ("nhận ở bưu điện hay ngân hàng")', async () => {
    const c = conversation();
    await c.press('e:apply-social-allowance');
    await c.say('nhận ở bưu điện hay ngân hàng');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
  });

  it('refuses a follow_ups target that is not an entry, naming the file and the aspect', () => {
    const dir = copyKnowledge();
    const file = join(dir, 'entries', 'elderly-allowance.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('  papers: apply-social-allowance', '  papers: ho-so-khong-co'),
    );
    expect(() => loadKnowledge(dir)).toThrow(
      /elderly-allowance\.yaml.*follow_ups › papers: không có mục nào mang mã "ho-so-khong-co"/s,
    );
  });
});

describe('a reply to a "did you mean"', () => {
  /** "trợ cấp" alone offers the application, the amounts and the elderly allowance, in that order. */
  async function offered() {
    const c = conversation();
    await c.say('tro cap');
    expect(c.last()).toEqual({ outcome: 'did-you-mean', id: 'apply-social-allowance' });
    return c;
  }

  it('picks the offered topic by its number or position ("2", "cái thứ 2", "thứ hai ạ", "cái cuối")', async () => {
    for (const [reply, id] of [
      ['2', 'allowance-amount'],
      ['cái thứ 2', 'allowance-amount'],
      ['thứ hai ạ', 'allowance-amount'],
      ['cái đầu tiên', 'apply-social-allowance'],
      ['cái cuối', 'elderly-allowance'],
      ['số 3', 'elderly-allowance'],
      ['2 ạ', 'allowance-amount'],
      ['em chọn số 2 nha', 'allowance-amount'],
    ] as const) {
      const c = await offered();
      await c.say(reply);
      expect({ reply, ...c.last() }).toEqual({ reply, outcome: 'answer', id });
    }
  });

  it('picks the offered topic whose title is typed, with or without accents', async () => {
    for (const reply of ['Trợ cấp cho người cao tuổi', 'tro cap cho nguoi cao tuoi']) {
      const c = await offered();
      await c.say(reply);
      expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
    }
    // Part of a title, after "cái": the words all come from that one topic.
    const c = await offered();
    await c.say('cái mức trợ cấp');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('picks the offered topic a bare fragment names ("người già" after "trợ cấp"), even one that alone means another', async () => {
    const c = await offered();
    await c.say('nguoi gia');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
    // Alone, "người già" is the services for the elderly.
    const alone = conversation();
    await alone.say('nguoi gia');
    expect(alone.last()?.id).toBe('service-elderly');
  });

  it('picks the offered topic another offered topic sends the aspect asked to ("mức tiền", "cái cách đăng ký á")', async () => {
    const c = await offered();
    await c.say('muc tien');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
    const d = conversation();
    await d.say('trợ cấp xã hội');
    expect(d.last()).toEqual({ outcome: 'did-you-mean', id: 'eligibility-social-allowance' });
    await d.say('cái cách đăng ký á');
    expect(d.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
  });

  it('asks whether a group named alone after the offer qualifies ("cho người khuyết tật")', async () => {
    const c = await offered();
    await c.say('cho người khuyết tật');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
  });

  it('asks the question the offer was for about a group named after it ("hỏi thủ tục" → "khuyết tật")', async () => {
    const c = conversation();
    await c.say('hỏi thủ tục');
    expect(c.last()).toEqual({ outcome: 'did-you-mean', id: 'apply-social-allowance' });
    await c.say('khuyết tật');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
  });

  it('reads anything else afresh: a new question, a referral, a generic question; and only the next message', async () => {
    const c = await offered();
    await c.say('học nghề ở đâu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-vocational' });
    // The offer answered one message only: "2" now is no choice of it.
    await c.say('2');
    expect(c.last()?.id).not.toBe('allowance-amount');
    const d = await offered();
    await d.say('lam lai can cuoc o dau');
    expect(d.last()?.outcome).toBe('referral');
    // A fragment that names none of the offered topics is read alone.
    const e = conversation();
    await e.say('hỗ trợ');
    expect(e.last()?.outcome).toBe('did-you-mean');
    await e.say('trẻ em');
    expect(e.last()).toEqual({ outcome: 'answer', id: 'service-children' });
  });

  it('does not read a number as a topic after a safety check-in, whose own buttons come first', async () => {
    const c = conversation();
    await c.say(
      // "Bị bắt vì đánh nhau" is an arrest since session 29 (answered, no check-in); "bị bắt" alone still earns one.
      'Thằng cháu nhà tui 16 tuổi đánh nhau bị bắt, giờ được thả về rồi. Bên trung tâm có giúp mấy đứa như vầy không?',
    );
    expect(c.last()).toEqual({ outcome: 'did-you-mean', id: 'service-young-offenders' });
    await c.say('1');
    expect(c.last()?.outcome).not.toBe('answer');
  });
});

describe('words that name no new topic', () => {
  it('reads "người" beside a group and a degree as part of a follow-up ("còn người khuyết tật đặc biệt nặng thì sao")', async () => {
    const c = conversation();
    await c.say('Mức trợ cấp xã hội hằng tháng là bao nhiêu?');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
    await c.say('còn người khuyết tật đặc biệt nặng thì sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('reads the commune or district beside a place question as which office ("nộp ở UBND xã hay lên huyện")', async () => {
    const c = conversation();
    await c.press('e:apply-social-allowance');
    await c.say('nop o ubnd xa hay len huyen');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
  });

  it('reads having what the topic names as a condition of it ("có lương hưu rồi thì sao"), not as a referral', async () => {
    const c = conversation();
    await c.press('e:elderly-allowance');
    await c.say('ông có lương hưu rồi thì sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
    // Doing another agency's business still goes to that agency.
    await c.press('e:service-vocational');
    await c.say('còn đăng ký thất nghiệp thì sao');
    expect(c.last()).toEqual({ outcome: 'referral', id: null });
  });

  it('reads a case supposed with "nếu … thì sao" after the amount as whether that case qualifies', async () => {
    const c = conversation();
    await c.press('e:allowance-amount');
    await c.say('thế nếu cháu chỉ mồ côi mẹ thì sao ạ');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
    const reading = readFollowUp(kb, 'con neu be chi mo coi me thi sao', 'allowance-amount');
    expect(reading.condition).toBe(true);
    expect(reading.aspect).toBe('eligibility');
    // Another service supposed in words beyond the topic's name is no case of the topic.
    expect(readFollowUp(kb, 'còn nếu tôi nhận nuôi đứa nhỏ ở nhà thì sao', 'service-residential-care').condition).toBe(
      false,
    );
    // Nor is a wish that names no case of the person's.
    expect(readFollowUp(kb, 'thế nếu bà không muốn vào thì sao', 'service-residential-care').condition).toBe(false);
  });

  it('reads "tư vấn", which every service gives, as part of a follow-up ("tư vấn có giữ bí mật không")', async () => {
    const c = conversation();
    await c.press('e:service-social-evils');
    await c.say('tư vấn có giữ bí mật không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-social-evils' });
  });

  it('reads more, less or a rise as the amount ("rứa có tăng không"), and "trên", "dưới" beside an age as no new word', async () => {
    const c = conversation();
    await c.press('e:elderly-allowance');
    await c.say('rứa có tăng không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
    await c.say('thế trẻ mồ côi dưới 4 tuổi');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
    const d = conversation();
    await d.say('tro cap tre mo coi bao nhieu');
    expect(d.last()?.outcome).toBe('did-you-mean');
    await d.say('duoi 4 tuoi co cao hon ko');
    expect(d.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('reads "office" and "center" in English as the center\'s name ("where is your office")', async () => {
    const c = conversation();
    await c.say('I want to volunteer');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'volunteer' });
    await c.say('where is your office');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'center-contact' });
  });

  it('reads "có ai … được không" after a service as whether it sends someone, not whether one qualifies', async () => {
    const c = conversation();
    await c.press('e:service-elderly');
    await c.say('có ai tới thăm ông được không');
    expect(c.last()?.id).toBe('service-elderly');
  });
  it('reads "đóng bao nhiêu" after a service as what it costs, not as an allowance amount', async () => {
    const c = conversation();
    await c.press('e:service-residential-care');
    await c.say('mỗi tháng đóng bao nhiêu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-residential-care' });
  });

  it('gives the phone line, not the center\'s card, for "hotline của trung tâm là số mấy"', async () => {
    const c = conversation();
    await c.say('hotline cua trung tam la so may');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'hotline' });
    await c.say('goi tu mang viettel co mat phi k');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'hotline' });
    // Without the line's name the center's number is still its card.
    await c.say('số điện thoại trung tâm');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'center-contact' });
  });
  it('reads having what the questions of the topic name as a condition ("có lương hưu rồi thì sao" after who qualifies)', async () => {
    const c = conversation();
    await c.press('e:eligibility-social-allowance');
    await c.say('có lương hưu rồi thì sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
    // Another agency's business is still referred, and a new question without "thì sao" is no condition.
    await c.say('còn đăng ký thất nghiệp thì sao');
    expect(c.last()).toEqual({ outcome: 'referral', id: null });
    await c.press('e:service-children');
    await c.say('vậy có trung tâm nào nhận nuôi người già như mẹ không');
    expect(c.last()?.id).not.toBe('service-children');
  });
  it('reads "cho" and a person as the question just asked, for that person ("cho ba tôi bị liệt")', async () => {
    const c = conversation();
    await c.say('lam sao dang ky tro cap');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
    await c.say('cho ba toi bi liet');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
    await c.press('e:service-vocational');
    await c.say('cho người khuyết tật được không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-vocational' });
    // "Cho em hỏi …" opens a question of its own.
    await c.press('e:elderly-allowance');
    await c.say('cho em hỏi người khuyết tật');
    expect(c.last()?.id).not.toBe('elderly-allowance');
  });
  it('reads a person named alone that asks nothing ("mẹ 79 tuổi rồi") as who the topic is for, but not after a greeting', async () => {
    const c = conversation();
    await c.say('mẹ em trầm cảm sau khi ba mất');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-mental-health' });
    await c.say('mẹ 79 tuổi rồi');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-mental-health' });
    const d = conversation();
    await d.say('chao ad, nha em o xa Tan Phu');
    expect(d.last()).toEqual({ outcome: 'answer', id: 'greeting' });
    await d.say('me em bi khuyet tat nang');
    expect(d.last()?.id).not.toBe('greeting');
  });
  it('reads moving home as how to apply ("dzậy chuyển về đây làm sao" after the allowance)', async () => {
    const c = conversation();
    await c.press('e:elderly-allowance');
    await c.say('dzậy chuyển về đây làm sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
  });
  it('reads "thì được mấy" as the amount and "được mấy tuổi" as who qualifies', async () => {
    const c = conversation();
    await c.press('e:eligibility-social-allowance');
    await c.say('rứa bà 72 tuổi thì được mấy');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
    await c.say('vậy được mấy tuổi');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
  });
  it("sends writing on Zalo to the center's card, which lists its channels, and calling to the phone line", async () => {
    const c = conversation();
    await c.press('e:hotline');
    await c.say('hay nhắn tin zalo được k');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'center-contact' });
    await c.press('e:service-mental-health');
    await c.say('gọi zalo được không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'hotline' });
  });
  it('sends "ngoài tiền ra còn hỗ trợ gì" to the services of the person asked about, not to the allowance', async () => {
    const c = conversation();
    await c.say('Con tôi bị bại não, xin giấy xác nhận khuyết tật thế nào?');
    await c.say('có giấy rồi thì được trợ cấp bao nhiêu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
    await c.say('ngoài tiền ra trung tâm còn hỗ trợ gì');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-disability' });
    const d = conversation();
    await d.say('Ông nội em 82 tuổi có được trợ cấp người cao tuổi không?');
    await d.say('ngoài tiền ra còn được hỗ trợ gì không');
    expect(d.last()).toEqual({ outcome: 'answer', id: 'service-elderly' });
  });
  it('sends "có ai đến chăm sóc mẹ không" after the allowance, which sends no one, to the services for that person', async () => {
    const c = conversation();
    await c.say('Mẹ em 65 tuổi nghèo, sống một mình, có được trợ cấp không?');
    await c.say('vậy có ai đến chăm sóc mẹ không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-elderly' });
  });
  it('reads "họ giúp được gì" as a question about the people of the topic', async () => {
    const c = conversation();
    await c.say('ở bệnh viện có phòng công tác xã hội không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'social-work-offices' });
    await c.say('họ giúp được gì');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'social-work-offices' });
  });
  it('keeps the topic when one says one already has what it speaks of ("đã có giấy xác nhận khuyết tật rồi")', async () => {
    const c = conversation();
    await c.say('thủ tục hưởng trợ cấp người khuyết tật');
    await c.press('e:apply-social-allowance');
    await c.say('đã có giấy xác nhận khuyết tật rồi');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
    await c.say('vậy bao lâu có tiền');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
  });
  it('reads "muốn" as no new word: "chị muốn tư vấn tâm lý" after violence stays on that service', async () => {
    const c = conversation();
    await c.say('chi em bi chong danh truoc day gio ve nha me');
    expect(c.last()?.id).toBe('service-violence');
    await c.say('chi muon tu van tam ly');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-violence' });
  });
  it('reads "đến" and "thì thôi" as no new word: "đến bao nhiêu tuổi thì thôi" asks who qualifies', async () => {
    const c = conversation();
    await c.press('e:allowance-amount');
    await c.say('đến bao nhiêu tuổi thì thôi');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
  });
  it('reads "monthly money" in English as the allowance ("and then can I get monthly money?")', async () => {
    const c = conversation();
    await c.press('e:disability-registration');
    await c.say('and then can I get monthly money?');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
  });
});

describe('follow-ups, round 5', () => {
  it('reads the months after an age as part of it: "ông em 61 tuổi 5 tháng" says who the topic is for', async () => {
    const c = conversation();
    await c.press('e:elderly-allowance');
    await c.say('ông em 61 tuổi 5 tháng');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
  });
  it('reads "what time" in English as the hours: "at what time?" after a service is the center\'s card', async () => {
    const c = conversation();
    await c.press('e:service-hiv');
    await c.say('at what time?');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'center-contact' });
  });
  it('reads "ý mình là" (I mean) as no new word: "ý mình là bao nhiêu tiền" after the disability services asks the amount', async () => {
    const c = conversation();
    await c.press('e:service-disability');
    await c.say('ý mình là bao nhiêu tiền');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });
  it('reads "nộp đơn đâu" without "ở" as where to hand the application in', async () => {
    const c = conversation();
    await c.press('e:eligibility-social-allowance');
    await c.say('thế nộp đơn đâu ạ');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
  });
  it('closes on a bare acknowledgement ("ừ", "dạ") as on a thanks: the goodbye, and the topic stays', async () => {
    const c = conversation();
    await c.press('e:service-hiv');
    await c.say('ừ');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'greeting' });
    await c.say('dạ');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'greeting' });
    await c.say('có mất phí không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-hiv' });
  });
  it('reads a loosely marked question after the greeting alone: "vậy bóng đá tối nay thế nào" is not about the greeting', async () => {
    const c = conversation();
    await c.say('chào bạn');
    expect(c.last()?.id).toBe('greeting');
    await c.say('vậy bóng đá tối nay thế nào');
    expect(c.last()?.outcome).toBe('fallback');
  });
  it('reads a person with a word or two about them ("bố em 68 tuổi, chân yếu lắm") as who the topic is for', async () => {
    const c = conversation();
    await c.press('e:disability-registration');
    await c.say('bố em 68 tuổi, chân yếu lắm');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'disability-registration' });
  });
  it('puts the topic the engine all but answered before the conversation\'s ("/dangky là lệnh gì" after the help)', async () => {
    const c = conversation();
    await c.press('e:bot-help');
    await c.say('/dangky là lệnh gì');
    expect(c.last()).toEqual({ outcome: 'did-you-mean', id: 'subscribe-reminders' });
  });
  it('reads an English age without its unit ("my grandpa is 88") as the person\'s age, but not an amount over 120', async () => {
    const c = conversation();
    await c.say('Is there help for elderly people living alone?');
    expect(c.last()?.id).toBe('service-elderly');
    await c.say('my grandpa is 88, can he get monthly money?');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
    expect(readFollowUp(kb, 'the amount is 500').who).toBeNull();
  });
  it('reads "under" and "over" before a number in English as an age ("and for kids under 5?")', async () => {
    const c = conversation();
    await c.say('How much is the monthly allowance?');
    expect(c.last()?.id).toBe('allowance-amount');
    await c.say('and for kids under 5?');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });
  it('reads "tháng này", "tháng trước" as a period, no new topic ("sao tháng trước nhận nhiều hơn")', async () => {
    const c = conversation();
    await c.press('e:elderly-allowance');
    await c.say('sao tháng trước nhận nhiều hơn');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });
});

describe('follow-ups, round 6', () => {
  it('answers "trung tâm làm những gì" after another topic with what the center does, not the topic', async () => {
    const c = conversation();
    await c.say('Trợ cấp người cao tuổi bao nhiêu');
    expect(c.last()?.id).toBe('elderly-allowance');
    await c.say('vậy cho em hỏi trung tâm mình làm những gì');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'services-overview' });
    await c.say('mà đây là trung tâm gì thế');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'services-overview' });
  });
  it('keeps a group beside "trung tâm hỗ trợ gì" as the group\'s question ("… cho người khuyết tật")', async () => {
    const c = conversation();
    await c.say('chào bạn');
    await c.say('trung tâm hỗ trợ gì cho người khuyết tật');
    expect(c.last()?.id).toBe('service-disability');
    expect(readFollowUp(kb, 'trung tâm hỗ trợ gì cho người khuyết tật').centerWork).toBe(false);
  });
  it('reads "bị mất" (lost) as no question about confidentiality, with accents or beside "làm lại" without them', async () => {
    const c = conversation();
    await c.say('bạn làm được gì');
    expect(c.last()?.id).toBe('bot-help');
    await c.say('bị mất rồi thì sao');
    expect(c.last()?.id).not.toBe('privacy');
    expect(readFollowUp(kb, 'bi mat thi cap lai the nao').aspect).not.toBe('privacy');
    expect(readFollowUp(kb, 'co giu bi mat ko').aspect).toBe('privacy');
    expect(readFollowUp(kb, 'tư vấn có bí mật không').aspect).toBe('privacy');
  });
  it('refers where to do what another agency handles ("vậy làm thủ tục ly hôn ở đâu") instead of answering from the topic', async () => {
    const c = conversation();
    await c.press('e:hotline');
    const reply = await c.say('vậy làm thủ tục ly hôn ở đâu');
    expect(c.last()).toEqual({ outcome: 'referral', id: null });
    expect(reply[0]?.text).toContain('Trợ giúp pháp lý');
    await c.press('e:service-violence');
    await c.say('ly hôn thì nộp đơn ở đâu');
    expect(c.last()).toEqual({ outcome: 'referral', id: null });
  });
  it('keeps a place question about the topic\'s own business on the topic ("nộp hồ sơ ở đâu", "xét nghiệm ở đâu")', async () => {
    const c = conversation();
    await c.press('e:elderly-allowance');
    await c.say('nộp hồ sơ ở đâu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
    await c.press('e:service-hiv');
    await c.say('xét nghiệm ở đâu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-hiv' });
  });
  it('keeps a referred question that only names the topic\'s own places on the topic ("vậy ở bệnh viện tỉnh có không")', async () => {
    const c = conversation();
    await c.press('e:social-work-offices');
    await c.say('vậy ở bệnh viện tỉnh có không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'social-work-offices' });
    await c.say('còn muốn khám bệnh thì đi đâu');
    expect(c.last()).toEqual({ outcome: 'referral', id: null });
  });
});

describe('the multiplier of the standard rate', () => {
  it('reads "nhân mấy" and "hệ số" as the amount ("còn trẻ mồ côi thì nhân mấy" after the standard rate)', async () => {
    expect(readFollowUp(kb, 'hệ số bao nhiêu').aspect).toBe('amount');
    expect(readFollowUp(kb, 'được nhận mấy tháng').aspect).not.toBe('amount');
    const c = conversation();
    await c.press('e:allowance-amount');
    await c.say('còn trẻ mồ côi thì nhân mấy');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });
});

describe('after the greeting', () => {
  it('reads "what documents do i need" after "chào bạn" as its own question, never the greeting\'s papers', async () => {
    const c = conversation();
    await c.say('chào bạn');
    expect(c.last()?.id).toBe('greeting');
    await c.say('what documents do i need');
    expect(c.last()?.id).not.toBe('greeting');
    await c.say('xin chào');
    await c.say('cần giấy tờ gì');
    expect(c.last()?.id).not.toBe('greeting');
  });
  it('still offers the greeting for a bare "hỏi chút" after it', async () => {
    const c = conversation();
    await c.say('chào ad');
    await c.say('hỏi chút');
    expect(c.last()?.id).toBe('greeting');
  });
});

/** The decision on the second message of a new conversation. */
async function secondTurn(first: string, second: string) {
  const c = conversation();
  await c.say(first);
  await c.say(second);
  return c.last();
}

describe('follow-ups, round 8', () => {
  it('offers the entry the topic sends "how to apply" to, not the topic, for an unsure question with a circumstance', async () => {
    const routed: Array<[string, string]> = [
      ['ông tôi 82 tuổi có được trợ cấp không', 'ông em nằm một chỗ thì đăng ký kiểu gì'],
      ['mẹ tôi 80 tuổi được nhận tiền người già không', 'mẹ chuyển lên sống với em thì làm sao'],
      ['ba tui 81 tuổi có được lãnh tiền già không', 'ổng mới dọn về ở với tui thì làm sao'],
      ['người khuyết tật nặng được trợ cấp bao nhiêu', 'em đi làm xa thì nhờ hàng xóm làm đơn kiểu gì'],
      ['ai được hưởng trợ cấp xã hội hằng tháng', 'mẹ em chuyển về quê ngoại thì làm sao'],
    ];
    for (const [first, followUp] of routed) {
      expect(await secondTurn(first, followUp), followUp).toEqual({
        outcome: 'did-you-mean',
        id: 'apply-social-allowance',
      });
    }
  });

  it("keeps a complete question about another service's registration on that service after the allowance", async () => {
    const own: Array<[string, string]> = [
      ['làm sao để được tư vấn tâm lý', 'service-mental-health'],
      ['đăng ký làm tình nguyện viên thế nào', 'volunteer'],
      ['con tôi bị tự kỷ thì đăng ký can thiệp thế nào', 'service-autism'],
    ];
    for (const [question, id] of own) {
      expect(await secondTurn('mẹ tôi 80 tuổi được nhận tiền người già không', question), question).toEqual({
        outcome: 'answer',
        id,
      });
    }
  });
});

describe('moving on to what another entry alone names', () => {
  it('offers that entry first when a marked unsure question uses words only it has ("vậy can thiệp ở đâu")', async () => {
    const named: Array<[string, string]> = [
      ['giấy xác nhận khuyết tật làm ở đâu', 'thế lớp can thiệp ở mô'],
      ['giấy xác nhận khuyết tật làm ở đâu', 'rứa can thiệp ở mô'],
      ['ai được hưởng trợ cấp xã hội hằng tháng', 'còn chỗ can thiệp thì sao'],
      ['ai được hưởng trợ cấp xã hội hằng tháng', 'vậy chậm nói thì sao'],
      ['có tư vấn hôn nhân gia đình không', 'còn can thiệp thì sao'],
    ];
    for (const [first, followUp] of named) {
      expect(await secondTurn(first, followUp), followUp).toEqual({ outcome: 'did-you-mean', id: 'service-autism' });
    }
  });

  it('still answers a complete question about another service outright ("còn xét nghiệm HIV thì ở đâu")', async () => {
    const own: Array<[string, string, string]> = [
      [
        'trung tâm có ai đến nhà chăm sóc người già không',
        'còn gửi ông vào viện dưỡng lão được không',
        'service-residential-care',
      ],
      ['ai được hưởng trợ cấp xã hội hằng tháng', 'thế còn bạo lực gia đình thì sao', 'service-violence'],
      ['có tư vấn hôn nhân gia đình không', 'còn xét nghiệm HIV thì ở đâu', 'service-hiv'],
    ];
    for (const [first, question, id] of own) {
      expect(await secondTurn(first, question), question).toEqual({ outcome: 'answer', id });
    }
  });
});

describe('a yes-or-no question nothing places', () => {
  it('offers the service just asked about for "có … không" the engine cannot place ("có ai tắm rửa cho bà không")', async () => {
    const offered: Array<[string, string, string]> = [
      ['trung tâm có ai đến nhà chăm sóc người già không', 'có người đi chợ nấu cơm giùm không ạ', 'service-elderly'],
      [
        'trung tâm có ai đến nhà chăm sóc người già không',
        'ông hay quên, có ai nhắc uống thuốc không',
        'service-elderly',
      ],
      ['trung tâm có ai đến nhà chăm sóc người già không', 'có ai tắm rửa giặt giũ cho bà không', 'service-elderly'],
      [
        'trung tâm có ai đến nhà chăm sóc người già không',
        'ông ở một mình, ban đêm có ai ngủ lại không',
        'service-elderly',
      ],
      [
        'có tư vấn hôn nhân gia đình không',
        'chồng em ngại nói chuyện, có buổi nào cho riêng đàn ông không',
        'service-family',
      ],
    ];
    for (const [first, followUp, id] of offered) {
      expect(await secondTurn(first, followUp), followUp).toEqual({ outcome: 'did-you-mean', id });
    }
  });

  it('leaves a complete yes-or-no question on another topic to its own answer', async () => {
    const own: Array<[string, string]> = [
      ['người nhiễm HIV có được hỗ trợ không', 'service-hiv'],
      ['có nhận tình nguyện viên không', 'volunteer'],
      ['hộ nghèo có được vay vốn không', 'service-poverty'],
    ];
    for (const [question, id] of own) {
      const decision = await secondTurn('trung tâm có ai đến nhà chăm sóc người già không', question);
      expect(decision, question).toEqual({ outcome: 'answer', id });
    }
  });
});

/** Checks the entry each second turn gets, after its first turn: [first, second, entry id or null]. */
async function expectSecondTurns(cases: ReadonlyArray<readonly [string, string, string | null]>) {
  for (const [first, second, id] of cases) expect((await secondTurn(first, second))?.id, second).toBe(id);
}

/** Checks that each second turn is offered its entry first, as a "did you mean": [first, second, entry id]. */
async function expectOfferedFirst(cases: ReadonlyArray<readonly [string, string, string]>) {
  for (const [first, second, id] of cases)
    expect(await secondTurn(first, second), second).toEqual({ outcome: 'did-you-mean', id });
}

describe('follow-ups, round 9', () => {
  const elderly = 'ba tui 81 tuổi có được lãnh tiền già không';
  const children = 'trẻ em có hoàn cảnh đặc biệt được hỗ trợ gì';

  it('offers the application for doing the paperwork, handing it in or having it done by someone else', async () => {
    await expectSecondTurns([
      ['ông tôi 82 tuổi có được trợ cấp không', 'vậy làm giấy ở đâu hả', 'apply-social-allowance'],
      [
        'mẹ tôi 80 tuổi được nhận tiền người già không',
        'tôi nhờ cô hàng xóm làm giấy giùm được không',
        'apply-social-allowance',
      ],
      [
        'mẹ tôi 80 tuổi được nhận tiền người già không',
        'em đi làm xa, anh em làm giấy hộ được không',
        'apply-social-allowance',
      ],
      [elderly, 'tui viết đơn rồi gửi xã được không', 'apply-social-allowance'],
      [elderly, 'con trai làm giấy thay cho ổng được không', 'apply-social-allowance'],
      ['ai được hưởng trợ cấp xã hội hằng tháng', 'hồ sơ xong thì nộp cho cán bộ nào', 'apply-social-allowance'],
    ]);
  });

  it('leaves a complete question that names its own paper or service to its own answer', async () => {
    await expectSecondTurns([
      [elderly, 'làm giấy chứng nhận khuyết tật ở đâu', 'disability-registration'],
      [elderly, 'con tôi bị tự kỷ thì can thiệp ở đâu', 'service-autism'],
      [elderly, 'làm giấy khai sinh cho cháu ở đâu', null],
    ]);
  });

  it('does not answer an unrelated "… thế nào" with the topic: "thế" in "thế nào" asks how, it does not continue', async () => {
    const unrelated: Array<[string, string, string]> = [
      ['Trung tâm hỗ trợ những gì?', 'thời tiết mai thế nào', 'services-overview'],
      ['Có tư vấn tâm lý không', 'thời tiết mai thế nào', 'service-mental-health'],
      ['tư vấn vợ chồng', 'bóng đá tối nay như thế nào', 'service-family'],
      ['tư vấn vợ chồng', 'phim tối qua thế nào', 'service-family'],
      ['hộ nghèo được vay vốn không', 'giá xăng thế nào rồi', 'service-poverty'],
    ];
    for (const [first, followUp, topic] of unrelated) {
      expect(await secondTurn(first, followUp), followUp).not.toEqual({ outcome: 'answer', id: topic });
    }
  });

  it('still reads "vậy", "thế" beside "thế nào" as continuing, and a complete question as its own', async () => {
    const allowance = 'me toi 78 tuoi ko co luong huu thi co duoc tro cap khong';
    for (const followUp of ['vậy đăng ký thế nào', 'thế làm đơn như thế nào']) {
      expect(await secondTurn(allowance, followUp), followUp).toEqual({
        outcome: 'answer',
        id: 'apply-social-allowance',
      });
    }
    const own: Array<[string, string]> = [
      ['đăng ký làm tình nguyện viên thế nào', 'volunteer'],
      ['làm giấy xác nhận khuyết tật như thế nào', 'disability-registration'],
      ['con tôi bị tự kỷ thì đăng ký can thiệp thế nào', 'service-autism'],
    ];
    for (const [question, id] of own) {
      expect(await secondTurn('Trung tâm hỗ trợ những gì?', question), question).toEqual({ outcome: 'answer', id });
    }
  });

  it("answers a call to 111 after the children's services with the line their follow-ups name, not the service", async () => {
    const line = 'child-protection-hotline';
    await expectSecondTurns([
      [children, 'em gọi 111 có được không ạ', line],
      ['Trẻ em bị bỏ rơi trước cổng chùa thì báo ai?', 'gọi số 111 được ko', line],
      [children, 'gọi tổng đài 111 được không', line],
      ['trẻ mồ côi được trung tâm giúp gì', '111 gọi được không', line],
      ['trẻ mồ côi được trung tâm giúp gì', 'tôi gọi 111 báo được không', line],
    ]);
  });

  it("leaves a complete question on another topic after the children's services to its own answer", async () => {
    await expectSecondTurns([
      [children, 'có trợ cấp cho trẻ mồ côi không', 'eligibility-social-allowance'],
      [children, 'có tư vấn tâm lý cho trẻ không', 'service-mental-health'],
      [children, 'nhận nuôi trẻ mồ côi cần điều kiện gì', 'service-foster-care'],
    ]);
  });

  it('reads a change to the allowance as a question about its amount', async () => {
    const certificate = 'Giấy chứng nhận khuyết tật làm ở đâu';
    const amount = 'allowance-amount';
    await expectSecondTurns([
      [certificate, 'vậy trợ cấp có thay đổi không', amount],
      [certificate, 'rứa trợ cấp có thay đổi chi không', amount],
      ['con em được xác định lại mức khuyết tật', 'tiền trợ cấp có bị thay đổi không', amount],
      ['ai được hưởng trợ cấp xã hội hằng tháng', 'còn tiền trợ cấp thì có thay đổi không', amount],
      ['ai được hưởng trợ cấp xã hội hằng tháng', 'tiền đó có hay thay đổi không', amount],
    ]);
  });

  it('leaves a complete question about changing something else to its own answer', async () => {
    const certificate = 'Giấy chứng nhận khuyết tật làm ở đâu';
    await expectSecondTurns([
      [certificate, 'thay đổi thông tin trên căn cước ở đâu', null],
      [certificate, 'con tôi hay thay đổi cảm xúc có cần tư vấn tâm lý không', 'service-mental-health'],
      [certificate, 'tập huấn công tác xã hội khi nào mở lớp', 'training'],
    ]);
  });

  it('offers the topic for a statement about the person that the engine refers for a paper or place it names', async () => {
    await expectOfferedFirst([
      [
        'mẹ tôi 80 tuổi được nhận tiền người già không',
        'mẹ tôi hộ khẩu ở quê, đang ở với tôi trên thành phố',
        'elderly-allowance',
      ],
      [elderly, 'hộ khẩu ba tui vẫn ở Quảng Nam', 'elderly-allowance'],
      ['ông tôi 82 tuổi có được trợ cấp không', 'ông tôi đang lãnh lương hưu quân đội', 'elderly-allowance'],
      ['làm hồ sơ trợ cấp xã hội cho mẹ', 'mẹ em tạm trú ở Bình Dương', 'apply-social-allowance'],
      ['Bệnh viện có phòng công tác xã hội không?', 'mẹ em đang nằm viện tỉnh, nhà khó khăn', 'social-work-offices'],
    ]);
  });

  it("keeps a question for another agency referred, even about the conversation's person", async () => {
    const allowance = 'mẹ tôi 80 tuổi được nhận tiền người già không';
    for (const question of [
      'mẹ tôi mất căn cước thì làm lại ở đâu',
      'thẻ bảo hiểm y tế của mẹ hết hạn gia hạn ở đâu',
      'lương hưu của ba tôi tháng này bao giờ lĩnh?',
    ]) {
      expect((await secondTurn(allowance, question))?.outcome, question).toBe('referral');
    }
  });

  it('offers the topic for a statement about the person that the engine cannot place', async () => {
    await expectOfferedFirst([
      ['trợ cấp mồ côi cho con em', 'ba nó mất, em đi làm xa, nó ở với bà ngoại', 'eligibility-social-allowance'],
      ['mẹ tôi 80 tuổi được nhận tiền người già không', 'mẹ tôi ở với em gái tôi ở Long An', 'elderly-allowance'],
      ['mẹ tôi 80 tuổi được nhận tiền người già không', 'mẹ tôi trước giờ buôn bán nhỏ', 'elderly-allowance'],
      ['mẹ tôi 80 tuổi được nhận tiền người già không', 'bà nội em sống với chú út ở quê', 'elderly-allowance'],
      ['làm hồ sơ trợ cấp xã hội cho mẹ', 'mẹ em ở quê, em ở Sài Gòn', 'apply-social-allowance'],
    ]);
  });

  it("answers a complete question about the person's other needs with its own entry", async () => {
    const allowance = 'mẹ tôi 80 tuổi được nhận tiền người già không';
    await expectSecondTurns([
      [allowance, 'ông bà nội em muốn vào viện dưỡng lão', 'service-residential-care'],
      [allowance, 'mẹ tôi bị trầm cảm có tư vấn tâm lý không', 'service-mental-health'],
      [allowance, 'bố tôi bị liệt, làm giấy xác nhận khuyết tật ở đâu', 'disability-registration'],
    ]);
  });

  it('offers the application first when the person has moved home, said as a statement', async () => {
    const allowance = 'mẹ tôi 80 tuổi được nhận tiền người già không';
    const application = 'apply-social-allowance';
    await expectOfferedFirst([
      [allowance, 'mẹ tôi mới chuyển vào ở với tôi ở Biên Hòa', application],
      [allowance, 'mẹ tôi chuyển nhà sang quận 7 tháng trước', application],
      ['ông tôi 82 tuổi có được trợ cấp không', 'ông tôi chuyển nhà lên Đà Lạt với chú tôi', application],
      [elderly, 'ba tui chuyển vào Sài Gòn ở với tui rồi', application],
      [elderly, 'má tui chuyển nhà xuống Cần Thơ ở với tui', application],
    ]);
  });

  it('answers moving into a care home, or moving the registration, as their own questions', async () => {
    const allowance = 'mẹ tôi 80 tuổi được nhận tiền người già không';
    await expectSecondTurns([
      [allowance, 'mẹ tôi muốn chuyển vào viện dưỡng lão thì sao', 'service-residential-care'],
      [allowance, 'mẹ tôi chuyển vào viện dưỡng lão có được không', 'service-residential-care'],
      [allowance, 'chuyển khẩu cho mẹ làm ở đâu', null],
    ]);
  });

  it('reads "vẫn còn … trợ cấp", "vẫn còn được nhận" as whether one still qualifies for the allowance', async () => {
    const still = 'eligibility-social-allowance';
    await expectSecondTurns([
      ['Cháu em 16 tuổi, mồ côi, muốn đi học nghề', 'cháu vẫn còn trợ cấp mồ côi không', still],
      ['Em muốn học nghề miễn phí', 'em đi làm rồi thì vẫn còn nhận trợ cấp không', still],
      ['Trung tâm có hỗ trợ người khuyết tật không?', 'con em đi học nghề thì vẫn còn hưởng trợ cấp không', still],
      ['Giấy chứng nhận khuyết tật làm ở đâu', 'rứa vẫn còn trợ cấp không', still],
      ['Trợ cấp mồ côi cho con em', '18 tuổi rồi vẫn còn nhận không', still],
    ]);
  });

  it('does not read "tư vấn còn …" (folded like "vẫn còn") as still qualifying', async () => {
    await expectSecondTurns([
      ['Có tư vấn tâm lý không', 'tư vấn còn mở cửa không', 'center-contact'],
      ['Có tư vấn tâm lý không', 'tư vấn còn được miễn phí không', 'service-mental-health'],
      ['Có tư vấn tâm lý không', 'người khuyết tật có được học nghề miễn phí không', 'service-disability'],
    ]);
  });
  it('offers the application first for where to file it ("làm đơn ở mô", "đăng ký ở chỗ nào")', async () => {
    const mother = 'mẹ tôi 80 tuổi được nhận tiền người già không';
    const application = 'apply-social-allowance';
    await expectOfferedFirst([
      [elderly, 'chừng nào đủ tuổi thì làm đơn ở mô', application],
      [mother, 'mẹ đủ tuổi rồi thì đăng ký ở chỗ nào', application],
      [mother, 'mẹ tôi ở quê thì làm đơn ở đâu', application],
      [elderly, 'ổng yếu lắm, làm đơn ở đâu cho gần', application],
    ]);
  });

  it("leaves where to file another agency's or service's paperwork to its own answer", async () => {
    const mother = 'mẹ tôi 80 tuổi được nhận tiền người già không';
    await expectSecondTurns([
      [mother, 'đăng ký khám bệnh cho mẹ ở đâu', null],
      [mother, 'làm đơn ly hôn ở đâu', null],
      [mother, 'đăng ký học nghề ở đâu', 'service-vocational'],
    ]);
  });

  it('offers the topic for a yes-or-no question followed by a word about the person', async () => {
    const application = 'làm hồ sơ trợ cấp xã hội cho mẹ';
    const elderlyServices = 'Hỗ trợ người cao tuổi';
    await expectOfferedFirst([
      [application, 'có phải đi lại nhiều không, bà con yếu lắm', 'apply-social-allowance'],
      [application, 'mẹ có cần ký tên không, tay mẹ run lắm', 'apply-social-allowance'],
      [elderlyServices, 'có tốn nhiều không, nhà em khó khăn', 'service-elderly'],
      [elderlyServices, 'ông có phải ký gì không, ông không biết chữ', 'service-elderly'],
      [elderlyServices, 'có người nói chuyện với ông không, ông ít nói lắm', 'service-elderly'],
    ]);
  });

  it('answers a complete yes-or-no question on another topic, a word about the person after it, on its own', async () => {
    const elderlyServices = 'Hỗ trợ người cao tuổi';
    await expectSecondTurns([
      [elderlyServices, 'có tư vấn tâm lý không, em bị mất ngủ lâu rồi', 'service-mental-health'],
      [elderlyServices, 'có nhận tình nguyện viên không, em là sinh viên', 'volunteer'],
      [elderlyServices, 'hộ nghèo có được vay vốn không, nhà em ở quê', 'service-poverty'],
    ]);
  });
});

describe('follow-ups, session 24', () => {
  it('gives the free hotline for a free number asked after the center, whose card says nothing of what a call costs', async () => {
    await expectSecondTurns([
      ['trung tâm ở đâu', 'có số nào gọi miễn phí không', 'hotline'],
      ['Where is your office?', 'can I call for free?', 'hotline'],
    ]);
  });

  it("keeps the center's own hours on its card when the call's time is asked", async () => {
    await expectSecondTurns([['trung tâm ở đâu', 'gọi giờ nào', 'center-contact']]);
  });

  it('keeps a question about being seen in person or at home on the service just answered', async () => {
    await expectSecondTurns([
      ['tư vấn vợ chồng', 'tư vấn trực tiếp được không', 'service-family'],
      ['có tư vấn tâm lý không', 'có phải lên trung tâm không', 'service-mental-health'],
      ['tư vấn vợ chồng', 'cán bộ có tư vấn tại nhà không', 'service-family'],
    ]);
  });

  it('offers the topic first when the person says the household is poor, which the engine alone reads as the poverty services', async () => {
    await expectOfferedFirst([
      ['có lớp dạy nghề miễn phí không', 'em 18 tuổi, nhà nghèo lắm', 'service-vocational'],
      ['ông tôi 85 tuổi có được trợ cấp không', 'nhà tôi thuộc hộ cận nghèo', 'elderly-allowance'],
    ]);
  });

  it('leaves a question about the poor, or a poor household after the poverty topic or the overview, to the poverty services', async () => {
    await expectSecondTurns([
      ['có lớp dạy nghề miễn phí không', 'hộ nghèo được hỗ trợ gì', 'service-poverty'],
      ['làm sao để vào hộ nghèo', 'nhà em cận nghèo', 'service-poverty'],
      ['Trung tâm hỗ trợ những gì?', 'nhà em hộ nghèo', 'service-poverty'],
    ]);
  });

  it('reads a person described after how to apply as whether their group qualifies', async () => {
    await expectSecondTurns([
      ['thủ tục xin trợ cấp xã hội như thế nào', 'mẹ em 81 tuổi rồi', 'elderly-allowance'],
      ['How do I apply for the social allowance?', 'my grandmother is 85', 'elderly-allowance'],
    ]);
  });

  it('keeps how to apply for a person named with "cho"', async () => {
    await expectSecondTurns([
      ['thủ tục xin trợ cấp xã hội như thế nào', 'cho ba tôi 80 tuổi', 'apply-social-allowance'],
    ]);
  });

  it('keeps a question that goes on about a person living alone on the topic', async () => {
    await expectSecondTurns([
      ['ông tôi 80 tuổi có được trợ cấp không', 'còn bà em 78 tuổi sống một mình thì sao', 'elderly-allowance'],
      ['mức trợ cấp xã hội hằng tháng bao nhiêu', 'vậy ông 85 tuổi ở một mình thì được bao nhiêu', 'allowance-amount'],
    ]);
  });

  it('still offers the elderly services for a person living alone named with nothing else', async () => {
    await expectOfferedFirst([
      ['trẻ em có hoàn cảnh đặc biệt được hỗ trợ gì', 'bà ngoại 80 tuổi sống một mình', 'service-elderly'],
    ]);
  });

  it('answers a bare question for the command to type with the command the last answer named', async () => {
    await expectSecondTurns([
      ['muốn xóa dữ liệu của mình thì sao', 'lệnh gì vậy', 'privacy'],
      ['làm sao để nhận thông báo nhắc lịch', 'bấm gì vậy ad', 'subscribe-reminders'],
    ]);
  });

  it('gives the list of commands when other commands are asked for, or after an answer that names none', async () => {
    await expectSecondTurns([
      ['muốn xóa dữ liệu của mình thì sao', 'có lệnh nào khác không', 'bot-help'],
      ['có tư vấn tâm lý không', 'gõ lệnh gì', 'bot-help'],
    ]);
  });

  it('offers the topic first when "họ" (they) are asked whether they help, after a sentence about the person', async () => {
    const offices = 'bệnh viện có phòng công tác xã hội không';
    await expectOfferedFirst([
      [offices, 'ông em nằm viện lâu rồi, nhà khó khăn, họ có hỗ trợ gì không', 'social-work-offices'],
      [offices, 'ba em mổ xong nằm viện, họ có giúp tiền thuốc không', 'social-work-offices'],
    ]);
  });

  it("gives the center's card when being seen in person is asked with where or when", async () => {
    await expectSecondTurns([
      ['tư vấn vợ chồng', 'gặp trực tiếp ở đâu', 'center-contact'],
      ['có tư vấn tâm lý không', 'lên trung tâm mấy giờ', 'center-contact'],
    ]);
  });
});

/** The decision on the last message of one conversation. */
async function lastTurn(...messages: string[]): Promise<{ outcome: string; id: string | null } | undefined> {
  const c = conversation();
  for (const message of messages) await c.say(message);
  return c.last();
}

describe('follow-ups, session 24 round 2', () => {
  it('keeps "hỗ trợ bao nhiêu" on the support of the topic, or where the topic sends its amount', async () => {
    expect(await lastTurn('lũ cuốn mất nhà có được trợ giúp không', 'hỗ trợ bao nhiêu tiền vậy')).toEqual({
      outcome: 'answer',
      id: 'emergency-assistance',
    });
    expect(await lastTurn('lũ cuốn mất nhà có được trợ giúp không', 'được hỗ trợ bao nhiêu ạ')).toEqual({
      outcome: 'answer',
      id: 'emergency-assistance',
    });
    expect(await lastTurn('bà em 85 tuổi có được tiền già không', 'hỗ trợ mỗi tháng bao nhiêu')).toEqual({
      outcome: 'answer',
      id: 'allowance-amount',
    });
  });

  it('offers the topic for a statement about the person, then "thì" and a bare question of an aspect', async () => {
    const apply = 'cho hỏi thủ tục đăng ký trợ cấp xã hội';
    expect(await lastTurn(apply, 'bố em ở trọ với em, hộ khẩu ở quê thì nộp ở đâu')).toEqual({
      outcome: 'did-you-mean',
      id: 'apply-social-allowance',
    });
    expect(
      await lastTurn(
        'trung tâm có nhận nuôi người già không nơi nương tựa không',
        'bà tui có lương hưu thì có vào được không',
      ),
    ).toEqual({ outcome: 'did-you-mean', id: 'service-residential-care' });
  });

  it('keeps the referral when the statement before "thì" is a lost paper another agency issues', async () => {
    expect(
      await lastTurn('cho hỏi thủ tục đăng ký trợ cấp xã hội', 'bà em mất giấy căn cước thì làm sao nộp hồ sơ'),
    ).toEqual({ outcome: 'referral', id: null });
  });
});

describe('openings and closings, session 25', () => {
  it('greets a hail that asks nothing yet, first or in the middle of a conversation, and keeps the topic', async () => {
    expect(await lastTurn('admin ơi, cho em hỏi')).toEqual({ outcome: 'answer', id: 'greeting' });
    expect(await lastTurn('dạ cho mình hỏi với ạ')).toEqual({ outcome: 'answer', id: 'greeting' });
    const c = conversation();
    await c.say('người cao tuổi được trợ cấp bao nhiêu tiền một tháng');
    await c.say('ad ơi');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'greeting' });
    await c.say('còn người khuyết tật thì sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('does not greet back an opening greeting followed by a long statement of what the person came for', async () => {
    const told = await lastTurn(
      'xin chào ad, mình ở Móng Cái, bé nhà mình 5 tuổi bị điếc bẩm sinh, mình nghe nói có chương trình cấy ốc tai miễn phí',
    );
    expect(told).toEqual({ outcome: 'did-you-mean', id: 'service-disability' });
    expect(
      (await lastTurn('hi ad, em la sv nam 2 nganh tam ly, muon den trung tam tim hieu ve cong viec'))?.id,
    ).not.toBe('greeting');
    expect(await lastTurn('chào ad, mình tên Hà ở Cẩm Phả')).toEqual({ outcome: 'answer', id: 'greeting' });
  });
});

describe('a reply to a "did you mean" that gives a position and describes the topic, session 25', () => {
  it('takes the topic the words describe, whichever number comes before them', async () => {
    const c = conversation();
    await c.say('trợ cấp');
    expect(c.last()).toEqual({ outcome: 'did-you-mean', id: 'apply-social-allowance' });
    await c.say('số 3, cái mức tiền đó');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('takes the position when the words after it describe none of the offered topics', async () => {
    expect(await lastTurn('trợ cấp', 'cái thứ 2, cảm phiền bạn nhé')).toEqual({
      outcome: 'answer',
      id: 'allowance-amount',
    });
  });
});

describe('whose name it goes under, session 25', () => {
  it('reads "đứng tên" as how to apply, even beside the money it is for', async () => {
    const orphan = 'cháu tôi mồ côi cả cha lẫn mẹ có được trợ cấp không';
    expect(await lastTurn(orphan, 'vậy ai đứng tên lãnh tiền cho cháu')).toEqual({
      outcome: 'answer',
      id: 'apply-social-allowance',
    });
    expect(await lastTurn(orphan, 'ai đứng tên nhận tiền của cháu')).toEqual({
      outcome: 'answer',
      id: 'apply-social-allowance',
    });
  });
});

describe('a follow-up that asks what the center does not offer', () => {
  it('falls back instead of offering the topic when a product or a private provider is asked for', async () => {
    const wheelchair = conversation();
    await wheelchair.say('trung tâm có giúp người bị liệt không');
    await wheelchair.say('có cho mượn xe lăn không');
    expect(wheelchair.last()?.id).toBe('service-disability');
    await wheelchair.say('mua xe lăn điện cho ba chỗ nào rẻ');
    expect(wheelchair.last()).toEqual({ outcome: 'fallback', id: null });

    const therapist = conversation();
    await therapist.say('tư vấn tâm lý cho người lớn');
    await therapist.say('bác sĩ tâm lý tư nhân nào giỏi mà rẻ');
    expect(therapist.last()).toEqual({ outcome: 'fallback', id: null });
  });
});

describe('a person described after a "did you mean" nobody picked from, session 26', () => {
  it('offers the offered topic for a statement about the person that the engine refers', async () => {
    const c = conversation();
    await c.say('ông tui 79t');
    expect(c.last()).toEqual({ outcome: 'did-you-mean', id: 'service-elderly' });
    await c.say('ổng có lương hưu 3 triệu');
    expect(c.last()).toEqual({ outcome: 'did-you-mean', id: 'service-elderly' });
  });

  it('reads a person described after an offer as who the offered topic is for', async () => {
    const c = conversation();
    await c.say('Tôi bị khuyết tật nặng, được bao nhiêu tiền');
    await c.say('còn người chăm tôi có được hỗ trợ không');
    expect(c.last()).toEqual({ outcome: 'did-you-mean', id: 'allowance-amount' });
    await c.say('chồng tôi chăm, ông ấy 65 tuổi');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('still reads a group named alone after an offer as the offer asked for that group', async () => {
    const c = conversation();
    await c.say('trợ cấp');
    expect(c.last()?.outcome).toBe('did-you-mean');
    await c.say('người khuyết tật');
    expect(c.last()?.outcome).toBe('answer');
  });
});

describe('the allowance named in a question the engine answers with the topic itself, session 26', () => {
  it('keeps the topic when the engine answers the whole question with it, whatever the allowance named', async () => {
    expect(
      await lastTurn('cho hỏi về chăm sóc thay thế cho trẻ em', 'gia đình nhận chăm sóc có được trợ cấp không'),
    ).toEqual({ outcome: 'answer', id: 'service-foster-care' });
  });

  it('still asks about the allowance after a service when the engine does not answer with the topic', async () => {
    expect(await lastTurn('con tôi bị tự kỷ, trung tâm có can thiệp không', 'có được trợ cấp không')).toEqual({
      outcome: 'answer',
      id: 'eligibility-social-allowance',
    });
  });
});

describe('a follow-up clause beside clauses about the person, session 26', () => {
  const worried = 'con gái em hay buồn, khóc một mình, có ai tư vấn tâm lý cho cháu không';

  it("reads the clause that asks, the person's circumstances beside it", async () => {
    for (const asked of [
      'tư vấn qua điện thoại được không, bố em ngại ra ngoài',
      'gọi điện tư vấn được không, con em ngại đến trung tâm',
    ])
      expect(await lastTurn(worried, asked)).toEqual({ outcome: 'answer', id: 'hotline' });
  });

  it('answers where to file, asked in a clause of its own beside what is said about the person', async () => {
    expect(await lastTurn('ba tui 81 tuổi có được lãnh tiền già không', 'tháng sau ổng đủ 80, viết đơn ở đâu')).toEqual(
      { outcome: 'answer', id: 'apply-social-allowance' },
    );
  });

  it("leaves a statement that is itself another agency's question referred", async () => {
    expect(await lastTurn(worried, 'thôi chị đi tìm việc làm luôn, hỏi chỗ nào')).toEqual({
      outcome: 'referral',
      id: null,
    });
  });
});

describe('saying one has understood, session 26', () => {
  it('closes as a thanks does, whoever the speaker calls themselves, and keeps the topic', async () => {
    for (const said of ['dạ cháu hiểu rồi ạ', 'em biết rồi', 'rõ rồi ạ'])
      expect(await lastTurn('công tác xã hội là gì', said)).toEqual({ outcome: 'answer', id: 'greeting' });
    const c = conversation();
    await c.say('người cao tuổi được trợ cấp bao nhiêu tiền một tháng');
    await c.say('dạ con hiểu rồi');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'greeting' });
    await c.say('còn người khuyết tật thì sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('does not close a message that asks something beside it', async () => {
    expect((await lastTurn('công tác xã hội là gì', 'hiểu rồi, vậy làm ở đâu'))?.id).not.toBe('greeting');
  });
});

describe('a call asked among words nothing places, session 26', () => {
  const family = 'vợ chồng em hay cãi nhau, có tư vấn gia đình không';

  it('offers the phone line the topic sends calls to first, the topic second', async () => {
    for (const asked of ['phải lên trung tâm hay gọi điện cũng được', 'gọi điện thì ai nghe']) {
      const c = conversation();
      await c.say(family);
      const replies = await c.say(asked);
      expect(c.last()).toEqual({ outcome: 'did-you-mean', id: 'hotline' });
      expect(JSON.stringify(replies)).toContain('e:service-family');
    }
  });
});

describe('more or less money asked as yes or no, session 26', () => {
  const amount = 'Mức trợ cấp xã hội hằng tháng là bao nhiêu';

  it('reads a comparison of amounts as the amount, for the group named', async () => {
    for (const compared of ['còn người khuyết tật nặng có được nhiều hơn không', 'vậy người già có được ít hơn không'])
      expect(await lastTurn(amount, compared)).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('still reads money asked without a comparison or a quantity as whether one qualifies', async () => {
    expect(await lastTurn(amount, 'còn người khuyết tật thì có được tiền không')).toEqual({
      outcome: 'answer',
      id: 'eligibility-social-allowance',
    });
  });
});

describe('"đem" as "mang", what to bring, session 26', () => {
  it('reads what to bring as the papers of the topic', async () => {
    expect(await lastTurn('tôi muốn xét nghiệm HIV ở trung tâm', 'có cần đem cccd không ạ')).toEqual({
      outcome: 'answer',
      id: 'service-hiv',
    });
    expect(
      await lastTurn('me toi 78 tuoi ko co luong huu thi co duoc tro cap khong', 'đi nộp thì đem theo gì'),
    ).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
  });
});

describe('a circumstance of the person, then a bare "thì sao", session 26', () => {
  it('offers the topic again for the relative told of', async () => {
    expect(
      await lastTurn('ông nội em 79 tuổi, có được trợ cấp người cao tuổi không', 'ông ở với chú út trên núi thì sao'),
    ).toEqual({ outcome: 'did-you-mean', id: 'elderly-allowance' });
  });
});

describe("the phone line named after the center's card, session 26", () => {
  it("gives the line's own entry for the hotline named, the card for a bare phone number", async () => {
    const asked: Array<[string, string]> = [
      ['cho xin số hotline', 'hotline'],
      ['số điện thoại là gì', 'center-contact'],
    ];
    for (const [text, id] of asked)
      expect(await lastTurn('địa chỉ trung tâm ở đâu', text)).toEqual({ outcome: 'answer', id });
  });
});

describe('a new group asked again after an offer, session 26', () => {
  it('reads "còn" and a new group as a follow-up for that group, not a pick of the offered title', async () => {
    const c = conversation();
    await c.say('tổng đài tư vấn gọi bằng điện thoại bàn được không');
    await c.say('điện thoại hết tiền gọi được không');
    expect(c.last()).toEqual({ outcome: 'did-you-mean', id: 'hotline' });
    await c.say('còn tổng đài cho trẻ em là số mấy');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'child-protection-hotline' });
  });

  it('still picks the offered topic by its title when no new group is named', async () => {
    const c = conversation();
    await c.say('trợ cấp');
    await c.say('mức trợ cấp');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });
});

describe('someone coming to the home, said "có người đến", session 26', () => {
  it('asks for the service that sends someone, not whether one qualifies for the allowance', async () => {
    const visits: Array<[string, string, string]> = [
      [
        'bà nội em 88 tuổi sống một mình, trung tâm có hỗ trợ gì không',
        'có người tới nhà chăm bà được không',
        'did-you-mean',
      ],
      ['ông nội em 80 tuổi có được trợ cấp không', 'có người tới nhà giúp ông được không', 'answer'],
    ];
    for (const [first, asked, outcome] of visits)
      expect(await lastTurn(first, asked)).toEqual({ outcome, id: 'service-elderly' });
  });
});

describe('a message still about the danger just answered, session 26 round 2', () => {
  const knife = 'chồng tôi đang cầm dao đòi giết tôi';

  it('gives the emergency numbers again for what to do, whom to call, or more told of the danger', async () => {
    const c = conversation();
    await c.say(knife);
    expect(c.last()?.outcome).toBe('crisis');
    for (const text of [
      'bây giờ tôi nên làm gì',
      'tôi phải gọi cho ai',
      'hàng xóm đi vắng hết',
      'có nên báo công an không',
      'tôi gọi 113 rồi',
    ]) {
      await c.say(text);
      expect(c.last()).toEqual({ outcome: 'crisis', id: 'emergency' });
    }
  });

  it('goes back to the situation for what comes after, a danger told as over, or a line asked calmly', async () => {
    const after: Array<[string, string]> = [
      ['sau chuyện này có chỗ nào tư vấn cho tôi không', 'service-violence'],
      ['giờ tôi về nhà mẹ đẻ rồi', 'service-violence'],
      ['tổng đài đó gọi giờ nào', 'hotline'],
      ['mai tôi muốn gặp người tư vấn thì đến đâu', 'service-violence'],
      ['tôi thoát ra ngoài được rồi', 'service-violence'],
    ];
    for (const [text, id] of after) expect((await lastTurn(knife, text))?.id).toBe(id);
  });

  it("gives the situation's own line for where to report, the goodbye for a thanks", async () => {
    const beaten = 'đứa bé nhà bên đang bị cha nó đánh chảy máu';
    expect(await lastTurn(beaten, 'muốn báo thì báo số nào')).toEqual({
      outcome: 'answer',
      id: 'child-protection-hotline',
    });
    expect(await lastTurn(beaten, 'cảm ơn nhiều')).toEqual({ outcome: 'answer', id: 'greeting' });
  });

  it('never after a disclosure or an ordinary answer', async () => {
    expect((await lastTurn('bé hàng xóm hay bị bỏ đói', 'bây giờ tôi nên làm gì'))?.id).not.toBe('emergency');
    expect((await lastTurn('ông nội tôi 80 tuổi có được trợ cấp không', 'tôi phải gọi cho ai'))?.id).not.toBe(
      'emergency',
    );
  });
});

describe("a message still about the danger gets that situation's emergency reply again, session 26", () => {
  const head = (replies: Reply[]): string => (replies[0]?.text ?? '').slice(0, 400);
  const firstNumber = (replies: Reply[]): string | undefined => head(replies).match(/\b11[1345]\b/)?.[0];

  it("puts the situation's own number first again: 115 after a stroke, 114 after a fire, 111 after a child", async () => {
    const cases: Array<[string, string, string]> = [
      ['ba em bị đột quỵ 2 năm trước, giờ đau ngực dữ dội, khó thở', 'giờ làm gì', '115'],
      ['mẹ em vừa uống cả vỉ thuốc ngủ, gọi không tỉnh', 'em phải làm sao', '115'],
      ['nhà em đang cháy, con em kẹt trên lầu', 'giờ sao', '114'],
      ['ông em ngã trong nhà tắm, giờ xỉu luôn rồi', 'giờ em gọi số nào', '115'],
      ['con em 8 tuổi bị bố dượng đánh, giờ nó đang bị nhốt trong nhà kho', 'em nên làm gì', '111'],
    ];
    for (const [danger, after, number] of cases) {
      const c = conversation();
      expect(firstNumber(await c.say(danger)), danger).toBe(number);
      const again = await c.say(after);
      expect(c.last(), after).toEqual({ outcome: 'crisis', id: 'emergency' });
      expect(firstNumber(again), after).toBe(number);
    }
  });

  it('not for what comes after, a danger told as over, or a new ordinary question', async () => {
    const cases: Array<[string, string]> = [
      ['nhà em đang cháy, con em kẹt trên lầu', 'sau vụ cháy có được hỗ trợ gì không'],
      ['ba em bị đột quỵ 2 năm trước, giờ đau ngực dữ dội, khó thở', 'giờ ba em về nhà rồi'],
      ['mẹ em vừa uống cả vỉ thuốc ngủ, gọi không tỉnh', 'mai mốt có lớp tập huấn sơ cứu không'],
      ['ông em ngã trong nhà tắm, giờ xỉu luôn rồi', 'ông em 80 tuổi có được trợ cấp không'],
      ['nhà em đang cháy, con em kẹt trên lầu', 'tổng đài 1800 1769 gọi giờ nào'],
    ];
    for (const [danger, after] of cases) {
      const c = conversation();
      await c.say(danger);
      await c.say(after);
      expect(c.last()?.outcome, after).not.toBe('crisis');
    }
  });
});

describe('told safe, or not, right after an emergency reply, session 26', () => {
  const knife = 'chồng tôi đang cầm dao đòi giết tôi';

  it('answers a danger told as over as the "Tôi đang an toàn" button does', async () => {
    for (const text of [
      'tôi chạy sang nhà hàng xóm rồi, an toàn rồi',
      'ổng đi rồi, em an toàn rồi',
      'em thoát ra được rồi',
      'xe cấp cứu tới rồi, ba em ổn rồi',
      'i am safe now',
    ]) {
      const c = conversation();
      await c.say(knife);
      const replies = await c.say(text);
      expect(replies[0]?.text, text).toBe(
        kb.safeguarding.text.safe_reply.replace('{center.hotline}', kb.center.hotline),
      );
      // Then how the center helps after violence, as after a disclosure.
      expect(replies[1]?.text, text).toBe(kb.entries.get('service-violence')?.answer);
      // The danger is forgotten: the next short message is no longer read as still about it.
      await c.say('có lớp học kỹ năng không');
      expect(c.last()?.outcome, text).not.toBe('crisis');
    }
  });

  it('keeps the emergency for a denial ("không ổn", "chưa an toàn") and never answers safe without an emergency', async () => {
    for (const text of ['em không ổn chút nào', 'chưa an toàn đâu', 'ko on', 'tôi vẫn chưa thoát được']) {
      const c = conversation();
      await c.say(knife);
      await c.say(text);
      expect(c.last(), text).toEqual({ outcome: 'crisis', id: 'emergency' });
    }
    const c = conversation();
    await c.say('ông nội tôi 80 tuổi có được trợ cấp không');
    const replies = await c.say('tôi an toàn rồi');
    expect(replies[0]?.text).not.toContain('Mình rất mừng khi biết bạn đang an toàn');
  });
});

describe('since when, or when a rise comes, session 27', () => {
  it('stays on the amount for the date it took effect, not how long applying takes', async () => {
    for (const text of ['thế từ bao giờ', 'mức này áp dụng từ khi nào', 'khi nào thì tăng']) {
      expect(await lastTurn('mức trợ cấp xã hội hằng tháng là bao nhiêu', text), text).toEqual({
        outcome: 'answer',
        id: 'allowance-amount',
      });
    }
  });

  it('still sends how long it takes where the topic sends it', () => {
    expect(readFollowUp(kb, 'bao lâu thì có tiền', 'allowance-amount').since).toBe(false);
  });
});

describe('money paid each month is the cost, not the allowance, session 27', () => {
  it('keeps "đóng tiền hằng tháng" on the service asked about', async () => {
    const home = 'bà nội tôi 85 tuổi không ai chăm, trung tâm có nhận nuôi dưỡng tập trung không';
    const first = await lastTurn(home);
    for (const text of ['vào đó có phải đóng tiền hằng tháng không', 'đóng tiền mỗi tháng à']) {
      expect((await lastTurn(home, text))?.id, text).toBe(first?.id);
    }
  });

  it('still reads the allowance named beside a fee', () => {
    expect(readFollowUp(kb, 'làm trợ cấp có mất phí không', 'service-elderly').allowance).toBe(true);
    expect(readFollowUp(kb, 'có phải đóng tiền hằng tháng không', 'service-elderly').allowance).toBe(false);
  });
});

/** The emergency number a reply puts first. */
function firstNumberOf(replies: Reply[]): string | undefined {
  return (replies[0]?.text ?? '').slice(0, 400).match(/\b11[1345]\b/)?.[0];
}

/**
 * Each [first, then, number]: the first message gets `outcome`, the second the emergency reply with `number` first;
 * each [first, then] without a number: the second gets no emergency reply. Session 27's conversation dangers.
 */
async function expectCrisisAfter(outcome: string, cases: ReadonlyArray<readonly [string, string, string]>) {
  for (const [first, then, number] of cases) {
    const c = conversation();
    await c.say(first);
    expect(c.last()?.outcome, first).toBe(outcome);
    const replies = await c.say(then);
    expect(c.last(), then).toEqual({ outcome: 'crisis', id: 'emergency' });
    expect(firstNumberOf(replies), then).toBe(number);
  }
}

async function expectNoCrisisAfter(cases: ReadonlyArray<readonly [string | undefined, string]>) {
  for (const [first, then] of cases) {
    const c = conversation();
    if (first) await c.say(first);
    await c.say(then);
    expect(c.last()?.outcome, then).not.toBe('crisis');
  }
}

describe('the one harmed in a disclosure placed with the doer now, session 27', () => {
  const abusedGirl = 'con gái em 9 tuổi bị dượng sờ soạng nhiều lần, em mới biết';
  const beatenBoy = 'cháu tôi 12 tuổi hay bị bố nó đánh';

  it('is danger now, with the situation of the disclosure and its own number first (111 for a child)', async () => {
    const cases: Array<[string, string, string]> = [
      [abusedGirl, 'hiện giờ cháu đang ở chung nhà với ông ta', '111'],
      [beatenBoy, 'mẹ đi làm, nó đang ở một mình với bố nó', '111'],
      ['chị tôi bị anh rể đánh nhiều lần, bầm tím hết', 'tối nay chị ấy ở nhà một mình với lão', '113'],
      ['chồng em hay đánh em', 'giờ em đang ở nhà với hắn', '113'],
      ['my stepfather abused me when I was a child', 'I am alone with him now', '111'],
    ];
    await expectCrisisAfter('disclosure', cases);
  });

  it('not with someone safe, denied, later, told safe, alone with nobody, or after an ordinary answer', async () => {
    const cases: Array<[string | undefined, string]> = [
      [abusedGirl, 'giờ con bé đang ở với bà ngoại'],
      [abusedGirl, 'nó không còn ở với hắn nữa'],
      ['chồng em hay đánh em', 'mai em phải ở với ổng'],
      [beatenBoy, 'giờ nó ở với em, an toàn rồi'],
      [beatenBoy, 'nó đang ở nhà một mình'],
      ['ông nội tôi 80 tuổi có được trợ cấp không', 'giờ ông đang ở một mình với bà'],
    ];
    await expectNoCrisisAfter(cases);
  });
});

describe('"which number do I call" right after an English emergency reply, session 27', () => {
  it("gives that emergency's numbers again, its own first", async () => {
    const cases: Array<[string, string, string]> = [
      ['My friend says she will kill herself tonight', 'Which number do I call?', '115'],
      ['My neighbour is beating his wife right now, she is screaming', 'OK, what number should I call?', '113'],
      ['A man is dragging a girl into his car outside', 'Who do I call?', '113'],
      ['My little brother swallowed bleach just now', 'what number do I call?', '115'],
      ['my husband is hitting me right now', 'who should I call', '113'],
    ];
    await expectCrisisAfter('crisis', cases);
  });

  // Session 28 (issue 10): an English emergency that names a Vietnamese place or quotes a Vietnamese word is answered
  // in English, so its "which number" follow-up is heard as one too.
  it('also after an English emergency that names a Vietnamese place or quotes a Vietnamese word', async () => {
    const cases: Array<[string, string, string]> = [
      ['My neighbour in Bình Thạnh is beating his wife right now, she is screaming', 'Which number do I call?', '113'],
      ["my cousin texted 'cứu em' and says a man will not let her leave his room", 'who do I call', '113'],
    ];
    await expectCrisisAfter('crisis', cases);
  });

  it('not alone, after an ordinary answer or a disclosure, or with more asked than the number', async () => {
    const cases: Array<[string | undefined, string]> = [
      [undefined, 'Which number do I call?'],
      ['How much is the elderly allowance?', 'Which number do I call?'],
      ['my stepfather abused me when I was a child', 'Which number do I call?'],
      ['My friend says she will kill herself tonight', 'which number do I call tomorrow for counselling'],
      ['My friend says she will kill herself tonight', 'which number do I call for allowance papers'],
    ];
    await expectNoCrisisAfter(cases);
  });
});

/** A session store that counts the writes of the conversation context. */
class CountingSessions extends MemorySessionStore {
  contextWrites = 0;

  override async set(key: string, value: JsonValue, ttlMs?: number): Promise<void> {
    if (key.startsWith('context:')) this.contextWrites++;
    return super.set(key, value, ttlMs);
  }
}

/** A text, a button or a command, without the person (the test's). */
type Sent =
  | { kind: 'text'; text: string }
  | { kind: 'button'; payload: string }
  | { kind: 'command'; command: string; args: string };

describe('the conversation context is written once per message, session 28', () => {
  const counted = () => {
    const sessions = new CountingSessions();
    const bot = createBot({ knowledge: () => kb, engine: DEFAULT_ENGINE_CONFIG, logger: silentLogger(), sessions });
    const user = testUser();
    const writesOf = async (incoming: Sent) => {
      const before = sessions.contextWrites;
      await bot.handle({ ...incoming, user } as Incoming);
      return sessions.contextWrites - before;
    };
    const context = () => sessions.get(`context:terminal:${user.chatId}:${user.userId}`);
    return { writesOf, context };
  };
  const say = (text: string) => ({ kind: 'text' as const, text });

  it('once for an answer and its follow-ups, which note the entry shown after deciding', async () => {
    const c = counted();
    for (const text of ['me toi 78 tuoi ko co luong huu thi co duoc tro cap khong', 'can giay to gi', 'o dau'])
      expect(await c.writesOf(say(text)), text).toBe(1);
    // The one write holds both changes: the topic decided and the entry shown.
    expect(await c.context()).toMatchObject({ topic: 'apply-social-allowance', shown: 'apply-social-allowance' });
    expect(await c.writesOf({ kind: 'button', payload: 'e:hotline' })).toBe(1);
  });

  it('once for a message still about an emergency, and once for a danger told over', async () => {
    const stroke = counted();
    expect(await stroke.writesOf(say('ba em bị đột quỵ 2 năm trước, giờ đau ngực dữ dội, khó thở'))).toBe(1);
    expect(await stroke.writesOf(say('giờ làm gì'))).toBe(1);
    expect(await stroke.context()).toMatchObject({ danger: true, dangerOf: { situation: 'medical' } });
    const knife = counted();
    expect(await knife.writesOf(say('chồng tôi đang cầm dao đòi giết tôi'))).toBe(1);
    expect(await knife.writesOf(say('ổng đi rồi, em an toàn rồi'))).toBe(1);
    const after = await knife.context();
    expect(after).toMatchObject({ topic: 'service-violence', shown: 'service-violence' });
    expect(after).not.toHaveProperty('danger');
  });

  it('not at all for a message that changes nothing, and not after /xoadulieu deleted it', async () => {
    const c = counted();
    expect(await c.writesOf(say('thời tiết mai thế nào'))).toBe(0);
    await c.writesOf(say('me toi 78 tuoi ko co luong huu thi co duoc tro cap khong'));
    expect(await c.writesOf({ kind: 'command', command: 'xoadulieu', args: '' })).toBe(0);
    expect(await c.context()).toBeUndefined();
  });
});

describe('a follow-up that names business of its own, session 28', () => {
  it('is not offered the topic: the engine’s own reading (no information yet) stands', async () => {
    // The first turns' topics: the application, then the training.
    await expectSecondTurns([
      ['trợ cấp xã hội cho ai', 'giấy ủy quyền bán nhà làm ở đâu', null],
      ['trợ cấp xã hội cho ai', 'giấy phép xây nhà xin ở đâu', null],
      ['trung tâm có mở lớp tập huấn không', 'thi chứng chỉ tiếng Anh đăng ký ở đâu', null],
      ['trung tâm có mở lớp tập huấn không', 'học lái xe máy mất bao lâu', null],
    ]);
  });

  it('still offers the topic for a question in its own words, or one that leaves the subject out', async () => {
    await expectOfferedFirst([
      // The classifier reads it alone as out of scope, but the poverty services' answer names the policy bank.
      ['hộ nghèo được hỗ trợ gì', 'vay vốn ngân hàng chính sách thì sao', 'service-poverty'],
      ['trung tâm có mở lớp tập huấn không', 'có cấp chứng chỉ không', 'training'],
      ['trợ cấp xã hội cho ai', 'mất giấy thì sao', 'apply-social-allowance'],
    ]);
  });
});

describe('the center named as "bên này", "bên mình", "chỗ này", session 28', () => {
  it('answers what the center does, after a topic or alone', async () => {
    const overview = 'services-overview';
    await expectSecondTurns([
      ['người cao tuổi được trợ cấp bao nhiêu', 'vậy bên mình lo chi', overview],
      ['trung tâm có dạy nghề không', 'thế chỗ này hỗ trợ cái gì', overview],
      ['làm giấy xác nhận khuyết tật ở đâu', 'rứa bên ni làm được những gì', overview],
      ['chào bạn', 'bên bạn lo gì vậy', overview],
    ]);
    expect(readFollowUp(kb, 'bên này làm gì').centerWork).toBe(true);
  });

  it('only beside what it does: a place, or a group, is not the overview', async () => {
    const c = conversation();
    await c.say('bên mình có hỗ trợ người khuyết tật không');
    expect(c.last()?.id).toBe('service-disability');
    expect(readFollowUp(kb, 'bên này ở đâu').centerWork).toBe(false);
    expect(readFollowUp(kb, 'bên mình hỗ trợ gì cho người khuyết tật').centerWork).toBe(false);
    expect(readFollowUp(kb, 'bên ad làm gì').centerWork).toBe(false);
  });
});

describe('"cam on" right after an emergency reply, session 28', () => {
  const knife = 'chồng tôi đang cầm dao đòi giết tôi';
  const safeReply = () => kb.safeguarding.text.safe_reply.replace('{center.hotline}', kb.center.hotline);

  it('is a thanks typed without accents, not "ổn": the goodbye, as "cảm ơn" with accents gets, not the safe reply', async () => {
    for (const text of ['cam on ad', 'cam on ban nhieu', 'cam on da tra loi minh', 'ok cam on', 'cảm ơn ad']) {
      const c = conversation();
      await c.say(knife);
      const replies = await c.say(text);
      expect(replies[0]?.text, text).not.toBe(safeReply());
      expect(c.last(), text).toEqual({ outcome: 'answer', id: 'greeting' });
    }
  });

  it('still hears "ổn" typed without accents beside a thanks', async () => {
    for (const text of ['e on roi, cam on', 'cam on, ba em on roi']) {
      const c = conversation();
      await c.say(knife);
      const replies = await c.say(text);
      expect(replies[0]?.text, text).toBe(safeReply());
    }
  });
});

describe('what comes after the danger, right after an emergency reply, session 28', () => {
  const knife = 'chồng tôi đang cầm dao đòi giết tôi';
  const sold = 'em gái tôi bị bán sang Trung Quốc, giờ đang bị nhốt, họ không cho về';

  it("answers with the situation's service, not a did-you-mean or no information", async () => {
    const cases: Array<[string, string, string]> = [
      [knife, 'sau vụ này tôi muốn được tư vấn lâu dài thì tìm ai', 'service-violence'],
      [knife, 'mai tôi muốn đi gặp người tư vấn thì đến đâu', 'service-violence'],
      [knife, 'sau chuyện này mẹ con tôi có nơi nào ở tạm không', 'service-violence'],
      [knife, 'lâu dài thì tôi nên làm gì', 'service-violence'],
      [sold, 'sau này nó về rồi có chỗ nào cho nó ở tạm không', 'service-trafficking'],
      [sold, 'sau khi đón được em về thì có ai hỗ trợ tâm lý cho nó không', 'service-trafficking'],
    ];
    for (const [danger, after, id] of cases) {
      const c = conversation();
      await c.say(danger);
      expect(c.last()?.outcome, danger).toBe('crisis');
      await c.say(after);
      expect(c.last(), after).toEqual({ outcome: 'answer', id });
    }
  });

  it('keeps the emergency for what to do now, and reads nothing after an ordinary answer', async () => {
    for (const now of ['giờ tôi phải làm gì', 'giờ em gọi số nào', 'ổng vẫn đứng ngoài cửa', 'em sợ quá', 'giờ sao']) {
      const c = conversation();
      await c.say(knife);
      await c.say(now);
      expect(c.last(), now).toEqual({ outcome: 'crisis', id: 'emergency' });
    }
    const c = conversation();
    await c.say('trung tâm có hỗ trợ nạn nhân bạo lực gia đình không');
    await c.say('sau này tôi muốn học nghề thì sao');
    expect(c.last()?.id).not.toBe('service-violence');
  });
});

describe('after the greeting, the engine’s own offer first, session 28', () => {
  it('puts what the engine offers before the greeting, which answered nothing to go on with', async () => {
    await expectOfferedFirst([
      ['chào ad', 'mình hỏi được những chuyện gì', 'bot-help'],
      ['chào ad', 'em muốn hỏi về trợ cấp', 'apply-social-allowance'],
      ['hello ad', 'ad giúp mình được những gì', 'services-overview'],
    ]);
  });

  // Issue 11: a hail is answered with the greeting's invitation to ask, never offered.
  it('answers a hail the engine offers nothing for with the greeting', async () => {
    const c = conversation();
    await c.say('chào bạn');
    await c.say('hỏi chút');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'greeting' });
  });
});

describe('small talk leaves the conversation as it was, session 28 round 2', () => {
  const allowance = 'ba toi 80 tuoi co duoc tro cap khong';
  const knife = 'chồng tôi đang cầm dao đòi giết tôi';

  it('keeps the topic through a thanks, an "ok", a thumbs up or a goodbye', async () => {
    for (const small of ['ok cảm ơn nhiều', 'oke', '👍', 'vâng ạ', 'cam on ad nhieu', 'tạm biệt nha']) {
      const c = conversation();
      await c.say(allowance);
      expect(c.last(), small).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
      await c.say(small);
      expect(c.last(), small).toEqual({ outcome: 'answer', id: 'greeting' });
      await c.say('cần giấy tờ gì');
      expect(c.last(), small).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
    }
  });

  it('asks the earlier question for a new group right after a thanks, not the greeting', async () => {
    const c = conversation();
    await c.say('người cao tuổi được trợ cấp bao nhiêu tiền một tháng');
    await c.say('ok cảm ơn nhiều');
    await c.say('vậy còn người khuyết tật thì sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('keeps the danger through a thanks: what to do now is still the emergency', async () => {
    for (const thanks of ['cảm ơn', 'cam on ad', 'ok']) {
      const c = conversation();
      await c.say(knife);
      await c.say(thanks);
      await c.say('giờ em phải làm sao');
      expect(c.last(), thanks).toEqual({ outcome: 'crisis', id: 'emergency' });
    }
  });

  it('still lets a hello start over, and a real question after the thanks keeps its own answer', async () => {
    const hello = conversation();
    await hello.say(allowance);
    await hello.say('chào bạn');
    await hello.say('còn người khuyết tật thì sao');
    expect(hello.last()?.id).not.toBe('allowance-amount');
    const asked = conversation();
    await asked.say(knife);
    await asked.say('cảm ơn');
    await asked.say('trung tâm có dạy nghề may không');
    expect(asked.last()?.outcome).not.toBe('crisis');
  });
});

describe('a thanks that says what it is for, session 28 round 2', () => {
  const thanksReply = (english: boolean) =>
    english ? kb.ui.small_talk.thanks.reply_en : kb.ui.small_talk.thanks.reply;

  it('closes with the short thanks reply and keeps the topic, instead of offering the topic', async () => {
    const cases: Array<[string, boolean]> = [
      ['Ok, thank you for your help.', true],
      ['thanks a lot for explaining all that', true],
      ['ok cảm ơn vì đã giải thích kỹ cho em', false],
      ['cảm ơn bạn đã chỉ dẫn tận tình nha', false],
      ['dạ cảm ơn ad đã trả lời sớm', false],
    ];
    for (const [text, english] of cases) {
      const c = conversation();
      await c.say('trung tâm có hỗ trợ nạn nhân mua bán người không');
      expect(c.last()?.id, text).toBe('service-trafficking');
      const replies = await c.say(text);
      expect(c.last(), text).toEqual({ outcome: 'answer', id: 'greeting' });
      expect(replies[0]?.text.startsWith(thanksReply(english).slice(0, 20)), text).toBe(true);
      await c.say('có giữ bí mật không');
      expect(c.last()?.id, text).toBe('service-trafficking');
    }
  });

  it('not when the thanks comes with a question', async () => {
    const questions = [
      'cảm ơn, cho hỏi thêm trợ cấp người già bao nhiêu',
      'cảm ơn nhưng mẹ em có được nhận không',
      'thank you, where do I sign up?',
      'cảm ơn, nộp hồ sơ ở đâu',
      'thanks, and how long does it take',
    ];
    for (const text of questions) {
      const c = conversation();
      await c.say('người cao tuổi được trợ cấp bao nhiêu tiền một tháng');
      await c.say(text);
      expect(c.last()?.id, text).not.toBe('greeting');
    }
  });
});

describe("another agency's cue said with a word inside it, session 28 round 2", () => {
  it('refers the question to that agency instead of offering the topic', async () => {
    const cases: Array<[string, string]> = [
      ['xét nghiệm HIV miễn phí ở đâu', 'nếu bị thì điều trị bằng thuốc ARV ở đâu'],
      ['ba toi 80 tuoi co duoc tro cap khong', 'điện nhà ông bị cắt thì báo ai'],
      ['trung tâm có nhận nuôi người già không', 'làm lại cái sổ đỏ cho cụ ở đâu'],
      ['trung tâm có giúp hộ nghèo không', 'nước nhà em bị cắt rồi thì gọi ai'],
      ['con tôi bị khuyết tật có được trợ cấp không', 'cháu muốn chuyển sang trường khác thì làm sao'],
    ];
    for (const [first, asked] of cases) {
      expect((await lastTurn(first))?.outcome, first).toBe('answer');
      expect(await lastTurn(first, asked), asked).toEqual({ outcome: 'referral', id: null });
    }
  });

  it('not for a statement, a question of the topic, or a cue the topic itself says', async () => {
    const cases: Array<[string, string, string]> = [
      ['trung tâm có hỗ trợ nạn nhân mua bán người không', 'chị ấy bị mất hết giấy tờ', 'service-trafficking'],
      ['xét nghiệm HIV miễn phí ở đâu', 'có cần mang giấy tờ gì không', 'service-hiv'],
      ['ba toi 80 tuoi co duoc tro cap khong', 'cần giấy tờ gì', 'apply-social-allowance'],
      ['ba toi 80 tuoi co duoc tro cap khong', 'mỗi tháng được bao nhiêu', 'allowance-amount'],
      ['trung tâm có nhận nuôi người già không', 'chi phí mỗi tháng bao nhiêu', 'service-residential-care'],
    ];
    for (const [first, asked, id] of cases) expect((await lastTurn(first, asked))?.id, asked).toBe(id);
  });
});

describe('a question after a thanks is answered, not thanked (issue 11)', () => {
  const allowance = 'ba toi 80 tuoi co dc tro cap ko';

  it('reads "cảm ơn, vậy ai xét" as the follow-up "vậy ai xét" would be read, not as a thanks', async () => {
    const cases: Array<[string, string]> = [
      ['cảm ơn, vậy ai xét', 'vậy ai xét'],
      ['cảm ơn, ai ký giấy', 'ai ký giấy'],
      ['ok cảm ơn, mà ai duyệt hồ sơ vậy', 'mà ai duyệt hồ sơ vậy'],
    ];
    for (const [thanked, bare] of cases) {
      const plain = conversation();
      await plain.say(allowance);
      const expected = await plain.say(bare);
      const c = conversation();
      await c.say(allowance);
      const replies = await c.say(thanked);
      expect(c.last()?.id, thanked).not.toBe('greeting');
      expect(c.last(), thanked).toEqual(plain.last());
      expect(replies[0]?.text, thanked).toBe(expected[0]?.text);
    }
  });

  it('keeps the short thanks reply for a thanks that tells of someone', async () => {
    for (const text of [
      'cảm ơn ai đó đã giúp mình',
      'cảm ơn bạn, ai cũng tốt',
      'cam on ban, chang ai tan tinh nhu ban',
    ]) {
      const c = conversation();
      await c.say(allowance);
      const replies = await c.say(text);
      expect(c.last(), text).toEqual({ outcome: 'answer', id: 'greeting' });
      expect(replies[0]?.text.startsWith(kb.ui.small_talk.thanks.reply.slice(0, 20)), text).toBe(true);
    }
  });
});

describe('"nhiêu" alone asks how much, session 29', () => {
  it('reads "nhiêu" without "bao" as the amount, and "nhieu tien" typed without accents', () => {
    for (const text of ['vậy được nhiêu', 'mỗi tháng nhiêu vậy', 'nhiêu tiền một tháng', 'vay nhieu tien']) {
      const reading = readFollowUp(kb, text, 'elderly-allowance');
      expect(reading.aspect, text).toBe('amount');
      expect(reading.followUp, text).toBe(true);
    }
  });

  it('leaves "nhiều" (much) alone: a thanks, many people', () => {
    expect(readFollowUp(kb, 'ok cảm ơn nhiều', 'elderly-allowance').aspect).toBeNull();
    expect(readFollowUp(kb, 'cam on nhieu nha', 'elderly-allowance').aspect).toBeNull();
    expect(readFollowUp(kb, 'có nhiều người cùng nhận được không', 'elderly-allowance').aspect).not.toBe('amount');
  });

  it('answers "rứa được nhiêu" after the disability certificate with the amount the topic sends it to', async () => {
    const c = conversation();
    await c.say('thủ tục xin giấy chứng nhận khuyết tật');
    expect(c.last()?.id).toBe('disability-registration');
    await c.say('rứa được nhiêu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
    const d = conversation();
    await d.say('ông tôi 85 tuổi có được tiền người già không');
    await d.say('vậy một tháng nhiêu');
    expect(d.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });
});

describe('an approximate quantity ("khoảng bao nhiêu", "chừng mấy ngày"), session 29', () => {
  it('reads "khoảng", "tầm", "chừng" right before a quantity as naming nothing new', () => {
    for (const text of ['vậy được hỗ trợ khoảng bao nhiêu tiền', 'tầm bao lâu thì xong', 'chừng mấy ngày thì xong'])
      expect(readFollowUp(kb, text, 'emergency-assistance').followUp, text).toBe(true);
    // Elsewhere "tâm" is a word of its own ("tư vấn tâm lý"): only right before a quantity is it "tầm".
    expect(readFollowUp(kb, 'có tư vấn tâm lý cho bé không', 'emergency-assistance').followUp).toBe(false);
  });

  it('keeps "khoảng bao nhiêu tiền" on the emergency aid and "chừng mấy ngày" on the certificate', async () => {
    const c = conversation();
    await c.say('nhà bị bão tốc mái hết, có được hỗ trợ khẩn cấp không');
    expect(c.last()?.id).toBe('emergency-assistance');
    await c.say('vậy được hỗ trợ khoảng bao nhiêu tiền');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'emergency-assistance' });
    const d = conversation();
    await d.say('làm giấy xác nhận khuyết tật cho con tôi ở đâu');
    await d.say('chừng mấy ngày thì xong');
    expect(d.last()).toEqual({ outcome: 'answer', id: 'disability-registration' });
  });
});

describe('a turn to another person, with what is said about them (session 30)', () => {
  it('asks the allowance again for the person turned to, whatever the details make the engine hear', async () => {
    const cases: Array<[string, string, string]> = [
      // An older age in bare digits right after the person, and a household the engine hears as the poverty services.
      [
        'bố tôi 82 tuổi không có lương hưu, có được trợ cấp không',
        'Còn bà ngoại em 75, nhà thuộc hộ nghèo thì sao ạ',
        'elderly-allowance',
      ],
      // A disability the engine hears as the disability services, and a detail the ordinary reading cannot place.
      [
        'bố tôi 82 tuổi không có lương hưu, có được trợ cấp không',
        'còn chú em bị điếc từ nhỏ, giờ sống một mình thì sao',
        'eligibility-social-allowance',
      ],
      // After the amount, a person described asks whether they qualify, not the amount again.
      ['mức trợ cấp xã hội hằng tháng bao nhiêu', 'còn bố em 68 mà không có ai nuôi thì sao', 'elderly-allowance'],
      [
        'mức trợ cấp xã hội hằng tháng bao nhiêu',
        'vậy còn mẹ em 66 tuổi, nhà cận nghèo, có được không ạ',
        'elderly-allowance',
      ],
    ];
    for (const [first, turn, expected] of cases) {
      const c = conversation();
      await c.say(first);
      await c.say(turn);
      expect(c.last(), turn).toEqual({ outcome: 'answer', id: expected });
    }
  });

  it('leaves a turn that asks another agency or another topic to the engine', async () => {
    const c = conversation();
    await c.say('bố tôi 82 tuổi không có lương hưu, có được trợ cấp không');
    await c.say('còn mẹ em mất căn cước thì làm lại ở đâu');
    expect(c.last()).toEqual({ outcome: 'referral', id: null });
    await c.say('bố tôi 82 tuổi không có lương hưu, có được trợ cấp không');
    await c.say('thế còn vợ chồng em hay cãi nhau thì tư vấn ở đâu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'service-family' });
  });

  it('asks a service for the person turned to when nothing else places the turn', async () => {
    const c = conversation();
    await c.say('muốn làm giấy xác nhận khuyết tật cho con thì làm sao');
    await c.say('còn ông nội em 71 bị liệt một bên thì có làm được không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'disability-registration' });
  });
});

describe('a rise asked as yes or no ("có được tăng không"), session 30', () => {
  it('reads a rise beside "được … không" as the amount, not whether one qualifies', () => {
    expect(readFollowUp(kb, 'vậy có được tăng không', 'allowance-amount').aspect).toBe('amount');
    expect(readFollowUp(kb, 'rua nam sau co dc tang len ko', 'allowance-amount').aspect).toBe('amount');
    // No rise: "có được … không" still asks whether one qualifies.
    expect(readFollowUp(kb, 'vậy có được nhận không', 'allowance-amount').aspect).toBe('eligibility');
  });

  it('keeps "có được tăng thêm không" on the amount just answered', async () => {
    const c = conversation();
    await c.say('mức trợ cấp xã hội hằng tháng bao nhiêu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
    await c.say('thế có được tăng thêm không ạ');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });
});

describe('the allowance named in a question the engine is unsure of (session 30)', () => {
  it('offers the allowance entry for the aspect asked before the topic that is not about it', async () => {
    const cases: Array<[string, string]> = [
      ['có giấy rồi cháu có được lĩnh tiền hằng tháng không', 'eligibility-social-allowance'],
      ['xong rồi thằng bé được hưởng trợ cấp bao nhiêu vậy', 'allowance-amount'],
    ];
    for (const [question, expected] of cases) {
      const c = conversation();
      await c.say('muốn làm giấy xác nhận khuyết tật cho con thì làm sao');
      expect(c.last()).toEqual({ outcome: 'answer', id: 'disability-registration' });
      const replies = await c.say(question);
      // Offered, never answered: the words beside the allowance may still mean the certificate.
      expect(c.last(), question).toEqual({ outcome: 'did-you-mean', id: expected });
      expect(JSON.stringify(replies)).toContain('disability-registration');
    }
  });

  it("leaves a request that asks nothing, and the bot's own entries, as they were", async () => {
    const c = conversation();
    await c.say('muốn làm giấy xác nhận khuyết tật cho con thì làm sao');
    await c.say('nhắc em lịch nhận trợ cấp của bé');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'subscribe-reminders' });
  });
});

describe('the bare Vietnamese "which number" right after an emergency reply, session 30', () => {
  it("gives that emergency's numbers again, not the hotline's card", async () => {
    const cases: Array<[string, string, string]> = [
      ['chồng chị hàng xóm đang cầm dao đuổi đánh chị ấy ngoài ngõ', 'gọi số nào', '113'],
      ['bo e dang cam dao doa giet me e o duoi nha', 'goi so nao ad', '113'],
      ['ba em bị đột quỵ, giờ đau ngực dữ dội, khó thở', 'gọi số nào ạ', '115'],
      ['nhà em đang cháy, con em kẹt trên lầu', 'vậy gọi số nào', '114'],
      ['bạn em vừa nhắn là muốn chết, giờ gọi không bắt máy', 'em gọi số nào', '115'],
    ];
    await expectCrisisAfter('crisis', cases);
  });

  it('and running there now is acting on the danger', async () => {
    const cases: Array<[string, string, string]> = [
      [
        'ban than e vua dang status tam biet moi nguoi, goi ko bat may, e so no lam dai',
        'nha no o Go Vap, e chay qua dc ko',
        '115',
      ],
    ];
    await expectCrisisAfter('crisis', cases);
  });

  it("not alone, after an ordinary answer, a disclosure or a child's danger (111 first), or with more asked", async () => {
    const cases: Array<[string | undefined, string]> = [
      [undefined, 'gọi số nào'],
      ['Trung tâm có tư vấn tâm lý không ạ?', 'gọi số nào'],
      ['tre lang thang ban ve so khuya o cho', 'goi so nao'],
      ['chau toi 12 tuoi bi thay giao day them sam so, gia dinh phai lam gi', 'goi so nao'],
      ['nhà em đang cháy, con em kẹt trên lầu', 'tổng đài gọi số nào thì mất phí'],
    ];
    await expectNoCrisisAfter(cases);
  });
});

describe("a service the topic sends to another entry, named by that entry's words, session 30", () => {
  const volunteering = 'Tôi muốn làm tình nguyện viên ở trung tâm thì đăng ký thế nào?';

  it('offers the entry that owns the service first (the training after volunteering), the topic after it', async () => {
    for (const then of [
      'có lớp học nào cho người mới không',
      'mình có phải đi lớp học nào trước không',
      'bên đó có lớp học cho người chưa biết gì không',
      'em chưa học qua lớp học nào có sao không',
    ]) {
      const c = conversation();
      await c.say(volunteering);
      expect(c.last(), volunteering).toEqual({ outcome: 'answer', id: 'volunteer' });
      await c.say(then);
      expect(c.last(), then).toEqual({ outcome: 'did-you-mean', id: 'training' });
    }
  });

  it("keeps the topic first when the message names no related entry's words, and its own questions on it", async () => {
    const cases: Array<[string, string, string]> = [
      [volunteering, 'có lớp nào dạy không', 'volunteer'],
      [volunteering, 'có phải học gì trước không', 'volunteer'],
      [volunteering, 'mình muốn góp sức làm thiện nguyện thì sao ta', 'volunteer'],
      ['Chị gái em bị lừa bán sang Trung Quốc vừa về', 'có tư vấn tâm lý không', 'service-trafficking'],
      ['Chị gái em bị lừa bán sang Trung Quốc vừa về', 'chị ấy muốn học nghề thì sao', 'service-trafficking'],
      // A statement about the person, not a service asked for.
      [
        'người cao tuổi không có lương hưu có được trợ cấp không',
        'bà nội em 79 tuổi ở một mình, nhà nghèo',
        'elderly-allowance',
      ],
    ];
    for (const [first, then, id] of cases) {
      const c = conversation();
      await c.say(first);
      await c.say(then);
      expect(c.last()?.id, then).toBe(id);
    }
  });
});

describe("a place asked for a service a situation's service sends to another entry, session 30", () => {
  const rescued = 'Cháu gái tôi bị lừa bán sang Trung Quốc, mới được giải cứu về. Bên mình có giúp được không?';

  it('answers with the entry the engine is sure of and the topic lists as related (learning a trade, counselling)', async () => {
    const cases: Array<[string, string]> = [
      ['có chỗ nào cho cháu học nghề không', 'service-vocational'],
      ['có chỗ nào tư vấn tâm lý không', 'service-mental-health'],
    ];
    for (const [then, id] of cases) {
      const c = conversation();
      await c.say(rescued);
      expect(c.last()?.id, rescued).toBe('service-trafficking');
      await c.say(then);
      expect(c.last(), then).toEqual({ outcome: 'answer', id });
    }
  });

  it('keeps part of the service asked without a place on the topic', async () => {
    for (const then of ['có học nghề được không', 'chị cần tư vấn tâm lý nữa', 'có chỗ ở tạm không']) {
      const c = conversation();
      await c.say(rescued);
      await c.say(then);
      expect(c.last()?.id, then).toBe('service-trafficking');
    }
  });
});

describe('follow-ups of session 31', () => {
  it('turns to a relative named first with "thì sao" last, as "còn" would ("ông nội em 72 ở hộ nghèo thì sao")', async () => {
    const c = conversation();
    await c.say('bao nhieu tuoi thi dc huong tro cap nguoi gia vay ad');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
    // The engine alone hears the poverty services in "hộ nghèo"; the turn asks the allowance again for the grandfather.
    await c.say('ong noi e 72 o ho ngheo thi sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
  });

  it('reads "có tiền hàng tháng không" as whether one qualifies, as "có được tiền … không" is', () => {
    for (const text of ['co giay roi thi chau co tien hang thang ko', 'vậy bé có tiền trợ cấp không ạ']) {
      expect(readFollowUp(kb, text, 'disability-registration').aspect, text).toBe('eligibility');
    }
    // A quantity, or money of another kind, is still the amount.
    expect(readFollowUp(kb, 'bé có tiền hàng tháng bao nhiêu', 'disability-registration').aspect).toBe('amount');
    expect(readFollowUp(kb, 'thế bố mất thì có tiền mai táng không', 'elderly-allowance').aspect).toBe('amount');
  });

  it('sends "có tiền hàng tháng không" after the certificate to who qualifies, not to the amount', async () => {
    const c = conversation();
    await c.say('con toi 6 tuoi bi bai nao, chua co giay xac nhan khuyet tat, gio lam thi bat dau tu dau');
    expect(c.last()?.id).toBe('disability-registration');
    await c.say('co giay roi thi be co tien hang thang ko');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
  });

  it('reads the southern "giùm" as "giúp": "làm giùm được hông" asks how to apply for someone', async () => {
    const reading = readFollowUp(kb, 'làm giùm được hông hay phải bả tự đi', 'elderly-allowance');
    expect(reading).toMatchObject({ aspect: 'apply', followUp: true });
    const c = conversation();
    await c.say('bà nội tui 82 tuổi có được trợ cấp hông');
    expect(c.last()?.id).toBe('elderly-allowance');
    await c.say('con làm giùm bả được hông');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'apply-social-allowance' });
  });

  it('reads a kind before a degree and going back to the topic as nothing new', async () => {
    expect(readFollowUp(kb, 'loại nặng thì được bao nhiêu', 'eligibility-social-allowance')).toMatchObject({
      aspect: 'amount',
      followUp: true,
    });
    expect(readFollowUp(kb, 'dạng nhẹ thì sao', 'eligibility-social-allowance').followUp).toBe(true);
    const c = conversation();
    await c.say('người khuyết tật nhẹ có được hưởng trợ cấp hàng tháng không');
    expect(c.last()?.id).toBe('eligibility-social-allowance');
    await c.say('giá xăng hôm nay bao nhiêu');
    await c.say('thôi quay lại, loại đặc biệt nặng thì được bao nhiêu');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'allowance-amount' });
  });

  it('reads booking ahead ("đặt lịch trước", "đặt trước") as asking for an appointment, the center\'s card (session 32)', async () => {
    for (const text of [
      'có phải đặt lịch trước không chị',
      'phải đặt lịch trước không',
      'muốn đến thì có cần đặt trước không',
    ]) {
      expect(readFollowUp(kb, text, 'service-autism'), text).toMatchObject({ aspect: 'time', followUp: true });
    }
    const c = conversation();
    await c.press('e:service-autism');
    await c.say('có phải đặt lịch trước không chị');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'center-contact' });
    const family = conversation();
    await family.press('e:service-family');
    await family.say('phải đặt trước không ạ');
    expect(family.last()).toEqual({ outcome: 'answer', id: 'center-contact' });
  });

  it('reads "được nhận tiền hàng tháng không" as whether one gets the allowance, as "có tiền … không" (session 32)', async () => {
    for (const text of ['bố được nhận tiền hàng tháng không', 'vậy mẹ em có nhận tiền trợ cấp không ạ']) {
      expect(readFollowUp(kb, text, 'disability-registration'), text).toMatchObject({ aspect: 'eligibility' });
    }
    // A quantity asked, or money of another kind, is still the amount.
    expect(readFollowUp(kb, 'được nhận tiền hàng tháng bao nhiêu', 'disability-registration').aspect).toBe('amount');
    expect(readFollowUp(kb, 'được nhận tiền mai táng không', 'disability-registration').aspect).toBe('amount');
    const c = conversation();
    await c.press('e:disability-registration');
    await c.say('có giấy rồi thì bố được nhận tiền hàng tháng không');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'eligibility-social-allowance' });
  });

  it('reads "đủ" and an older age in bare digits as that age ("chừng nào đủ 80 thì sao", session 32)', async () => {
    for (const text of ['vậy chừng nào đủ 80 thì sao', 'mẹ em chưa đủ 75', 'đủ 80 rồi thì sao ạ']) {
      expect(readFollowUp(kb, text, 'elderly-allowance').who, text).toBe('elderly');
    }
    // A count or an amount after the number is no age.
    expect(readFollowUp(kb, 'đủ 60 người thì sao', 'elderly-allowance').who).toBeNull();
    expect(readFollowUp(kb, 'đủ 80 nghìn không', 'elderly-allowance').who).toBeNull();
    const c = conversation();
    await c.say('ba chồng em 78 tuổi, nhà nghèo, không có lương hưu, có được trợ cấp không');
    expect(c.last()?.id).toBe('elderly-allowance');
    await c.say('vậy chừng nào đủ 80 thì sao');
    expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
  });
});

describe('a new concern of another kind right after an emergency reply, session 37 (issue 10)', () => {
  const checkIn = kb.ui.concern_check_in;

  it("answers a worry of its own kind with that worry's check-in, and keeps the danger for the next message", async () => {
    const cases: Array<[string, string]> = [
      ['chong toi dang cam dao doa giet toi', 'em 16 tuoi co thai'],
      ['chồng tôi đang cầm dao dọa giết tôi', 'dạo này em buồn lắm'],
      ['bố em đang cầm gậy đánh mẹ em', 'mấy tháng nay em buồn lắm'],
    ];
    for (const [danger, worry] of cases) {
      const c = conversation();
      const first = await c.say(danger);
      expect(c.last(), danger).toEqual({ outcome: 'crisis', id: 'emergency' });
      const replies = await c.say(worry);
      expect(c.last()?.outcome, worry).toBe('fallback');
      expect(replies[0]?.text, worry).not.toBe(first[0]?.text);
      // The check-in names 113 already, so no line comes before it.
      expect(replies[0]?.text, worry).toBe(checkIn);
      // The danger is still held: whom to call now gets the emergency numbers.
      const call = await c.say('giờ em gọi số nào');
      expect(c.last(), worry).toEqual({ outcome: 'crisis', id: 'emergency' });
      expect(call[0]?.text.startsWith('113'), worry).toBe(true);
    }
  });

  it("puts the danger's first number first when the check-in does not name it, in the danger's language", async () => {
    const bare = { ...kb, ui: { ...kb.ui, concern_check_in: 'Mình muốn chắc rằng bạn ổn.' } };
    const bot = createBot({
      knowledge: () => bare,
      engine: DEFAULT_ENGINE_CONFIG,
      logger: silentLogger(),
      sessions: new MemorySessionStore({ clock: () => 1_000_000 }),
    });
    const user = testUser();
    await bot.handle({ kind: 'text', user, text: 'chồng tôi đang cầm dao dọa giết tôi' });
    const replies = await bot.handle({ kind: 'text', user, text: 'em 16 tuổi có thai' });
    expect(replies[0]?.text).toBe(`${kb.ui.danger_still.replace('{number}', '113')}\nMình muốn chắc rằng bạn ổn.`);
  });

  it('keeps the emergency reply for a message that goes on telling the danger, fear and a low mood told together included', async () => {
    const cases: Array<[string, string]> = [
      ['chồng tôi đang cầm dao dọa giết tôi', 'nó vẫn đang ở ngoài cửa'],
      ['chong toi dang cam dao doa giet toi', 'em sợ lắm'],
      ['chồng tôi đang cầm dao dọa giết tôi', 'e ko dám ra'],
      ['chồng em đang đánh em, em trốn trong phòng', 'em có thai, em sợ lắm'],
    ];
    for (const [danger, after] of cases) {
      const c = conversation();
      const first = await c.say(danger);
      const again = await c.say(after);
      expect(c.last(), after).toEqual({ outcome: 'crisis', id: 'emergency' });
      expect(again[0]?.text, after).toBe(first[0]?.text);
    }
  });
});

describe('a turn to another person that ends with an age line, session 43 (issue 11)', () => {
  const opening = 'Ông ngoại em năm nay 86 tuổi, ổng có được tiền người già hông ad?';
  for (const turn of [
    'bả ngoại em 79 thì sao, chưa tới 80',
    'mẹ em 78 thì sao, chưa đủ 80 tuổi ạ',
    'bà nội em 79 thì sao, sắp 80',
  ])
    it(`"${turn}" after the elderly allowance asks it again for that person`, async () => {
      const c = conversation();
      await c.say(opening);
      expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
      await c.say('giấy tờ cần mang theo gì');
      await c.say(turn);
      expect(c.last()).toEqual({ outcome: 'answer', id: 'elderly-allowance' });
    });
});
