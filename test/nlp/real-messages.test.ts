/**
 * Messages as people really write them, through the real bot: long stories
 * with the question at the end, greetings around a question, emoji, regional
 * particles, questions about the bot itself, and English.
 */
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/message.ts';
import { findAnswer } from '../../src/nlp/engine.ts';
import { MAX_INPUT_CHARS, tokenize } from '../../src/text/normalize.ts';
import { focusOfMessage } from '../../src/nlp/sentences.ts';
import { payloadsOf, realBot, realKnowledge, testUser } from '../helpers/kb.ts';

const kb = realKnowledge();
const bot = realBot();
let people = 0;
/** Each message from a new person: these are first messages, with no conversation before them. */
const say = (text: string): Promise<Reply[]> => {
  people++;
  return bot.handle({
    kind: 'text',
    user: { ...testUser(), chatId: `person-${people}`, userId: `person-${people}` },
    text,
  });
};
const entryAnswer = (id: string): string => kb.entries.get(id)?.answer ?? `(no entry ${id})`;

/** A story with no topic of its own, about 400 characters a round. */
const STORY =
  'Em tên là Lan, nhà em ở một thôn nhỏ ven biển. Bố em mất sớm từ năm em mười tuổi, một mình mẹ nuôi ba chị em ăn học bằng nghề đan lưới và bán cá ngoài chợ. ' +
  'Mấy năm nay mẹ yếu đi nhiều, chân đau không đi chợ được nữa, các em em đều đã đi làm công nhân ở xa, mỗi tháng gửi về được ít tiền. ' +
  'Em lấy chồng ở xã bên, chiều nào cũng tranh thủ về nấu cơm cho mẹ, nhưng nhà chồng cũng đông con nên em không giúp được nhiều. ';

describe('long messages', () => {
  it('answers the question at the end of a long life story, without a "too long" notice', async () => {
    const text = `${STORY.repeat(3)}Giờ em muốn gọi điện để được tư vấn thì số tổng đài miễn phí là số nào ạ?`;
    expect(text.length).toBeGreaterThan(1_200);
    const replies = await say(text);
    expect(replies[0]?.text).toBe(entryAnswer('hotline'));
    expect(replies.map((r) => r.text)).not.toContain(kb.ui.long_message);
  });

  it('reads a short question with the sentence before it, which says who it is about', () => {
    const text = `${STORY.repeat(2)}Mẹ em năm nay 76 tuổi, không có lương hưu, cũng không có bảo hiểm xã hội gì. Vậy mẹ em có được nhận tiền hằng tháng không?`;
    expect(findAnswer(kb, text).entryId).toBe('elderly-allowance');
  });

  it('prefers the sentence with a question mark over statements that happen to hold "không"', () => {
    const focus = focusOfMessage(`${STORY.repeat(2)}Cho em hỏi tổng đài tư vấn là số mấy?`, kb.lexicon);
    expect(focus).toContain('tổng đài tư vấn là số mấy?');
    expect(focus).not.toContain('đan lưới');
    expect(focus.length).toBeLessThanOrEqual(600);
  });

  it('still tells the person when a message is longer than the engine reads', async () => {
    const text = `${STORY.repeat(11)}Cho em hỏi số tổng đài?`;
    expect(text.length).toBeGreaterThan(MAX_INPUT_CHARS);
    const replies = await say(text);
    expect(replies[0]?.text).toBe(kb.ui.long_message);
  });

  it('hears danger anywhere in a long story, before any answer', async () => {
    const text = `${STORY.repeat(3)}Tối nay chồng em đang cầm dao đòi giết em. Cho em hỏi tổng đài số mấy?`;
    expect(findAnswer(kb, text).outcome).toBe('crisis');
    expect((await say(text))[0]?.text).toContain('113');
  });
});

