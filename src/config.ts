/**
 * Reads the environment once at start into a typed, validated config.
 * Nothing else reads process.env.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { FloodLimits } from './core/flood-guard.ts';
import { DEFAULT_ENGINE_CONFIG, type EngineConfig } from './nlp/engine.ts';
import { parseClock, parseQuietHours, type ReminderSettings } from './scheduler/occurrences.ts';

/** The nearest folder at or above `dir` that holds package.json. */
function packageRoot(dir: string): string {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'package.json'))) return at;
    if (dirname(at) === at) return resolve(dir, '..');
  }
}

/** The project folder (where knowledge/ lives by default), from the source (src/) or the build (dist/src/). */
export const PROJECT_ROOT = packageRoot(dirname(fileURLToPath(import.meta.url)));

/**
 * A webhook URL: Telegram, Zalo Bot and Zalo OA deliver to HTTPS only, so an
 * http:// URL would be accepted here and then never receive anything.
 */
function webhookUrl(example: string) {
  return z.url({ message: `must be a full URL such as ${example}` }).refine((url) => url.startsWith('https://'), {
    message: `must start with https:// (the platform sends to HTTPS only), e.g. ${example} / phải bắt đầu bằng https:// (nền tảng chỉ gửi tới địa chỉ HTTPS)`,
  });
}

