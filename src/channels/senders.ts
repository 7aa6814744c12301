/**
 * The delivery engine's senders for every configured platform, built in one
 * place for the service and for the operator commands (broadcast, reminders,
 * deliveries). Zalo senders share state with their channel in the service:
 * the bot's option memory and the OA's single token chain.
 */
import type { Logger } from 'pino';
import type { AppConfig, ZaloOaConfig } from '../config.ts';
import type { Platform } from '../core/message.ts';
import type { Sender } from '../delivery/types.ts';
import type { Knowledge } from '../kb/load.ts';
import { OptionMemory } from './numbered.ts';
import { TelegramSender } from './telegram/sender.ts';
import { ZaloBotSender } from './zalo-bot/sender.ts';
import { FileTokenStore, ZaloOaClient } from './zalo-oa/client.ts';
import { ZaloOaSender } from './zalo-oa/sender.ts';

/** Senders and the state the service's channels share with them. */
export interface ChannelSenders {
  senders: Map<Platform, Sender>;
  zaloBotMemory: OptionMemory;
  zaloOaClient?: ZaloOaClient;
}

/** The Zalo OA client over the token file in DATA_DIR; logs each refresh, never the tokens. */
export function createZaloOaClient(config: ZaloOaConfig, logger: Logger): ZaloOaClient {
  return new ZaloOaClient({
    appId: config.appId,
    appSecret: config.appSecret,
    store: new FileTokenStore(config.tokenFile),
    ...(config.refreshToken ? { initialRefreshToken: config.refreshToken } : {}),
    apiRoot: config.apiRoot,
    oauthRoot: config.oauthRoot,
    onRefresh: ({ expiresAt }) =>
      logger.info({ expiresAt: new Date(expiresAt).toISOString() }, 'zalo-oa access token refreshed and stored'),
  });
}

/** One sender per configured platform. */
export function createSenders(config: AppConfig, knowledge: () => Knowledge, logger: Logger): ChannelSenders {
  const senders = new Map<Platform, Sender>();
  if (config.telegram) senders.set('telegram', new TelegramSender(config.telegram.token, config.telegram.apiRoot));
  const zaloBotMemory = new OptionMemory();
  if (config.zaloBot)
    senders.set('zalo-bot', new ZaloBotSender(config.zaloBot, () => knowledge().ui.options_hint, zaloBotMemory));
  const zaloOaClient = config.zaloOa ? createZaloOaClient(config.zaloOa, logger) : undefined;
  if (zaloOaClient) senders.set('zalo-oa', new ZaloOaSender(zaloOaClient, () => knowledge().ui.more_options));
  return { senders, zaloBotMemory, ...(zaloOaClient ? { zaloOaClient } : {}) };
}
