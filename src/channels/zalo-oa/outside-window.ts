/**
 * How a notice or reminder reaches a Zalo OA follower, chosen per person by
 * when they last wrote to the OA:
 * 1. within 7 days: a consultation ("tư vấn", cs) message, as for any reply
 *    (free within 48 h; after that Zalo counts it against the OA's quota);
 * 2. older: a transaction/event template message ("tin giao dịch"), when the
 *    center configured an approved template (`ZALO_OA_TEMPLATE_ID`);
 * 3. otherwise the person is counted unreachable, with the reason, and
 *    nothing is sent: a cs message would only come back as -230.
 * A person with no recorded message (they subscribed before interactions
 * were recorded) gets a cs message and Zalo's answer decides, as before.
 *
 * Sources: the Zalo OA error table as read in client.ts (-230 "user has not
 * interacted with the OA in the past 7 days"); the consultation 48 h window
 * as described by @warriorteam/redai-zalo-sdk 1.32.17 `docs/MESSAGE_SERVICES.md`;
 * `/v3.0/oa/message/transaction` from the same SDK's `transaction.service`
 * and an n8n Zalo OA node ("MessageV3 … /message/transaction"). The exact
 * body of a template transaction message is not documented in anything we
 * could read (see the README): the shape below must be checked against the
 * center's approved template before it is turned on.
 */
import { ChatAddress } from '../../core/address.ts';
import type { Reply } from '../../core/message.ts';
import { SendError } from '../adapter.ts';
import type { ZaloOaClient } from './client.ts';
import type { ZaloOaTemplateConfig } from '../../config.ts';

/** Zalo lets an OA reply free of charge this long after a person's last message. */
const FREE_REPLY_WINDOW_MS = 48 * 60 * 60_000;
/** After this long without a message from the person, Zalo refuses consultation messages (-230). */
const CONSULTATION_WINDOW_MS = 7 * 24 * 60 * 60_000;

/** Where a person stands with Zalo's interaction windows. */
export type ZaloOaWindow = 'free' | 'consultation' | 'outside' | 'unknown';

/** The window a person is in, from their last recorded message (undefined: none recorded). */
export function zaloOaWindowOf(lastAt: Date | undefined, now: Date): ZaloOaWindow {
  if (!lastAt) return 'unknown';
  const age = now.getTime() - lastAt.getTime();
  if (age <= FREE_REPLY_WINDOW_MS) return 'free';
  if (age <= CONSULTATION_WINDOW_MS) return 'consultation';
  return 'outside';
}

/** What the outside-window route needs. */
export interface OutsideWindowOptions {
  client: ZaloOaClient;
  /** When the person with this chat key last wrote; undefined when not recorded. */
  lastInteraction: (chatKey: string) => Date | undefined;
  now: () => Date;
  template?: ZaloOaTemplateConfig | undefined;
  /** Center facts a template may show, read at send time. */
  center: () => { name: string; hotline: string };
}

/** Zalo's field values are short strings; a long notice is cut with an ellipsis. */
const MAX_FIELD_CHARS = 200;

function fieldValue(
  source: ZaloOaTemplateConfig['fields'][string],
  notice: string,
  options: OutsideWindowOptions,
): string {
  const value = {
    notice: () => notice,
    center: () => options.center().name,
    hotline: () => options.center().hotline,
    date: () => options.now().toISOString().slice(0, 10),
  }[source]();
  return value.length > MAX_FIELD_CHARS ? `${value.slice(0, MAX_FIELD_CHARS - 1)}…` : value;
}

/** The body of a template transaction message to one person. */
function templateMessageBody(
  userId: string,
  template: ZaloOaTemplateConfig,
  notice: string,
  options: OutsideWindowOptions,
): Record<string, unknown> {
  const data = Object.fromEntries(
    Object.entries(template.fields).map(([field, source]) => [field, fieldValue(source, notice, options)]),
  );
  return {
    recipient: { user_id: userId },
    message: {
      attachment: {
        type: 'template',
        payload: { template_type: 'transaction_event', language: 'VI', template_id: template.id, template_data: data },
      },
    },
  };
}

/** Why a person outside the window gets nothing (the job report and the subscriber's record say so). */
export const NO_TEMPLATE_REASON = 'Zalo OA: no message from the person in 7 days and no template message configured';

/**
 * The delivery route for people outside Zalo's 7-day window. `deliver`
 * returns false when a consultation message should be sent as usual, true
 * when it sent a template message instead, and throws a permanent
 * `SendError` (without calling Zalo) when neither is possible.
 */
export class OutsideWindowRoute {
  constructor(private readonly options: OutsideWindowOptions) {}

  /** Sends outside the window when needed; `classify` turns a failed Zalo call into the channel's `SendError`. */
  async deliver(to: ChatAddress, replies: readonly Reply[], classify: (error: unknown) => SendError): Promise<boolean> {
    const window = zaloOaWindowOf(this.options.lastInteraction(ChatAddress.toKey(to)), this.options.now());
    if (window !== 'outside') return false;
    const { template } = this.options;
    if (!template)
      throw new SendError({ kind: 'permanent', status: 'undeliverable', reason: NO_TEMPLATE_REASON }, 'out_of_window');
    const notice = replies.map((r) => r.text).join('\n\n');
    try {
      await this.options.client.post(
        '/v3.0/oa/message/transaction',
        templateMessageBody(to.chatId, template, notice, this.options),
        { retries: 0 },
      );
    } catch (error) {
      throw classify(error);
    }
    return true;
  }
}