const envSchema = z.object({
  KNOWLEDGE_DIR: z.string().min(1).default(resolve(PROJECT_ROOT, 'knowledge')),
  CENTER: z
    .string()
    .regex(
      /^[a-z0-9-]{2,24}$/,
      'a file name in knowledge/centers/ without .yaml, e.g. hue / tên tệp trong knowledge/centers/, ví dụ hue',
    )
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  MATCH_ANSWER_THRESHOLD: z.coerce.number().min(0).max(1).default(DEFAULT_ENGINE_CONFIG.answerThreshold),
  MATCH_SUGGEST_THRESHOLD: z.coerce.number().min(0).max(1).default(DEFAULT_ENGINE_CONFIG.suggestThreshold),
  KB_WATCH: z.enum(['on', 'off']).default('on'),
  ANSWER_CACHE_SIZE: z.coerce.number().int().min(0).default(5000),
  ELIGIBILITY_SESSION_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(30),
  CONTEXT_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(15),
  FLOOD_BURST: z.coerce.number().int().min(1).default(8),
  FLOOD_PER_SECOND: z.coerce.number().positive().default(0.5),
  FLOOD_CHARS_PER_TOKEN: z.coerce.number().int().min(0).default(1000),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().min(1).default('0.0.0.0'),
  METRICS_TOKEN: z
    .string()
    .regex(/^[\x21-\x7E]{16,256}$/, 'must be 16–256 visible ASCII characters (no spaces), e.g. openssl rand -hex 24')
    .optional(),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]{20,}$/, 'does not look like a token from @BotFather (digits:letters)')
    .optional(),
  TELEGRAM_WEBHOOK_URL: webhookUrl('https://bot.example.vn/webhooks/telegram').optional(),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,256}$/, 'must be 8–256 characters of A–Z, a–z, 0–9, _ or -')
    .optional(),
  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
  ZALO_BOT_TOKEN: z
    .string()
    .regex(/^[^\s:]+:\S+$/, 'does not look like a Zalo bot token (bot id, colon, secret, as Zalo Bot Creator gives it)')
    .optional(),
  ZALO_BOT_WEBHOOK_URL: webhookUrl('https://bot.example.vn/webhooks/zalo-bot').optional(),
  ZALO_BOT_WEBHOOK_SECRET: z
    .string()
    .regex(/^[\x21-\x7E]{8,256}$/, 'must be 8–256 visible ASCII characters (no spaces)')
    .optional(),
  ZALO_BOT_API_ROOT: z.url().default('https://bot-api.zaloplatforms.com'),
  ZALO_OA_APP_ID: z.string().regex(/^\d+$/, 'must be the numeric App ID from developers.zalo.me').optional(),
  ZALO_OA_APP_SECRET: z
    .string()
    .trim()
    .min(8, 'looks too short for the app secret key from developers.zalo.me')
    .optional(),
  ZALO_OA_SECRET_KEY: z
    .string()
    .trim()
    .min(8, 'looks too short for the OA secret key from developers.zalo.me')
    .optional(),
  ZALO_OA_REFRESH_TOKEN: z.string().trim().min(10, 'looks too short for a Zalo refresh token').optional(),
  ZALO_OA_API_ROOT: z.url().default('https://openapi.zalo.me'),
  ZALO_OAUTH_ROOT: z.url().default('https://oauth.zaloapp.com'),
  // Zalo re-sends an unanswered event after 30 s, 5 min, 15 min, 30 min and 1 h: two hours lets the last retry in.
  ZALO_OA_EVENT_WINDOW_SECONDS: z.coerce.number().int().min(10).max(86_400).default(7200),
  /** An approved Zalo OA template message for people outside the 7-day window (see the README). */
  ZALO_OA_TEMPLATE_ID: z.string().trim().min(1).optional(),
  ZALO_OA_TEMPLATE_FIELDS: z.string().trim().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  QUIET_HOURS: z
    .string()
    .regex(
      /^(?:off|\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2})$/i,
      'must be HH:MM-HH:MM in Vietnam time, e.g. 21:00-07:00, or "off"',
    )
    .refine(
      (v) => v.toLowerCase() === 'off' || v.split('-').every((t) => parseClock(t) !== undefined),
      'hours must be 00–23 and minutes 00–59, e.g. 21:00-07:00',
    )
    .default('21:00-07:00'),
  REMINDER_GRACE_HOURS: z.coerce.number().min(0).max(168).default(12),
  REMINDER_TIME: z
    .string()
    .refine((v) => parseClock(v) !== undefined, 'must be HH:MM in Vietnam time, e.g. 08:00')
    .default('08:00'),
  STAFF_TELEGRAM_IDS: z
    .string()
    .regex(/^[\d,\s-]*$/, 'must be Telegram user ids separated by commas')
    .optional(),
  STAFF_ZALO_BOT_IDS: z
    .string()
    .regex(/^[\w,\s-]*$/, 'must be Zalo Bot user ids separated by commas')
    .optional(),
  STAFF_ZALO_OA_IDS: z
    .string()
    .regex(/^[\w,\s-]*$/, 'must be Zalo OA user ids separated by commas')
    .optional(),
  BROADCAST_TELEGRAM_PER_SECOND: z.coerce.number().positive().max(1000).default(30),
  BROADCAST_TELEGRAM_PER_CHAT_PER_SECOND: z.coerce.number().positive().max(30).default(1),
  BROADCAST_ZALO_PER_SECOND: z.coerce.number().positive().max(1000).default(10),
  DELIVERY_RETENTION_DAYS: z.coerce.number().min(1).default(30),
  UNREACHABLE_RETENTION_DAYS: z.coerce.number().min(1, 'must be at least 1 day').max(3650).default(90),
  AUDIT_RETENTION_DAYS: z.coerce.number().min(1).default(365),
  ADMIN_ENABLED: z.enum(['on', 'off']).default('off'),
  NOTICE_APPROVAL: z.enum(['on', 'off']).default('off'),
  PUBLIC_URL: z.url({ message: "must be the server's public base URL, such as https://bot.example.vn" }).optional(),
  UNANSWERED_LOG: z.enum(['on', 'off']).default('on'),
  UNANSWERED_RETENTION_DAYS: z.coerce.number().min(1).max(365).default(30),
  STAFF_TELEGRAM_GROUP_ID: z
    .string()
    .regex(/^-?\d{1,20}$/, 'must be the numeric id of a Telegram group, e.g. -1001234567890')
    .optional(),
  HANDOFF_TIMEOUT_MINUTES: z.coerce
    .number()
    .positive()
    .max(7 * 24 * 60)
    .default(30),
  HANDOFF_RETENTION_HOURS: z.coerce
    .number()
    .min(0)
    .max(30 * 24)
    .default(24),
  ZALO_OA_TAKEOVER_MINUTES: z.coerce
    .number()
    .min(0)
    .max(7 * 24 * 60)
    .default(60),
});

const idList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** Telegram settings, present when TELEGRAM_BOT_TOKEN is set. */
interface TelegramConfig {
  token: string;
  apiRoot: string;
  webhook?: { url: string; secret: string };
}

