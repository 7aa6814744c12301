/**
 * Logging with pino. Residents write about violence, illness and poverty, so
 * the bot logs decisions (outcome, entry id), not what people wrote; any text
 * that must be logged goes through `redactText` first, and token-bearing
 * fields are censored.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

/** Phone numbers (Vietnamese mobiles, landlines, +84…) and 9/12-digit ID numbers. */
const PHONE_OR_ID = /(?:\+?84|0)(?:[\s.-]?\d){8,10}\b|\b\d{9}\b|\b\d{12}\b/g;

/** Masks phone and ID numbers in free text. */
export function redactText(text: string): string {
  return text.replace(PHONE_OR_ID, '[đã ẩn]');
}

/** Creates the process logger, writing JSON lines to stderr (stdout belongs to the terminal chat and CLI output). */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ['token', '*.token', 'secret', '*.secret', 'headers.authorization', '*.headers["x-telegram-bot-api-secret-token"]'],
        censor: '[ẩn]',
      },
    },
    pino.destination(2),
  );
}

/** A logger that drops everything (tests, one-shot commands). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
