/**
 * Every remote chat platform, one line each: adding a platform is one
 * folder with its adapter and one line here. Each entry builds its adapter
 * from config, or nothing when the platform is not configured.
 */
import type { AppConfig } from '../config.ts';
import type { Platform } from '../core/message.ts';
import type { ChannelAdapter } from './adapter.ts';
import type { AdapterDeps, AdapterFactory } from './factory.ts';
import { createTelegramAdapter } from './telegram/channel.ts';
import { createZaloBotAdapter } from './zalo-bot/channel.ts';
import { createZaloOaAdapter } from './zalo-oa/channel.ts';

/** The remote platforms, in the order they start; `configured` says whether config enables each. */
export const CHANNEL_REGISTRY: ReadonlyArray<{
  platform: Platform;
  configured: (config: AppConfig) => boolean;
  create: AdapterFactory;
}> = [
  { platform: 'telegram', configured: (c) => c.telegram !== undefined, create: createTelegramAdapter },
  { platform: 'zalo-bot', configured: (c) => c.zaloBot !== undefined, create: createZaloBotAdapter },
  { platform: 'zalo-oa', configured: (c) => c.zaloOa !== undefined, create: createZaloOaAdapter },
];

/** Every configured remote platform's adapter. */
export function createAdapters(config: AppConfig, deps: AdapterDeps): ChannelAdapter[] {
  return CHANNEL_REGISTRY.flatMap((entry) => (entry.configured(config) ? (entry.create(config, deps) ?? []) : []));
}
