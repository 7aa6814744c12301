import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChannels } from '../../src/channels/registry.ts';
import { ConfigError, loadConfig, ZALO_OA_TOKEN_FILE } from '../../src/config.ts';
import { botWithServices } from '../helpers/core.ts';

const dataDir = (): string => mkdtempSync(join(tmpdir(), 'ctxh-zalo-config-'));
const OA = {
  ZALO_OA_APP_ID: '1234567890',
  ZALO_OA_APP_SECRET: 'app-secret-123',
  ZALO_OA_SECRET_KEY: 'oa-secret-123',
  ZALO_OA_REFRESH_TOKEN: 'refresh-token-123',
};
const configError = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('Zalo configuration', () => {
  it('starts no Zalo channel when nothing is set, and the defaults are the public servers', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config.zaloBot).toBeUndefined();
    expect(config.zaloOa).toBeUndefined();
    expect(hasChannels(config)).toBe(false);
  });

  it('a Zalo Bot token alone means long polling; with a webhook URL the secret is required', () => {
    const polling = loadConfig({ DATA_DIR: dataDir(), ZALO_BOT_TOKEN: '123456:abcdefghij' });
    expect(polling.zaloBot).toEqual({ token: '123456:abcdefghij', apiRoot: 'https://bot-api.zaloplatforms.com' });
    expect(hasChannels(polling)).toBe(true);
    expect(
      configError({
        ZALO_BOT_TOKEN: '123456:abcdefghij',
        ZALO_BOT_WEBHOOK_URL: 'https://bot.example.vn/webhooks/zalo-bot',
      }),
    ).toContain('ZALO_BOT_WEBHOOK_SECRET is missing');
    expect(configError({ ZALO_BOT_WEBHOOK_URL: 'https://bot.example.vn/webhooks/zalo-bot' })).toContain(
      'ZALO_BOT_TOKEN is missing',
    );
    expect(configError({ ZALO_BOT_TOKEN: 'no-colon-here' })).toContain('ZALO_BOT_TOKEN');
    // Zalo (and Telegram) deliver to HTTPS only: an http:// URL would never receive anything.
    const http = configError({
      ZALO_BOT_TOKEN: '123456:abcdefghij',
      ZALO_BOT_WEBHOOK_URL: 'http://bot.example.vn/webhooks/zalo-bot',
      ZALO_BOT_WEBHOOK_SECRET: 'zalo-bot-webhook-secret',
    });
    expect(http).toContain('ZALO_BOT_WEBHOOK_URL: must start with https://');
    expect(http).toContain('phải bắt đầu bằng https://');
    expect(configError({ TELEGRAM_WEBHOOK_URL: 'http://bot.example.vn/webhooks/telegram' })).toContain(
      'TELEGRAM_WEBHOOK_URL: must start with https://',
    );
    expect(
      configError({ ZALO_BOT_TOKEN: '1:a', ZALO_BOT_WEBHOOK_URL: 'https://x.vn/h', ZALO_BOT_WEBHOOK_SECRET: 'short' }),
    ).toContain('ZALO_BOT_WEBHOOK_SECRET');
  });

  it('a complete OA configuration, with the event window and token file in DATA_DIR', () => {
    const dir = dataDir();
    const config = loadConfig({ ...OA, DATA_DIR: dir, ZALO_OA_EVENT_WINDOW_SECONDS: '120' });
    expect(config.zaloOa).toMatchObject({
      appId: '1234567890',
      apiRoot: 'https://openapi.zalo.me',
      oauthRoot: 'https://oauth.zaloapp.com',
      eventWindowMs: 120_000,
      tokenFile: join(dir, ZALO_OA_TOKEN_FILE),
    });
    // Zalo's last re-send comes an hour after the first try: the default window is two hours.
    expect(loadConfig({ ...OA, DATA_DIR: dir }).zaloOa?.eventWindowMs).toBe(7_200_000);
    expect(hasChannels(config)).toBe(true);
  });

  it('a half-configured OA stops start-up naming the missing variable', () => {
    const { ZALO_OA_APP_SECRET: _secret, ...noSecret } = OA;
    expect(configError({ ...noSecret, DATA_DIR: dataDir() })).toContain('ZALO_OA_APP_SECRET is missing');
    const { ZALO_OA_SECRET_KEY: _key, ...noKey } = OA;
    expect(configError({ ...noKey, DATA_DIR: dataDir() })).toContain('ZALO_OA_SECRET_KEY is missing');
    expect(configError({ ZALO_OA_REFRESH_TOKEN: 'refresh-token-123', DATA_DIR: dataDir() })).toContain(
      'ZALO_OA_APP_ID is missing',
    );
  });

  it('needs the refresh token only until tokens are stored in DATA_DIR', () => {
    const { ZALO_OA_REFRESH_TOKEN: _token, ...noToken } = OA;
    const dir = dataDir();
    expect(configError({ ...noToken, DATA_DIR: dir })).toContain('ZALO_OA_REFRESH_TOKEN is missing');
    writeFileSync(join(dir, ZALO_OA_TOKEN_FILE), '{}');
    expect(loadConfig({ ...noToken, DATA_DIR: dir }).zaloOa?.refreshToken).toBeUndefined();
  });
});

describe('staff lists per Zalo platform', () => {
  it('refuses the old STAFF_ZALO_IDS, naming the variables that replace it', () => {
    const message = configError({ DATA_DIR: dataDir(), STAFF_ZALO_IDS: '111,222' });
    expect(message).toContain('STAFF_ZALO_IDS');
    expect(message).toContain('STAFF_ZALO_BOT_IDS');
    expect(message).toContain('STAFF_ZALO_OA_IDS');
    // An empty leftover (STAFF_ZALO_IDS= in a .env file) grants nothing and is not in the way.
    expect(loadConfig({ DATA_DIR: dataDir(), STAFF_ZALO_IDS: '' }).staff).toEqual({
      telegram: [],
      zaloBot: [],
      zaloOa: [],
    });
  });

  it('makes a Zalo Bot id staff on Zalo Bot only, and a Zalo OA id on Zalo OA only', async () => {
    const { core, user } = await botWithServices({ STAFF_ZALO_BOT_IDS: '111', STAFF_ZALO_OA_IDS: '222' });
    const { isStaff } = core.services;
    expect(await isStaff(user('111', 'zalo-bot'))).toBe(true);
    expect(await isStaff(user('111', 'zalo-oa'))).toBe(false);
    expect(await isStaff(user('222', 'zalo-oa'))).toBe(true);
    expect(await isStaff(user('222', 'zalo-bot'))).toBe(false);
    expect(await isStaff(user('111', 'telegram'))).toBe(false);
  });
});