/** Zalo Bot Platform settings, present when ZALO_BOT_TOKEN is set. */
interface ZaloBotConfig {
  token: string;
  apiRoot: string;
  webhook?: { url: string; secret: string };
}

/** Zalo Official Account settings, present when the ZALO_OA_* variables are set. */
export interface ZaloOaConfig {
  appId: string;
  appSecret: string;
  /** Signs webhook events (X-ZEvent-Signature). */
  secretKey: string;
  /** From the OA authorisation; used on first start, then the rotated one kept in `tokenFile`. */
  refreshToken?: string;
  apiRoot: string;
  oauthRoot: string;
  /** Events older than this are refused, in ms. */
  eventWindowMs: number;
  /** Where the rotating tokens are kept (in DATA_DIR). */
  tokenFile: string;
  /** The template message for people outside the 7-day window; absent, they are counted unreachable. */
  template?: ZaloOaTemplateConfig;
}

/** What fills a field of the Zalo OA template message. */
type TemplateSource = 'notice' | 'center' | 'hotline' | 'date';
const TEMPLATE_SOURCES: readonly string[] = ['notice', 'center', 'hotline', 'date'];

/** An approved Zalo OA template message: its id and what fills each of its fields. */
export interface ZaloOaTemplateConfig {
  id: string;
  fields: Record<string, TemplateSource>;
}

/** The file in DATA_DIR that keeps the Zalo OA tokens. */
export const ZALO_OA_TOKEN_FILE = 'zalo-oa-tokens.json';

/** Everything configurable, parsed once. */
export interface AppConfig {
  knowledgeDir: string;
  /** CENTER: the center file in knowledge/centers/ to serve instead of center.yaml; absent for center.yaml. */
  center?: string;
  /** The log level asked for with LOG_LEVEL; unset, each mode picks its own (info for the service, warn for the terminal chat and commands). */
  logLevel?: string;
  engine: EngineConfig;
  /** Recent decisions remembered per knowledge snapshot (0 = off). */
  answerCacheSize: number;
  watchKnowledge: boolean;
  /** How long an eligibility check in progress survives silence, in ms. */
  eligibilitySessionMs: number;
  /** How long the conversation context (last topic, group, aspect) survives silence, in ms. */
  contextMs: number;
  flood: FloodLimits;
  /** HTTP server; with `metricsToken`, GET /metrics needs `Authorization: Bearer <metricsToken>`. */
  http: { port: number; host: string; explicitPort: boolean; metricsToken?: string };
  telegram?: TelegramConfig;
  zaloBot?: ZaloBotConfig;
  zaloOa?: ZaloOaConfig;
  /** Where the store, delivery journals and tokens live. */
  dataDir: string;
  /** When event reminders go out: time of day, quiet hours, grace period after downtime. */
  reminders: ReminderSettings;
  /** Staff user ids from the environment (more can be added with `npm run staff -- add`). */
  staff: { telegram: string[]; zaloBot: string[]; zaloOa: string[] };
  /** Days a finished delivery job (with its list of recipients) is kept. */
  deliveryRetentionDays: number;
  /** Days a subscriber who blocked the bot or unfollowed the OA is kept before being deleted. */
  unreachableRetentionDays: number;
  /** Days an audit line (notices, staff changes, exports, deletions) is kept. */
  auditRetentionDays: number;
  /** The staff console at /admin: on only with ADMIN_ENABLED=on; login links start with `publicUrl`. */
  admin: {
    enabled: boolean;
    publicUrl?: string;
    /** NOTICE_APPROVAL=on: a notice composed in the console waits for a second staff member's approval. */
    noticeApproval: boolean;
  };
  /** Questions the bot could not answer, redacted, kept for the console (off with UNANSWERED_LOG=off). */
  unanswered: { enabled: boolean; retentionDays: number };
  /** Handing a person to a counsellor, and counsellors taking over from the Zalo OA Manager. */
  handoff: HandoffConfig;
  /** Outbound rates for broadcasts and reminders. */
  broadcast: {
    telegram: { perSecond: number; perChatPerSecond: number };
    zalo: { perSecond: number; perChatPerSecond: number };
  };
}

