import { describe, expect, it } from 'vitest';
import { createBot } from '../../handlers/bot.ts';
import type { Incoming, Reply } from '../../src/core/message.ts';
import { silentLogger } from '../../src/log.ts';
import { Metrics } from '../../src/metrics.ts';
import { DEFAULT_ENGINE_CONFIG } from '../../src/nlp/engine.ts';
import { payloadsOf, realBot, realKnowledge, testUser } from '../helpers/kb.ts';

const kb = realKnowledge();
const bot = realBot();
const user = testUser();
const send = (incoming: Incoming): Promise<Reply[]> => bot.handle(incoming);
const command = (name: string): Promise<Reply[]> => send({ kind: 'command', user, command: name, args: '' });
const press = (payload: string): Promise<Reply[]> => send({ kind: 'button', user, payload });
const say = (text: string): Promise<Reply[]> => send({ kind: 'text', user, text });

describe('handlers', () => {
  it('greets on /start and shows the topic groups and the eligibility check as buttons', async () => {
    const replies = await command('start');
    expect(replies[0]?.text).toContain(kb.center.name);
    expect(payloadsOf(replies)).toEqual([...kb.ui.groups.map((g) => `g:${g.id}`), 'k:s']);
    expect(replies.at(-1)?.buttons?.some((b) => b.kind === 'call' && b.phone === kb.center.hotline_tel)).toBe(true);
  });

  it('browses a group, then opens an entry with its related topics as buttons', async () => {
    const group = kb.ui.groups[0];
    const listing = await press(`g:${group?.id}`);
    expect(payloadsOf(listing)).toEqual([...(group?.entries ?? []).map((id) => `e:${id}`), 'menu']);
    const entry = kb.entries.get('service-elderly');
    const replies = await press('e:service-elderly');
    expect(replies[0]?.text).toBe(entry?.answer);
    expect(payloadsOf(replies)).toEqual([...(entry?.related.slice(0, 3) ?? []).map((id) => `e:${id}`), 'menu']);
  });

  it('answers /hotline with a call button and /help with the help entry', async () => {
    const hotline = await command('hotline');
    expect(hotline[0]?.text).toContain('1800 1769');
    expect(hotline[0]?.buttons?.some((b) => b.kind === 'call' && b.phone === '18001769')).toBe(true);
    expect((await command('help'))[0]?.text).toBe(kb.entries.get('bot-help')?.answer);
  });

  it('offers close candidates as buttons when unsure between entries', async () => {
    const replies = await say('hỗ trợ');
    const outcomeText = replies[0]?.text;
    expect([kb.ui.did_you_mean, kb.ui.fallback]).toContain(outcomeText);
    if (outcomeText === kb.ui.did_you_mean)
      expect(payloadsOf(replies).filter((p) => p.startsWith('e:')).length).toBeGreaterThanOrEqual(1);
  });

  it('falls back with the hotline and the menu', async () => {
    const replies = await say('công thức nấu phở bò');
    expect(replies[0]?.text).toBe(kb.ui.fallback);
    expect(replies[0]?.text).toContain('1800 1769');
    expect(payloadsOf(replies)).toEqual([...kb.ui.groups.map((g) => `g:${g.id}`), 'k:s']);
  });

  it('puts 111 first when a child is in danger, then the other numbers and what to do now', async () => {
    const replies = await say('Có đứa bé đang bị đánh dã man ở nhà hàng xóm');
    const first = replies[0]?.text ?? '';
    expect(first.startsWith('111')).toBe(true);
    for (const number of ['113', '1800 1769']) expect(first).toContain(number);
    expect(first.indexOf('113')).toBeLessThan(first.indexOf('1800 1769'));
    const calls = replies[0]?.buttons?.filter((b) => b.kind === 'call').map((b) => b.kind === 'call' && b.phone);
    expect(calls?.slice(0, 2)).toEqual(['111', '113']);
    expect(calls).toContain('18001769');
    expect(payloadsOf(replies)).toEqual(expect.arrayContaining(['sg:safe:child-abuse', 'sg:human:child-abuse']));
  });

  it('labels the buttons in English after an English emergency, and answers them in English', async () => {
    const replies = await say('my friend says she will jump off the bridge tonight');
    const first = replies[0];
    expect(first?.text.startsWith('115')).toBe(true);
    const labels = (first?.buttons ?? []).map((b) => b.label);
    const en = kb.safeguarding.text.buttons_en;
    expect(labels).toEqual(expect.arrayContaining([en.call['115'], kb.ui.call_hotline_en, en.safe, en.human]));
    expect(labels).not.toContain(kb.safeguarding.text.buttons.safe);
    const payloads = payloadsOf(replies);
    expect(payloads).toContain('sg:safe:suicide:en');
    expect(first?.optionsHint).toBe(kb.ui.options_hint_en);
    const safe = await press('sg:safe:suicide:en');
    expect(safe[0]?.text).toBe(kb.safeguarding.text.safe_reply_en);
    const human = await press('sg:human:suicide:en');
    expect(human[0]?.text).toBe(kb.safeguarding.text.human_reply_en);
    expect(human[0]?.buttons?.map((b) => b.label)).toContain(en.call['113']);
    // The Vietnamese button still answers in Vietnamese.
    expect((await press('sg:safe:suicide'))[0]?.text).toBe(kb.safeguarding.text.safe_reply);
    expect((await press('sg:safe:suicide:fr'))[0]?.text).toBe(kb.ui.unknown_button);
  });

  it("answers a worry about someone else's wish to die as well as the writer's own (session 35)", async () => {
    // "những gì bạn đã trải qua" spoke only to a writer who had lived it; a friend's wish told by a worried writer
    // got it too.
    const replies = await say('chi oi ban em no noi no muon di theo me no, me no mat nam ngoai');
    expect(replies[0]?.text).toContain('người bạn đang lo cho');
    expect(replies[0]?.text).toContain('115');
    expect(replies[0]?.text).not.toContain('bạn đã trải qua');
    const english = await say(
      'my brother tried to kill himself last year, he is okay now, where can he get counselling',
    );
    expect(english[0]?.text).toContain('someone you are worried about');
    expect(english[0]?.text).not.toContain('What you have been through');
  });

  it('acknowledges an English disclosure in English, not with the advice for danger now', async () => {
    const violence = kb.safeguarding.text.situations.violence;
    const replies = await say('he used to hit me, now he is in rehab and I want counselling');
    expect(replies[0]?.text).toBe(violence.disclosure_en);
    expect(replies[0]?.text).not.toContain(violence.english);
    // A child named in an English disclosure adds the English 111 line, never the Vietnamese one.
    const child = await say('my stepdad used to hit my little brother, he is 9, it stopped last year');
    expect(child[0]?.text).toContain('111');
    expect(child[0]?.text).not.toContain(kb.safeguarding.text.number_lines['111']);
    // Danger now in English still gets the numbers and the advice for now.
    const danger = await say('ex used to beat me, now he is outside my door with a knife');
    expect(danger[0]?.text.startsWith('113')).toBe(true);
    expect(danger[0]?.text).toContain(violence.english);
  });

  it('handles stickers and photos kindly, with the menu', async () => {
    const replies = await send({ kind: 'unsupported', user, what: 'sticker' });
    expect(replies[0]?.text).toBe(kb.ui.unsupported_content);
    expect(payloadsOf(replies).length).toBe(kb.ui.groups.length + 1);
  });

  it('answers stale buttons and unknown commands without crashing', async () => {
    expect((await press('e:no-such-entry'))[0]?.text).toBe(kb.ui.unknown_button);
    expect((await press('g:no-such-group'))[0]?.text).toBe(kb.ui.unknown_button);
    expect((await press('garbage'))[0]?.text).toBe(kb.ui.unknown_button);
    expect((await command('khonghieu'))[0]?.text).toBe(kb.ui.unknown_command);
  });

  it('says plainly that nothing is stored when asked to delete data', async () => {
    expect((await command('xoadulieu'))[0]?.text).toBe(kb.ui.nothing_stored);
  });

  it('counts outcomes for metrics', async () => {
    const metrics = new Metrics();
    const counted = createBot({ knowledge: () => kb, engine: DEFAULT_ENGINE_CONFIG, logger: silentLogger(), metrics });
    const answers = async (): Promise<number> =>
      (await metrics.outcomes.get()).values.find((v) => v.labels.outcome === 'answer')?.value ?? 0;
    const before = await answers();
    await counted.handle({ kind: 'text', user, text: 'số tổng đài là gì' });
    expect(await answers()).toBe(before + 1);
  });
});
