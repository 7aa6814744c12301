/**
 * Subscriptions: /dangky asks for consent and stores the subscriber with the
 * consent wording they accepted; topics and commune/ward can be changed any
 * time; /huydangky stops everything at once; /xoadulieu deletes everything
 * stored about the person.
 */
import { createHash } from 'node:crypto';
import { actionButton, type Button, type Reply } from '../src/core/message.ts';
import { fill } from '../src/kb/template.ts';
import type { Subscriber } from '../src/store/types.ts';
import type { BotServices, HandlerContext } from './context.ts';
import { menuButton } from './replies.ts';

/** Button payloads of this feature. */
export const subscribePayload = {
  start: 's:start',
  yes: 's:yes',
  no: 's:no',
  topics: 's:topics',
  topic: (id: string) => `s:t:${id}`,
  allTopics: 's:t:*',
  area: 's:area',
  stop: 's:stop',
} as const;

const keyOf = (ctx: HandlerContext): string => `${ctx.user.platform}:${ctx.user.chatId}`;

function unavailable(ctx: HandlerContext): Reply[] {
  return [{ text: ctx.kb.ui.subscribe_unavailable }];
}

function settingsButtons(ctx: HandlerContext): Button[] {
  const { ui } = ctx.kb;
  return [
    actionButton(ui.subscribe_topics_button, subscribePayload.topics),
    actionButton(ui.subscribe_area_button, subscribePayload.area),
    actionButton(ui.subscribe_stop_button, subscribePayload.stop),
    menuButton(ctx.kb),
  ];
}

function statusReply(ctx: HandlerContext, services: BotServices, s: Subscriber): Reply {
  const { ui } = ctx.kb;
  const labels = new Map(services.topics().map((t) => [t.id, t.label]));
  const topics = s.topics.length === 0 ? ui.subscribe_all_topics : s.topics.map((t) => labels.get(t) ?? t).join(', ');
  return { text: fill(ui.subscribe_status, { topics, area: s.area ?? ui.subscribe_no_area }), buttons: settingsButtons(ctx) };
}

/** /dangky: consent first; for a subscriber, their current settings. */
export async function handleSubscribe(ctx: HandlerContext): Promise<Reply[]> {
  const services = ctx.services;
  if (!services) return unavailable(ctx);
  const existing = await services.store.getSubscriber(keyOf(ctx));
  if (existing && existing.status === 'active') return [statusReply(ctx, services, existing)];
  const { ui } = ctx.kb;
  return [{ text: ui.subscribe_intro, buttons: [actionButton(ui.subscribe_yes, subscribePayload.yes), actionButton(ui.subscribe_no, subscribePayload.no)] }];
}

/** A short, stable name for a consent wording: the same text always gives the same version. */
export function consentVersion(text: string): string {
  return `sha256:${createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 16)}`;
}

/**
 * The person said yes: store them (all topics until they choose), with the
 * consent wording in force at that moment (the one /dangky showed, unless
 * staff edited it in between).
 */
async function handleConsent(ctx: HandlerContext, services: BotServices): Promise<Reply[]> {
  const now = services.now().toISOString();
  const wording = ctx.kb.ui.subscribe_intro;
  const version = consentVersion(wording);
  const existing = await services.store.getSubscriber(keyOf(ctx));
  const subscriber: Subscriber = {
    key: keyOf(ctx),
    platform: ctx.user.platform,
    chatId: ctx.user.chatId,
    userId: ctx.user.userId,
    ...(ctx.user.displayName ? { displayName: ctx.user.displayName } : {}),
    topics: existing?.topics ?? [],
    ...(existing?.area ? { area: existing.area } : {}),
    consentAt: now,
    consentVersion: version,
    status: 'active',
    updatedAt: now,
  };
  // Both changes are in memory before either write starts, so they share one durable write.
  await Promise.all([services.store.rememberConsentText(version, wording, now), services.store.upsertSubscriber(subscriber)]);
  return [{ text: ctx.kb.ui.subscribe_done, buttons: settingsButtons(ctx) }];
}

