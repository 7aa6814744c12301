import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type Service } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { FakeZaloOa, oaSendTextEvent, oaTextEvent, signEvent } from '../fakes/zalo-oa.ts';
import { KNOWLEDGE_DIR, realKnowledge } from '../helpers/kb.ts';

const APP_ID = '1234567890123456789';
const APP_SECRET = 'app-secret-takeover1';
const OA_SECRET = 'oa-secret-key-takeover';
const REFRESH = 'refresh-0-takeover-abc';
const kb = realKnowledge();
const QUESTION = 'tổng đài miễn phí số mấy';
const DANGER = 'chồng em đang đánh em, cứu em với';

/** Resolves once `check` holds, or fails after 5 s. */
async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('a counsellor answering from the Zalo OA Manager takes the conversation over', () => {
  const fake = new FakeZaloOa(APP_ID, APP_SECRET, REFRESH);
  const clock = fixedClock(new Date());
  let service: Service;
  let url: string;

  const post = async (event: Record<string, unknown>): Promise<void> => {
    const signed = signEvent(event, APP_ID, OA_SECRET);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zevent-signature': signed.signature },
      body: signed.raw,
    });
    expect(res.status).toBe(200);
    await service.channels.get('zalo-oa')?.idle();
  };
  const says = (user: string, text: string) => post(oaTextEvent(APP_ID, user, text, clock.now().getTime()));
  const staffWrites = (user: string, msgId: string) =>
    post(oaSendTextEvent(APP_ID, user, 'Chào bạn, mình là tư vấn viên', msgId, clock.now().getTime()));
  const taken = (user: string) => service.core.handoff.isTakenOver(`zalo-oa:${user}`);
  const takeovers = async () =>
    Number(/ctxh_takeovers_total (\d+)/.exec(await service.metrics.render())?.[1] ?? Number.NaN);

  beforeAll(async () => {
    await fake.start();
    const config = loadConfig({
      KNOWLEDGE_DIR,
      KB_WATCH: 'off',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'ctxh-takeover-')),
      ZALO_OA_APP_ID: APP_ID,
      ZALO_OA_APP_SECRET: APP_SECRET,
      ZALO_OA_SECRET_KEY: OA_SECRET,
      ZALO_OA_REFRESH_TOKEN: REFRESH,
      ZALO_OA_API_ROOT: fake.root,
      ZALO_OAUTH_ROOT: fake.root,
      ZALO_OA_TAKEOVER_MINUTES: '45',
      HOST: '127.0.0.1',
      PORT: '0',
    });
    service = await startService(config, silentLogger(), { clock });
    url = `http://127.0.0.1:${service.server?.port}/webhooks/zalo-oa`;
    await until(() => service.channels.get('zalo-oa')?.status === 'ready');
  });
  afterAll(async () => {
    await service.stop();
    await fake.stop();
  });

  it('stays silent after an oa_send_text from staff, answers danger anyway, and resumes after the takeover time', async () => {
    const user = '8470001';
    await says(user, QUESTION);
    expect(fake.messagesTo(user)).toHaveLength(1);

    await staffWrites(user, 'oa-manager-msg-1');
    await until(() => taken(user));
    expect(await takeovers()).toBe(1);
    await says(user, QUESTION);
    expect(fake.messagesTo(user)).toHaveLength(1);

    // Danger is always answered, with the emergency numbers first.
    await says(user, DANGER);
    const [, crisis] = fake.messagesTo(user);
    expect(crisis?.text.startsWith(kb.safeguarding.text.number_lines['113'])).toBe(true);

    const beforeResuming = fake.messagesTo(user).length;
    clock.advance(46 * 60_000);
    await says(user, QUESTION);
    expect(fake.messagesTo(user)[beforeResuming]?.text).toContain('1800 1769');
  });

  it("is not started by the echo of the bot's own reply", async () => {
    const user = '8470002';
    await says(user, QUESTION);
    const own = fake.acceptedIds.at(-1) as string;
    await staffWrites(user, own);
    await new Promise((r) => setTimeout(r, 50));
    expect(taken(user)).toBe(false);
    await says(user, QUESTION);
    expect(fake.messagesTo(user)).toHaveLength(2);
  });
});