describe('greetings and thanks around a question', () => {
  it.each([
    ['Chào bạn, mẹ tôi 80 tuổi có được trợ cấp không', 'elderly-allowance'],
    ['dạ em chào ad, cho em hỏi tổng đài tư vấn số mấy ạ', 'hotline'],
    ['xin chào, số tổng đài bảo vệ trẻ em là gì? cảm ơn ạ', 'child-protection-hotline'],
    // No question word, but "cho em hỏi" opens a question.
    ['chào ad, cho em hỏi trợ cấp người cao tuổi', 'elderly-allowance'],
  ])('answers the question, not the greeting: %s', async (text, id) => {
    expect((await say(text))[0]?.text).toBe(entryAnswer(id));
  });

  it.each(['dạ em chào ad', 'Chào bạn'])('still greets a greeting alone: %s', async (text) => {
    expect((await say(text))[0]?.text).toBe(entryAnswer('greeting'));
  });

  // Issue 11: a hello that says a question is coming is a hail, invited to ask.
  it.each(['chào ad, em muốn hỏi', 'chao ad, em muon hoi'])('invites the question after a hail: %s', async (text) => {
    expect((await say(text))[0]?.text).toBe(kb.ui.small_talk.hail.reply);
  });

  it.each(['cảm ơn ạ', 'Cảm ơn trung tâm đã giúp đỡ ạ'])('thanks a thanks alone, briefly: %s', async (text) => {
    expect((await say(text))[0]?.text).toBe(kb.ui.small_talk.thanks.reply);
  });
});

describe('emoji as words', () => {
  it('reads crying and thanks emoji as words', () => {
    expect(tokenize('😭😭😭').map((t) => t.text)).toEqual(['buồn']);
    expect(tokenize('ok 👍🏻').map((t) => t.text)).toEqual(['ok', 'ok']);
    expect(tokenize('🙏').map((t) => t.text)).toEqual(['cảm', 'ơn']);
  });

  it('does not raise a crisis on crying emoji alone, but still hears danger next to them', () => {
    expect(findAnswer(kb, '😭').outcome).not.toBe('crisis');
    expect(findAnswer(kb, '😭😭😭😭😭😭').safeguarding?.outcome ?? 'none').not.toBe('danger-now');
    expect(findAnswer(kb, 'chồng em đang đánh em 😭😭 cứu em').outcome).toBe('crisis');
  });
});

describe('particles and regional words', () => {
  it.each([
    ['tiền già nhận ở mô rứa ad', 'elderly-allowance'],
    ['mn ơi tổng đài tư vấn số mấy nghen', 'hotline'],
    ['số tổng đài tư vấn là số mấy dzậy ad', 'hotline'],
    ['tổng đài bảo vệ trẻ em số mấy hen', 'child-protection-hotline'],
    ['trợ cấp người khuyết tật bao nhiêu tiền một tháng nè', 'allowance-amount'],
  ])('%s', (text, id) => {
    const result = findAnswer(kb, text);
    expect(result.outcome).toBe('answer');
    expect(result.entryId).toBe(id);
  });
});

