/**
 * Runs the service: takes a runtime from `createRuntime`, starts the HTTP
 * server when a webhook needs it, the channels, unfinished deliveries, the
 * reminder scheduler and retention; and shuts them down gracefully (stop
 * taking updates, finish those in flight, then exit).
 */
import type { Logger } from 'pino';
import { CHANNEL_REGISTRY } from './channels/registry.ts';
import type { AppConfig } from './config.ts';
import { Metrics } from './metrics.ts';
import { createRuntime, type Runtime, type RuntimeOptions } from './runtime.ts';
import type { RunningServer } from './server.ts';
import { scheduleRetention } from './services.ts';
import { scheduleHandoffSweep } from './handoff/service.ts';

/** The running service. */
export interface Service extends Runtime {
  /** The counters served at /metrics (a service always keeps them). */
  metrics: Metrics;
  server?: RunningServer;
  stop(): Promise<void>;
}

/** Starts every configured channel, and the HTTP server when a webhook needs it or PORT is set. */
export async function startService(
  config: AppConfig,
  logger: Logger,
  options: Omit<RuntimeOptions, 'logger'> = {},
): Promise<Service> {
  const metrics = options.metrics ?? new Metrics({ processMetrics: true });
  const runtime = await createRuntime(config, { ...options, metrics, logger });
  const { knowledge, channels, core, diskHealth, reminders } = runtime;
  if (config.watchKnowledge) knowledge.watch();
  runtime.outcomes.startSaving();

  let server: RunningServer | undefined;
  const needsServer =
    [...channels.values()].some((c) => c.webhook !== undefined) || config.http.explicitPort || config.admin.enabled;
  if (needsServer) {
    // Hono, the node server and the staff console load only when the HTTP server starts.
    const { createApp, startServer } = await import('./server.ts');
    const { consoleForRuntime } = config.admin.enabled ? await import('./admin/from-runtime.ts') : {};
    const app = createApp({
      logger,
      metrics,
      ...(config.http.metricsToken ? { metricsToken: config.http.metricsToken } : {}),
      channels: [...channels.values()],
      ...(consoleForRuntime ? { console: consoleForRuntime(runtime) } : {}),
      unhealthy: () => diskHealth.problem(),
      health: () => ({
        entries: knowledge.current.entries.size,
        knowledge: knowledge.origin,
        channels: Object.fromEntries(
          CHANNEL_REGISTRY.map(({ platform }) => [platform, channels.get(platform)?.status ?? 'off']),
        ),
      }),
    });
    server = await startServer(app, { port: config.http.port, host: config.http.host });
    logger.info({ port: server.port }, 'http server listening');
  }
  for (const channel of channels.values()) {
    // Start-up calls retry in the background; getMe is awaited so polling starts with a known bot.
    void channel
      .start()
      .then(() =>
        logger.info(
          { mode: channel.webhook ? 'webhook' : 'polling', status: channel.status },
          `${channel.platform} channel started`,
        ),
      );
  }

  const resumed = core.delivery.resumeAll();
  if (resumed.length > 0) logger.info({ jobs: resumed.length }, 'resuming unfinished deliveries');
  await reminders.start();
  // People unreachable past their retention, and old delivery jobs, are deleted at start and daily.
  const retention = scheduleRetention(core, logger);
  const handoffSweep = scheduleHandoffSweep(core.handoff, logger);

  return {
    ...runtime,
    metrics,
    ...(server ? { server } : {}),
    async stop() {
      await reminders.stop();
      retention.stop();
      handoffSweep.stop();
      await server?.close();
      for (const channel of channels.values()) await channel.stop();
      await runtime.close();
    },
  };
}

/**
 * Stops the service on SIGTERM/SIGINT after in-flight updates finish. Given
 * the service while it is still starting, a signal waits for the start
 * (updates may already be in flight) rather than killing the process.
 */
export function stopOnSignals(service: Service | Promise<Service>, logger: Logger): void {
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing updates in flight');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    void Promise.resolve(service)
      .then((running) => running.stop())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
