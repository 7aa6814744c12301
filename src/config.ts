/**
 * Reads the environment once at start into a typed, validated config.
 * Nothing else reads process.env.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_ENGINE_CONFIG, type EngineConfig } from './nlp/engine.ts';

/** The project folder (where knowledge/ lives by default). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const envSchema = z.object({
  KNOWLEDGE_DIR: z.string().min(1).default(resolve(PROJECT_ROOT, 'knowledge')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MATCH_ANSWER_THRESHOLD: z.coerce.number().min(0).max(1).default(DEFAULT_ENGINE_CONFIG.answerThreshold),
  MATCH_SUGGEST_THRESHOLD: z.coerce.number().min(0).max(1).default(DEFAULT_ENGINE_CONFIG.suggestThreshold),
  KB_WATCH: z.enum(['on', 'off']).default('on'),
  FLOOD_BURST: z.coerce.number().int().min(1).default(8),
  FLOOD_PER_SECOND: z.coerce.number().positive().default(0.5),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().min(1).default('0.0.0.0'),
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[\w-]{20,}$/, 'does not look like a token from @BotFather (digits:letters)').optional(),
  TELEGRAM_WEBHOOK_URL: z.url({ message: 'must be a full URL such as https://bot.example.vn/webhooks/telegram' }).optional(),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,256}$/, 'must be 8–256 characters of A–Z, a–z, 0–9, _ or -')
    .optional(),
  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
});

/** Telegram settings, present when TELEGRAM_BOT_TOKEN is set. */
export interface TelegramConfig {
  token: string;
  apiRoot: string;
  webhook?: { url: string; secret: string };
}

/** Everything configurable, parsed once. */
export interface AppConfig {
  knowledgeDir: string;
  logLevel: string;
  engine: EngineConfig;
  watchKnowledge: boolean;
  flood: { burst: number; perSecond: number };
  http: { port: number; host: string; explicitPort: boolean };
  telegram?: TelegramConfig;
}

/** Default HTTP port when a webhook needs the server and PORT is not set. */
export const DEFAULT_PORT = 8080;

/** A configuration error a person can act on. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws `ConfigError` naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Treat empty variables (KEY= in a .env file) as unset.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
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
        throw new ConfigError('TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is missing (8–256 characters of A–Z, a–z, 0–9, _ or -)');
      }
      telegram.webhook = { url: e.TELEGRAM_WEBHOOK_URL, secret: e.TELEGRAM_WEBHOOK_SECRET };
    }
  }
  return {
    flood: { burst: e.FLOOD_BURST, perSecond: e.FLOOD_PER_SECOND },
    http: { port: e.PORT ?? DEFAULT_PORT, host: e.HOST, explicitPort: e.PORT !== undefined },
    ...(telegram ? { telegram } : {}),
    knowledgeDir: resolve(e.KNOWLEDGE_DIR),
    logLevel: e.LOG_LEVEL,
    engine: {
      ...DEFAULT_ENGINE_CONFIG,
      answerThreshold: e.MATCH_ANSWER_THRESHOLD,
      suggestThreshold: e.MATCH_SUGGEST_THRESHOLD,
    },
    watchKnowledge: e.KB_WATCH === 'on',
  };
}