/** Handoff settings (HANDOFF_*, STAFF_TELEGRAM_GROUP_ID, ZALO_OA_TAKEOVER_MINUTES). */
interface HandoffConfig {
  /** The Telegram group where requests are announced and staff reply; no handoff without it or the console. */
  staffTelegramGroupId?: string;
  /** Silence on both sides after which an open handoff closes, in ms. */
  timeoutMs: number;
  /** How long the text of a closed handoff is kept, in ms. */
  retentionMs: number;
  /** How long the bot stays silent for a person a counsellor answered from the Zalo OA Manager, in ms. */
  takeoverMs: number;
}

/** Default HTTP port when a webhook needs the server and PORT is not set. */
const DEFAULT_PORT = 8080;

/** A configuration error a person can act on. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws `ConfigError` naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Treat empty variables (KEY= in a .env file) as unset.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  if (present.STAFF_ZALO_IDS !== undefined) {
    // Zalo Bot and Zalo OA number people differently: one list for both would make a stranger staff on the other.
    throw new ConfigError(
      'STAFF_ZALO_IDS is no longer read: Zalo Bot and Zalo OA user ids are different, so set STAFF_ZALO_BOT_IDS and/or STAFF_ZALO_OA_IDS instead, and remove STAFF_ZALO_IDS',
    );
  }
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment variables:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.MATCH_SUGGEST_THRESHOLD > e.MATCH_ANSWER_THRESHOLD) {
    throw new ConfigError('MATCH_SUGGEST_THRESHOLD must not be above MATCH_ANSWER_THRESHOLD');
  }
  let telegram: TelegramConfig | undefined;
  if (e.TELEGRAM_WEBHOOK_URL && !e.TELEGRAM_BOT_TOKEN) {
    throw new ConfigError('TELEGRAM_WEBHOOK_URL is set but TELEGRAM_BOT_TOKEN is missing');
  }
  if (e.TELEGRAM_BOT_TOKEN) {
    telegram = { token: e.TELEGRAM_BOT_TOKEN, apiRoot: e.TELEGRAM_API_ROOT.replace(/\/$/, '') };
    if (e.TELEGRAM_WEBHOOK_URL) {
      if (!e.TELEGRAM_WEBHOOK_SECRET) {
        throw new ConfigError(
          'TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is missing (8–256 characters of A–Z, a–z, 0–9, _ or -)',
        );
      }
      telegram.webhook = { url: e.TELEGRAM_WEBHOOK_URL, secret: e.TELEGRAM_WEBHOOK_SECRET };
    }
  }
  if (e.STAFF_TELEGRAM_GROUP_ID && !telegram) {
    throw new ConfigError(
      'STAFF_TELEGRAM_GROUP_ID is set but TELEGRAM_BOT_TOKEN is missing: requests are announced to the group by the Telegram bot',
    );
  }
  const quietHours = parseQuietHours(e.QUIET_HOURS);
  if (e.ADMIN_ENABLED === 'on' && !e.PUBLIC_URL) {
    throw new ConfigError(
      'ADMIN_ENABLED=on needs PUBLIC_URL, the address staff open the console at (e.g. https://bot.example.vn): login links are built from it',
    );
  }
  return {
    admin: {
      enabled: e.ADMIN_ENABLED === 'on',
      noticeApproval: e.NOTICE_APPROVAL === 'on',
      ...(e.PUBLIC_URL ? { publicUrl: e.PUBLIC_URL.replace(/\/$/, '') } : {}),
    },
    unanswered: { enabled: e.UNANSWERED_LOG === 'on', retentionDays: e.UNANSWERED_RETENTION_DAYS },
    handoff: {
      ...(e.STAFF_TELEGRAM_GROUP_ID ? { staffTelegramGroupId: e.STAFF_TELEGRAM_GROUP_ID } : {}),
      timeoutMs: Math.round(e.HANDOFF_TIMEOUT_MINUTES * 60_000),
      retentionMs: Math.round(e.HANDOFF_RETENTION_HOURS * 3_600_000),
      takeoverMs: Math.round(e.ZALO_OA_TAKEOVER_MINUTES * 60_000),
    },
    dataDir: resolve(e.DATA_DIR),
    deliveryRetentionDays: e.DELIVERY_RETENTION_DAYS,
    unreachableRetentionDays: e.UNREACHABLE_RETENTION_DAYS,
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    reminders: {
      reminderTime: parseClock(e.REMINDER_TIME) ?? 480,
      ...(quietHours ? { quietHours } : {}),
      graceMs: e.REMINDER_GRACE_HOURS * 3_600_000,
    },
    staff: {
      telegram: idList(e.STAFF_TELEGRAM_IDS),
      zaloBot: idList(e.STAFF_ZALO_BOT_IDS),
      zaloOa: idList(e.STAFF_ZALO_OA_IDS),
    },
    broadcast: {
      telegram: {
        perSecond: e.BROADCAST_TELEGRAM_PER_SECOND,
        perChatPerSecond: e.BROADCAST_TELEGRAM_PER_CHAT_PER_SECOND,
      },
      zalo: { perSecond: e.BROADCAST_ZALO_PER_SECOND, perChatPerSecond: 1 },
    },
    flood: { burst: e.FLOOD_BURST, perSecond: e.FLOOD_PER_SECOND, charsPerToken: e.FLOOD_CHARS_PER_TOKEN },
    http: {
      port: e.PORT ?? DEFAULT_PORT,
      host: e.HOST,
      explicitPort: e.PORT !== undefined,
      ...(e.METRICS_TOKEN ? { metricsToken: e.METRICS_TOKEN } : {}),
    },
    ...(telegram ? { telegram } : {}),
    ...zaloConfigs(e),
    answerCacheSize: e.ANSWER_CACHE_SIZE,
    knowledgeDir: resolve(e.KNOWLEDGE_DIR),
    ...(e.CENTER ? { center: e.CENTER } : {}),
    ...(e.LOG_LEVEL ? { logLevel: e.LOG_LEVEL } : {}),
    engine: {
      ...DEFAULT_ENGINE_CONFIG,
      answerThreshold: e.MATCH_ANSWER_THRESHOLD,
      suggestThreshold: e.MATCH_SUGGEST_THRESHOLD,
    },
    watchKnowledge: e.KB_WATCH === 'on',
    eligibilitySessionMs: Math.round(e.ELIGIBILITY_SESSION_MINUTES * 60_000),
    contextMs: Math.round(e.CONTEXT_MINUTES * 60_000),
  };
}

type Env = z.infer<typeof envSchema>;

/** The Zalo channels that are configured; a half-configured one stops start-up naming what is missing. */
function zaloConfigs(e: Env): { zaloBot?: ZaloBotConfig; zaloOa?: ZaloOaConfig } {
  const zaloBot = zaloBotConfig(e);
  const zaloOa = zaloOaConfig(e, resolve(e.DATA_DIR));
  return { ...(zaloBot ? { zaloBot } : {}), ...(zaloOa ? { zaloOa } : {}) };
}

