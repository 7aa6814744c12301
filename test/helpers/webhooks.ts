/** The Telegram and Zalo Bot webhooks of a running service, against the fakes in test/fakes/. */
import { type Service, startService } from '../../src/app.ts';
import type { Clock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import type { FakeTelegram } from '../fakes/telegram.ts';
import type { FakeZaloBot } from '../fakes/zalo-bot.ts';
import { zaloBotText } from '../fakes/zalo-bot.ts';

/** The fakes a service talks to, with the tokens it uses. */
interface Fakes {
  telegram: FakeTelegram;
  telegramToken: string;
  zaloBot: FakeZaloBot;
  zaloBotToken: string;
}

/** Starts the fakes, then a service on them (webhooks on 127.0.0.1, a free port) with `env` added. */
export async function startOnFakes(
  fakes: Fakes,
  secret: string,
  env: Record<string, string>,
  clock: Clock,
): Promise<Service> {
  await fakes.telegram.start();
  await fakes.zaloBot.start();
  const config = loadConfig({ ...webhookEnv(fakes, secret), KB_WATCH: 'off', HOST: '127.0.0.1', PORT: '0', ...env });
  const service = await startService(config, silentLogger(), { clock });
  await fakes.telegram.waitFor('getMe');
  return service;
}

/** Stops the service, then the fakes. */
export async function stopOnFakes(service: Service | undefined, fakes: Fakes): Promise<void> {
  await service?.stop();
  await fakes.telegram.stop();
  await fakes.zaloBot.stop();
}

/** The environment that points Telegram and Zalo Bot at the fakes, in webhook mode with `secret`. */
function webhookEnv(fakes: Fakes, secret: string): Record<string, string> {
  return {
    TELEGRAM_BOT_TOKEN: fakes.telegramToken,
    TELEGRAM_API_ROOT: fakes.telegram.apiRoot,
    TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
    TELEGRAM_WEBHOOK_SECRET: secret,
    ZALO_BOT_TOKEN: fakes.zaloBotToken,
    ZALO_BOT_API_ROOT: fakes.zaloBot.apiRoot,
    ZALO_BOT_WEBHOOK_URL: 'https://bot.example.vn/webhooks/zalo-bot',
    ZALO_BOT_WEBHOOK_SECRET: secret,
  };
}

/** Posts updates to a running service's webhooks and waits until each is handled. */
export function webhookPoster(service: () => Service, secret: string) {
  const base = (): string => `http://127.0.0.1:${service().server?.port}`;
  return {
    /** A Telegram update (tried again while the channel is still starting). */
    async telegram(update: unknown): Promise<void> {
      for (;;) {
        const res = await fetch(`${base()}/webhooks/telegram`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
          body: JSON.stringify(update),
        });
        if (res.status !== 503) break;
        await new Promise((r) => setTimeout(r, 5));
      }
      await service().channels.get('telegram')?.idle();
    },
    /** A Zalo Bot text message from `chat`; fails unless the webhook accepts it. */
    async zalo(text: string, chat: string): Promise<void> {
      const res = await fetch(`${base()}/webhooks/zalo-bot`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': secret },
        body: JSON.stringify(zaloBotText(text, chat)),
      });
      if (res.status !== 200) throw new Error(`the Zalo Bot webhook answered ${res.status}`);
      await service().channels.get('zalo-bot')?.idle();
    },
  };
}
