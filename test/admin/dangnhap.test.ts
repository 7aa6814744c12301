import { describe, expect, it } from 'vitest';
import { consoleForRuntime } from '../../src/admin/from-runtime.ts';
import { silentLogger } from '../../src/log.ts';
import { Metrics } from '../../src/metrics.ts';
import { createApp } from '../../src/server.ts';
import { botWithServices } from '../helpers/core.ts';
import { ConsoleClient } from './console-client.ts';

const STAFF = '5560001';
const ON = { ADMIN_ENABLED: 'on', PUBLIC_URL: 'https://bot.example.vn', STAFF_TELEGRAM_IDS: STAFF };

describe('/dangnhap', () => {
  it('sends a staff member a link in their own chat that signs them in once', async () => {
    const t = await botWithServices(ON);
    const [reply] = await t.command(t.user(STAFF), 'dangnhap');
    const url = /https:\/\/bot\.example\.vn\/admin\/dangnhap\?token=[\w-]+/.exec(reply?.text ?? '')?.[0] ?? '';
    expect(url).not.toBe('');
    expect(reply?.text).toContain('một lần trong 10 phút');
    const app = createApp({
      logger: silentLogger(),
      metrics: new Metrics(),
      health: () => ({}),
      console: consoleForRuntime(t.runtime),
    });
    expect((await new ConsoleClient(app).signIn(url)).status).toBe(303);
    expect((await new ConsoleClient(app).signIn(url)).status).toBe(403);
  });

  it('gives someone who is not staff the ordinary "not understood" reply', async () => {
    const t = await botWithServices(ON);
    const [reply] = await t.command(t.user('5560002'), 'dangnhap');
    expect(reply?.text).toBe(t.kb.ui.staff_not_recognised);
  });

  it('sends no link into a group chat', async () => {
    const t = await botWithServices(ON);
    const inGroup = { ...t.user(STAFF), chatId: '-100200300' };
    const [reply] = await t.command(inGroup, 'dangnhap');
    expect(reply?.text).toBe(t.kb.ui.console_private_only);
  });

  it('says the console is off when it is', async () => {
    const t = await botWithServices({ STAFF_TELEGRAM_IDS: STAFF });
    const [reply] = await t.command(t.user(STAFF), 'dangnhap');
    expect(reply?.text).toBe(t.kb.ui.console_off);
  });
});