function zaloBotConfig(e: Env): ZaloBotConfig | undefined {
  if (!e.ZALO_BOT_TOKEN) {
    if (e.ZALO_BOT_WEBHOOK_URL)
      throw new ConfigError(
        'ZALO_BOT_WEBHOOK_URL is set but ZALO_BOT_TOKEN is missing (the token from Zalo Bot Creator)',
      );
    return undefined;
  }
  const config: ZaloBotConfig = { token: e.ZALO_BOT_TOKEN, apiRoot: e.ZALO_BOT_API_ROOT.replace(/\/$/, '') };
  if (e.ZALO_BOT_WEBHOOK_URL) {
    if (!e.ZALO_BOT_WEBHOOK_SECRET) {
      throw new ConfigError(
        'ZALO_BOT_WEBHOOK_URL is set but ZALO_BOT_WEBHOOK_SECRET is missing (8–256 visible characters, e.g. openssl rand -hex 24)',
      );
    }
    config.webhook = { url: e.ZALO_BOT_WEBHOOK_URL, secret: e.ZALO_BOT_WEBHOOK_SECRET };
  }
  return config;
}

/** All or nothing; the refresh token is needed only until the first refresh is stored in DATA_DIR. */
function zaloOaConfig(e: Env, dataDir: string): ZaloOaConfig | undefined {
  const given = {
    ZALO_OA_APP_ID: e.ZALO_OA_APP_ID,
    ZALO_OA_APP_SECRET: e.ZALO_OA_APP_SECRET,
    ZALO_OA_SECRET_KEY: e.ZALO_OA_SECRET_KEY,
    ZALO_OA_REFRESH_TOKEN: e.ZALO_OA_REFRESH_TOKEN,
  };
  const set = Object.entries(given)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  if (set.length === 0) return undefined;
  const required = [
    ['ZALO_OA_APP_ID', e.ZALO_OA_APP_ID, 'the App ID from developers.zalo.me'],
    ['ZALO_OA_APP_SECRET', e.ZALO_OA_APP_SECRET, 'the app secret key from developers.zalo.me'],
    ['ZALO_OA_SECRET_KEY', e.ZALO_OA_SECRET_KEY, 'the OA secret key that signs webhook events'],
  ] as const;
  for (const [name, value, hint] of required) {
    if (value === undefined)
      throw new ConfigError(
        `${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set but ${name} is missing (${hint})`,
      );
  }
  const [appId, appSecret, secretKey] = required.map(([, value]) => value as string) as [string, string, string];
  const tokenFile = join(dataDir, ZALO_OA_TOKEN_FILE);
  if (!e.ZALO_OA_REFRESH_TOKEN && !existsSync(tokenFile)) {
    throw new ConfigError(
      `ZALO_OA_REFRESH_TOKEN is missing: it is needed on first start (no stored tokens in ${tokenFile}); get it by authorising the app for the OA`,
    );
  }
  const template = zaloOaTemplate(e);
  return {
    appId,
    appSecret,
    secretKey,
    ...(template ? { template } : {}),
    ...(e.ZALO_OA_REFRESH_TOKEN ? { refreshToken: e.ZALO_OA_REFRESH_TOKEN } : {}),
    apiRoot: e.ZALO_OA_API_ROOT.replace(/\/$/, ''),
    oauthRoot: e.ZALO_OAUTH_ROOT.replace(/\/$/, ''),
    eventWindowMs: e.ZALO_OA_EVENT_WINDOW_SECONDS * 1000,
    tokenFile,
  };
}

