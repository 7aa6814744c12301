/**
 * Button payloads of the eligibility check, all under the "k:" prefix. Ids
 * in eligibility.yaml are at most 24 characters, so "k:a:<question>:<value>"
 * stays within Telegram's 64-byte callback data.
 */

/** What a check button asks for. */
export type CheckAction =
  | { kind: 'start' }
  | { kind: 'answer'; question: string; value: string }
  | { kind: 'back' }
  | { kind: 'stop' }
  | { kind: 'continue' };

/** The prefix the router hands to the check. */
export const CHECK_PREFIX = 'k';

/** Payload builders. */
export const checkPayload = {
  start: 'k:s',
  back: 'k:b',
  stop: 'k:x',
  continue: 'k:c',
  answer: (question: string, value: string) => `k:a:${question}:${value}`,
} as const;

/** Reads the part after "k:"; undefined for anything it does not know. */
export function parseCheckPayload(rest: string): CheckAction | undefined {
  const [verb, question, value, ...extra] = rest.split(':');
  if (extra.length > 0) return undefined;
  switch (verb) {
    case 's':
      return question === undefined ? { kind: 'start' } : undefined;
    case 'b':
      return question === undefined ? { kind: 'back' } : undefined;
    case 'x':
      return question === undefined ? { kind: 'stop' } : undefined;
    case 'c':
      return question === undefined ? { kind: 'continue' } : undefined;
    case 'a':
      return question && value ? { kind: 'answer', question, value } : undefined;
    default:
      return undefined;
  }
}
