/**
 * Start-up calls a channel makes to its platform (set the webhook, publish
 * commands, learn the bot's account) must never stop the bot: a failure is
 * logged and the call tried again later, until the channel stops.
 */
import type { Logger } from 'pino';

/** Retries start-up calls in the background. */
export class SetupRetry {
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly options: {
      /** "telegram", "zalo-bot": prefixes log messages. */
      channel: string;
      logger: Logger;
      /** Wait between attempts. */
      delayMs: number;
      /** Turns an error into a loggable string without secrets. */
      describe: (error: unknown) => string;
    },
  ) {}

  /** Runs `fn` after the retry delay, unless stopped by then. */
  later(fn: () => void): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, this.options.delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  /** Calls `call` now and again after each failure, logging both outcomes. */
  retrying(name: string, call: () => Promise<unknown>): void {
    const { channel, logger, describe } = this.options;
    const attempt = (): void => {
      if (this.stopped) return;
      call().then(
        () => logger.info(`${channel} ${name} done`),
        (error: unknown) => {
          logger.error({ err: describe(error) }, `${channel} ${name} failed; retrying later`);
          this.later(attempt);
        },
      );
    };
    attempt();
  }

  /** Cancels pending retries. */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