describe('identity and small talk', () => {
  it('answers a message of only crying emoji gently, never as an empty message', async () => {
    for (const text of ['😭😭😭', '😢', '💔💔']) {
      const replies = await say(text);
      expect(replies[0]?.text, text).toBe(kb.ui.feeling_down);
      expect(replies[0]?.text).toContain('1800 1769');
      expect(replies[0]?.buttons?.some((b) => b.kind === 'call')).toBe(true);
      expect(payloadsOf(replies)).toContain(`g:${kb.ui.groups[0]?.id}`);
    }
  });

  it('takes folded hands as thanks and a thumbs-up as an "ok", each with its short reply', async () => {
    for (const text of ['🙏', '🙏🙏 ạ']) expect((await say(text))[0]?.text, text).toBe(kb.ui.small_talk.thanks.reply);
    for (const text of ['👍', 'ok 👍']) expect((await say(text))[0]?.text, text).toBe(kb.ui.small_talk.ack.reply);
  });

  it.each([
    'bạn là ai',
    'ban la ai',
    'bot hay người',
    'có phải người thật không',
    'who are you?',
    'Are you a bot or a human?',
  ])('says what the bot is, with the hotline and the menu: %s', async (text) => {
    const result = findAnswer(kb, text);
    expect(result.outcome).toBe('answer');
    expect(result.crisis).toBe(false);
    expect(result.entryId).toBe('bot-help');
    const replies = await say(text);
    const all = replies.map((r) => r.text).join('\n');
    expect(all).toMatch(/trợ lý tự động|automatic assistant/);
    expect(all).toMatch(/không phải người thật|not a person/);
    expect(all).toContain('1800 1769');
    expect(payloadsOf(replies)).toContain('menu');
  });

  it.each([
    ['alo', 'hello'],
    ['hi', 'hello'],
    ['chào bạn', 'hello'],
    // Issue 11: a hail that asks nothing yet is told the bot is here and invited to ask.
    ['có ai ở đó không', 'hail'],
    ['ok', 'ack'],
    ['oke', 'ack'],
    ['👍', 'ack'],
    ['vâng ạ', 'ack'],
    ['ok bạn nhé', 'ack'],
    ['cảm ơn', 'thanks'],
    ['cam on ban nhieu nha', 'thanks'],
    ['Ok, cảm ơn trợ lý', 'thanks'],
    ['tks ad', 'thanks'],
    ['cảm ơn bạn đã giúp mình nhiều lắm', 'thanks'],
    ['tạm biệt', 'goodbye'],
    ['ok cảm ơn, tạm biệt nhé', 'goodbye'],
    ['bye bye', 'goodbye'],
  ] as const)('answers "%s" as %s, with the menu and never a did-you-mean', async (text, kind) => {
    const result = findAnswer(kb, text);
    expect(result.outcome).toBe('answer');
    expect(result.entryId).toBe('greeting');
    expect(result.smallTalk).toBe(kind === 'hello' ? undefined : kind);
    const replies = await say(text);
    // A hello is told who the bot is; a thanks, a goodbye or an "ok" is not told it again.
    if (kind === 'hello') expect(replies[0]?.text).toContain('trợ lý tự động');
    else expect(replies[0]?.text).toBe(kb.ui.small_talk[kind].reply);
    expect(payloadsOf(replies)).toContain('menu');
  });

  it('answers an English thanks in English', async () => {
    for (const text of ['Thank you so much!', 'Thanks for your help']) {
      const replies = await say(text);
      expect(replies[0]?.text, text).toBe(kb.ui.small_talk.thanks.reply_en);
      expect(replies[0]?.text).toContain('1800 1769');
    }
  });

  it('still answers a real question said with thanks, and danger said with thanks comes first', async () => {
    expect(findAnswer(kb, 'cảm ơn ad, cho em hỏi tổng đài miễn phí số mấy').entryId).toBe('hotline');
    const danger = findAnswer(kb, 'cảm ơn bạn, tạm biệt, mình uống hết lọ thuốc ngủ rồi');
    expect(danger.crisis).toBe(true);
    expect(danger.smallTalk).toBeUndefined();
  });
});