function topicsReply(ctx: HandlerContext, services: BotServices, chosen: readonly string[]): Reply {
  const { ui } = ctx.kb;
  const buttons: Button[] = services.topics().map((t) => actionButton(`${chosen.includes(t.id) ? '✅ ' : ''}${t.label}`, subscribePayload.topic(t.id)));
  buttons.push(actionButton(`${chosen.length === 0 ? '✅ ' : ''}${ui.subscribe_topics_all_button}`, subscribePayload.allTopics));
  buttons.push(actionButton(ui.subscribe_topics_done_button, subscribePayload.start));
  return { text: ui.subscribe_choose_topics, buttons };
}

/** Button presses of the subscription flow ("s:…"). */
export async function handleSubscribeButton(ctx: HandlerContext, payload: string): Promise<Reply[]> {
  const services = ctx.services;
  if (!services) return unavailable(ctx);
  const { ui } = ctx.kb;
  if (payload === subscribePayload.start) return handleSubscribe(ctx);
  if (payload === subscribePayload.yes) return handleConsent(ctx, services);
  if (payload === subscribePayload.no) return [{ text: ui.subscribe_declined, buttons: [menuButton(ctx.kb)] }];
  if (payload === subscribePayload.stop) return handleUnsubscribe(ctx);
  if (payload === subscribePayload.area) return [{ text: ui.subscribe_area_help }];

  const subscriber = await services.store.getSubscriber(keyOf(ctx));
  if (!subscriber || subscriber.status !== 'active') return [{ text: ui.not_subscribed }];
  if (payload === subscribePayload.topics) return [topicsReply(ctx, services, subscriber.topics)];
  if (payload.startsWith('s:t:')) {
    const id = payload.slice('s:t:'.length);
    let topics: string[];
    if (id === '*') topics = [];
    else if (!services.topics().some((t) => t.id === id)) return [topicsReply(ctx, services, subscriber.topics)];
    else topics = subscriber.topics.includes(id) ? subscriber.topics.filter((t) => t !== id) : [...subscriber.topics, id];
    await services.store.upsertSubscriber({ ...subscriber, topics, updatedAt: services.now().toISOString() });
    return [topicsReply(ctx, services, topics)];
  }
  return [{ text: ui.unknown_button }];
}

/** /khuvuc <xã/phường>: sets (or with "bo"/"bỏ" clears) the commune/ward. */
export async function handleArea(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const services = ctx.services;
  if (!services) return unavailable(ctx);
  const { ui } = ctx.kb;
  const subscriber = await services.store.getSubscriber(keyOf(ctx));
  if (!subscriber || subscriber.status !== 'active') return [{ text: ui.not_subscribed }];
  // Keep it short and printable: this is a place name, not a message.
  const area = args.replace(/[\p{C}<>]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  if (area === '') return [{ text: ui.subscribe_area_help }];
  const now = services.now().toISOString();
  if (/^(bo|bỏ|xoa|xóa|-)$/i.test(area)) {
    const { area: _old, ...rest } = subscriber;
    void _old;
    await services.store.upsertSubscriber({ ...rest, updatedAt: now });
    return [{ text: ui.subscribe_area_cleared }];
  }
  await services.store.upsertSubscriber({ ...subscriber, area, updatedAt: now });
  return [{ text: fill(ui.subscribe_area_set, { area }), buttons: settingsButtons(ctx) }];
}

/** /huydangky: stops everything at once, a notice already under way included. */
export async function handleUnsubscribe(ctx: HandlerContext): Promise<Reply[]> {
  const services = ctx.services;
  if (!services) return unavailable(ctx);
  // Withdrawn consent ends sending now, not after the notices already queued.
  const removed = await services.forget(keyOf(ctx));
  return [{ text: removed ? ctx.kb.ui.unsubscribed : ctx.kb.ui.not_subscribed }];
}

/** /xoadulieu: deletes everything stored about the person, and says what happened. */
export async function handleDeleteMyData(ctx: HandlerContext): Promise<Reply[]> {
  const services = ctx.services;
  if (!services) return [{ text: ctx.kb.ui.nothing_stored }];
  const removed = await services.forget(keyOf(ctx));
  // The audit keeps that a deletion happened and where, never who asked. The deletion stands even if
  // the line cannot be written, and the person is told so.
  await services.audit.append({ type: 'data-deleted', platform: ctx.user.platform }).catch((error: unknown) => {
    ctx.log?.('warn', { err: String(error) }, 'could not audit a deletion');
  });
  return [{ text: removed ? ctx.kb.ui.data_deleted : ctx.kb.ui.nothing_stored }];
}
