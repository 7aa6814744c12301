import { describe, expect, it } from 'vitest';
import { renderNumbered } from '../../src/channels/numbered.ts';
import { consoleForRuntime } from '../../src/admin/from-runtime.ts';
import { silentLogger } from '../../src/log.ts';
import { Metrics } from '../../src/metrics.ts';
import { createApp } from '../../src/server.ts';
import { botWithServices, payloads } from '../helpers/core.ts';
import { ConsoleClient } from './console-client.ts';

const QUESTION = 'số tổng đài miễn phí của trung tâm là gì';

describe('was this helpful?', () => {
  it('offers 👍/👎 under an answer, within five buttons', async () => {
    const t = await botWithServices();
    const replies = await t.say(t.user('8400001'), QUESTION);
    const answer = replies.at(-1);
    expect(payloads(replies)).toEqual(expect.arrayContaining(['fb:up:hotline', 'fb:down:hotline']));
    expect(answer?.buttons?.length).toBeLessThanOrEqual(5);
  });

  it('offers none under small talk or a crisis reply', async () => {
    const t = await botWithServices();
    expect(payloads(await t.say(t.user('8400002'), 'xin chào'))).not.toContain('fb:up:greeting');
    const crisis = await t.say(t.user('8400002'), 'tôi muốn chết');
    expect(payloads(crisis).filter((p) => p.startsWith('fb:'))).toEqual([]);
  });

  it('puts a 👎 question on the unanswered list, and counts votes per entry for the console', async () => {
    const t = await botWithServices({
      ADMIN_ENABLED: 'on',
      PUBLIC_URL: 'https://bot.example.vn',
      STAFF_TELEGRAM_IDS: '77',
    });
    const resident = t.user('8400003');
    await t.say(resident, QUESTION);
    const [sorry] = await t.press(resident, 'fb:down:hotline');
    expect(sorry?.text).toBe(t.kb.ui.feedback_sorry);
    expect(t.core.unanswered?.groups()).toMatchObject([
      { text: QUESTION, kinds: { 'not-helpful': 1 }, entryId: 'hotline' },
    ]);
    await t.say(t.user('8400004'), QUESTION);
    const [thanks] = await t.press(t.user('8400004'), 'fb:up:hotline');
    expect(thanks?.text).toBe(t.kb.ui.feedback_thanks);

    const app = createApp({
      logger: silentLogger(),
      metrics: new Metrics(),
      health: () => ({}),
      console: consoleForRuntime(t.runtime),
    });
    const browser = new ConsoleClient(app);
    const [link] = await t.command(t.user('77'), 'dangnhap');
    await browser.signIn(/https:\S+/.exec(link?.text ?? '')?.[0] ?? '');
    const page = await (await browser.get('/admin/danh-gia')).text();
    expect(page).toMatch(/<td>[^<]*<\/td><td class="n">1<\/td><td class="n">1<\/td><td class="n">50%<\/td>/);
  });

  it('forgets the question on /xoadulieu: a later 👎 stores nothing', async () => {
    const t = await botWithServices();
    const resident = t.user('8400005');
    await t.say(resident, QUESTION);
    await t.command(resident, 'xoadulieu');
    await t.press(resident, 'fb:down:hotline');
    expect(t.core.unanswered?.groups()).toEqual([]);
  });
});

describe('was this helpful? on Zalo Bot, which has no buttons', () => {
  it('numbers 👍 and 👎 like any option', async () => {
    const t = await botWithServices();
    const replies = await t.say(t.user('8400006', 'zalo-bot'), QUESTION);
    const { texts, payloads: numbered } = renderNumbered(replies, 'Gõ số từ 1 đến {count}.');
    const up = numbered.indexOf('fb:up:hotline');
    expect(up).toBeGreaterThanOrEqual(0);
    expect(texts.join('\n')).toContain(`${up + 1}. ${t.kb.ui.feedback_up}`);
  });
});
