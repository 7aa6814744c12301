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
});

/** Everything configurable, parsed once. */
export interface AppConfig {
  knowledgeDir: string;
  logLevel: string;
  engine: EngineConfig;
  watchKnowledge: boolean;
}

/** A configuration error a person can act on. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws `ConfigError` naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment variables:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.MATCH_SUGGEST_THRESHOLD > e.MATCH_ANSWER_THRESHOLD) {
    throw new ConfigError('MATCH_SUGGEST_THRESHOLD must not be above MATCH_ANSWER_THRESHOLD');
  }
  return {
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
