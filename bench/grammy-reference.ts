/**
 * The reference for `npm run bench:webhook`: a bare grammY bot that answers
 * every text with one fixed reply, behind grammY's own node:http webhook
 * adapter, calling the Bot API through the project's undici client. It runs
 * as its own process, like the service, so the two are measured alike.
 */
import { createServer } from 'node:http';
import { Bot, webhookCallback } from 'grammy';
import { telegramFetch } from '../src/channels/telegram/http.ts';

const REPLY =
  'Dạ, anh/chị có thể gọi Tổng đài quốc gia bảo vệ trẻ em 111 (miễn phí, 24/7) hoặc đến Trung tâm Công tác xã hội gần nhất để được hỗ trợ ạ.';

const bot = new Bot(process.env.TELEGRAM_BOT_TOKEN ?? '', {
  botInfo: {
    id: 123456789,
    is_bot: true,
    first_name: 'Reference',
    username: 'reference_bot',
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  },
  client: { apiRoot: process.env.TELEGRAM_API_ROOT ?? '', fetch: telegramFetch as unknown as typeof fetch },
});
bot.on('message:text', (ctx) => ctx.reply(REPLY));

const handle = webhookCallback(bot, 'http', { secretToken: process.env.TELEGRAM_WEBHOOK_SECRET ?? '' });
createServer((req, res) => {
  if (req.url === '/healthz') {
    res.end('{"channels":{"telegram":"ready"}}');
    return;
  }
  void handle(req, res);
}).listen(Number(process.env.PORT), '127.0.0.1');