describe('English', () => {
  it("answers with the entry's English answer when it has one, and says the full answer is in Vietnamese", async () => {
    const replies = await say('What is the hotline number?');
    expect(replies[0]?.text).toContain(kb.entries.get('hotline')?.answer_en ?? '(no answer_en)');
    expect(replies[0]?.text).toContain(kb.ui.english_footer);
    expect(replies[0]?.text).toContain('1800 1769');
    const hotline = replies[0]?.buttons?.find((b) => b.kind === 'call' && b.phone === kb.center.hotline_tel);
    expect(hotline?.label).toBe(kb.ui.call_hotline_en);
  });

  it('labels the topics under an English answer in English; each opens its English answer, and the full Vietnamese answer is one tap away', async () => {
    const replies = await say('how much is the social allowance for old people');
    const buttons = replies[0]?.buttons ?? [];
    const labels = buttons.map((b) => b.label);
    expect(labels).toContain(kb.ui.english_full_answer_button);
    expect(labels).toContain(kb.ui.menu_button_en);
    expect(labels).not.toContain(kb.ui.menu_button);
    const topics = buttons.filter((b) => b.kind === 'action' && /^e:.+:en$/.test(b.payload));
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      const id = topic.kind === 'action' ? topic.payload.slice(2, -3) : '';
      expect(topic.label).toBe(kb.entries.get(id)?.title_en);
      const opened = await bot.handle({
        kind: 'button',
        user: testUser(),
        payload: topic.kind === 'action' ? topic.payload : '',
      });
      expect(opened[0]?.text).toContain(kb.entries.get(id)?.answer_en ?? '(no answer_en)');
    }
    const full = buttons.find((b) => b.label === kb.ui.english_full_answer_button);
    const vietnamese = await bot.handle({
      kind: 'button',
      user: testUser(),
      payload: full?.kind === 'action' ? full.payload : '',
    });
    expect(vietnamese[0]?.text).toBe(entryAnswer('elderly-allowance'));
  });

  it('puts the service under an English emergency reply in English, not under its Vietnamese title', async () => {
    const replies = await say('my dad is beating my mom with a stick right now');
    const labels = (replies[0]?.buttons ?? []).map((b) => b.label);
    expect(replies[0]?.text.slice(0, 400)).toContain('113');
    expect(labels).toContain(kb.entries.get('service-violence')?.title_en);
    expect(labels).not.toContain(kb.entries.get('service-violence')?.title);
  });

  it('asks "did you mean" in English, with the hotline button in English', async () => {
    // A vague wording ("social money"): the clearer ones are now answered directly.
    const replies = await say('how can my grandmother get social money');
    const unsure = replies.find((r) => r.text === kb.ui.did_you_mean_en);
    expect(replies.map((r) => r.text)).not.toContain(kb.ui.did_you_mean);
    if (unsure) expect(payloadsOf([unsure]).some((p) => p.startsWith('e:'))).toBe(true);
    const calls = replies.flatMap((r) => r.buttons ?? []).filter((b) => b.kind === 'call');
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call.label).toBe(kb.ui.call_hotline_en);
  });

  it('introduces the bot in English (hotline, emergency numbers, Vietnamese answers) when the entry has no English answer', async () => {
    const replies = await say('How do I register my disabled son, what are the papers?');
    const intro = replies[0]?.text ?? '';
    expect(intro).toBe(kb.ui.english_intro);
    for (const number of ['1800 1769', '113', '115', '111', '114']) expect(intro).toContain(number);
    expect(intro).toContain('Vietnamese');
    expect(intro).toContain('not a person');
  });

  it('gives the English introduction and the menu when nothing matches', async () => {
    const replies = await say('What is the weather like in Ha Long tomorrow?');
    expect(replies[0]?.text).toBe(kb.ui.english_intro);
    expect(replies.map((r) => r.text)).not.toContain(kb.ui.fallback);
    expect(payloadsOf(replies)).toContain(`g:${kb.ui.groups[0]?.id}`);
  });

  it('keeps the English emergency reply for danger in English', async () => {
    const text = 'my husband is beating me right now, please help';
    expect(findAnswer(kb, text).outcome).toBe('crisis');
    const replies = await say(text);
    expect(replies[0]?.text).toContain('113');
    expect(replies[0]?.text).not.toBe(kb.ui.english_intro);
  });

  it('does not take Vietnamese typed without accents for English, though "to", "do", "can", "a" are English words too', () => {
    for (const text of [
      'to can giup do a',
      'cho to hoi cai nay a',
      'me to 80 tuoi co duoc tro cap khong a',
      'do la gi a',
      'a oi cho e hoi so tong dai',
    ]) {
      expect(findAnswer(kb, text).english, text).toBe(false);
    }
    for (const text of [
      'Thank you so much!',
      'How can I contact the center?',
      'What is the weather like in Ha Long tomorrow?',
    ]) {
      expect(findAnswer(kb, text).english, text).toBe(true);
    }
  });

  it('answers Vietnamese in Vietnamese', async () => {
    expect((await say('Số tổng đài tư vấn miễn phí là bao nhiêu?'))[0]?.text).toBe(entryAnswer('hotline'));
  });
});
