/**
 * Every remote chat platform, one line each: adding a platform is one
 * folder with its adapter and one line here. Each entry builds its adapter
 * from config, or nothing when the platform is not configured. A platform's
 * code (grammY, the Zalo clients, Hono) is imported only when config enables
 * it, so `ask` and the terminal chat never load it.
 */
import type { AppConfig } from '../config.ts';
import type { Platform } from '../core/message.ts';
import type { ChannelAdapter } from './adapter.ts';
import type { AdapterDeps, AdapterFactory } from './factory.ts';

/** The remote platforms, in the order they start; `configured` says whether config enables each, `load` imports its factory. */
export const CHANNEL_REGISTRY: ReadonlyArray<{
  platform: Platform;
  configured: (config: AppConfig) => boolean;
  load: () => Promise<AdapterFactory>;
}> = [
  {
    platform: 'telegram',
    configured: (c) => c.telegram !== undefined,
    load: async () => (await import('./telegram/channel.ts')).createTelegramAdapter,
  },
  {
    platform: 'zalo-bot',
    configured: (c) => c.zaloBot !== undefined,
    load: async () => (await import('./zalo-bot/channel.ts')).createZaloBotAdapter,
  },
  {
    platform: 'zalo-oa',
    configured: (c) => c.zaloOa !== undefined,
    load: async () => (await import('./zalo-oa/channel.ts')).createZaloOaAdapter,
  },
];

/** True when any chat channel is configured (otherwise the terminal chat opens). */
export function hasChannels(config: AppConfig): boolean {
  return CHANNEL_REGISTRY.some((entry) => entry.configured(config));
}

/** Every configured remote platform's adapter, each platform's code imported on the way. */
export async function createAdapters(config: AppConfig, deps: AdapterDeps): Promise<ChannelAdapter[]> {
  const adapters: ChannelAdapter[] = [];
  for (const entry of CHANNEL_REGISTRY) {
    if (!entry.configured(config)) continue;
    const adapter = (await entry.load())(config, deps);
    if (adapter) adapters.push(adapter);
  }
  return adapters;
}