/** ZALO_OA_TEMPLATE_ID with ZALO_OA_TEMPLATE_FIELDS ("title=notice,phone=hotline"), checked. */
function zaloOaTemplate(e: Env): ZaloOaTemplateConfig | undefined {
  if (e.ZALO_OA_TEMPLATE_ID === undefined) {
    if (e.ZALO_OA_TEMPLATE_FIELDS !== undefined)
      throw new ConfigError('ZALO_OA_TEMPLATE_FIELDS is set but ZALO_OA_TEMPLATE_ID is missing');
    return undefined;
  }
  const fields: Record<string, TemplateSource> = {};
  for (const pair of (e.ZALO_OA_TEMPLATE_FIELDS ?? '').split(',').map((p) => p.trim())) {
    if (pair === '') continue;
    const [field, source] = pair.split('=').map((p) => p.trim());
    if (!field || !source || !TEMPLATE_SOURCES.includes(source))
      throw new ConfigError(
        `ZALO_OA_TEMPLATE_FIELDS: "${pair}" must be field=${TEMPLATE_SOURCES.join('|')}, e.g. title=notice,phone=hotline`,
      );
    fields[field] = source as TemplateSource;
  }
  if (Object.keys(fields).length === 0)
    throw new ConfigError('ZALO_OA_TEMPLATE_ID is set but ZALO_OA_TEMPLATE_FIELDS is missing, e.g. title=notice');
  return { id: e.ZALO_OA_TEMPLATE_ID, fields };
}

/** Every token and secret in the config, for the logger to mask wherever one appears. */
export function configuredSecrets(config: AppConfig): string[] {
  return [
    config.telegram?.token,
    config.telegram?.webhook?.secret,
    config.zaloBot?.token,
    config.zaloBot?.webhook?.secret,
    config.zaloOa?.appSecret,
    config.zaloOa?.secretKey,
    config.zaloOa?.refreshToken,
    config.http.metricsToken,
  ].filter((s): s is string => s !== undefined);
}
