/**
 * Subscriptions: /dangky asks for consent and stores the subscriber with the
 * consent wording they accepted; topics and commune/ward can be changed any
 * time; /huydangky stops everything at once; /xoadulieu deletes everything
 * stored about the person.
 */
import { buttonPayload, mergeTopicToggles, parsePayload, type SubscribeAction } from '../src/core/payload.ts';
import { ChatAddress } from '../src/core/address.ts';
import { createHash } from 'node:crypto';
import { actionButton, type Button, type Reply } from '../src/core/message.ts';
import { fill } from '../src/kb/template.ts';
import type { AnswerResult } from '../src/nlp/engine.ts';
import { wordMatches } from '../src/nlp/lexicon.ts';
import { tokenize, type Token } from '../src/nlp/normalize.ts';
import { readTypedChoice, type OfferedChoice } from '../src/nlp/typed-choice.ts';
import type { Subscriber } from '../src/store/types.ts';
import type { BotServices, HandlerContext } from './context.ts';
import { menuButton } from './replies.ts';

/** Button payloads of this feature. */
const subscribePayload = buttonPayload.subscribe;

/** The subscription action a payload stands for, if it is one. */
function subscribeActionOf(payload: string | undefined): SubscribeAction | undefined {
  const button = payload === undefined ? undefined : parsePayload(payload);
  return button?.kind === 'subscribe' ? button.action : undefined;
}

const keyOf = (ctx: HandlerContext): string => ChatAddress.toKey(ctx.user);

/**
 * The subscription screen a person was last shown, so a typed reply ("dong y",
 * "4, 11", a commune name) is read against it. Kept in the session store for a
 * few minutes only: after that, typed text is an ordinary question again.
 */
type Screen = 'consent' | 'topics' | 'area';
const SCREEN_TTL_MS = 10 * 60_000;
const screenKey = (ctx: HandlerContext): string => `subscribe-screen:${keyOf(ctx)}`;

async function showScreen(ctx: HandlerContext, screen: Screen): Promise<void> {
  await ctx.sessions.set(screenKey(ctx), screen, SCREEN_TTL_MS);
}

/** Forgets the open subscription screen (another command or button was used). */
export async function closeSubscribeScreen(ctx: HandlerContext): Promise<void> {
  await ctx.sessions.delete(screenKey(ctx));
}

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
  return {
    text: fill(ui.subscribe_status, { topics, area: s.area ?? ui.subscribe_no_area }),
    buttons: settingsButtons(ctx),
  };
}

/** /dangky: consent first; for a subscriber, their current settings. */
export async function handleSubscribe(ctx: HandlerContext): Promise<Reply[]> {
  const services = ctx.services;
  if (!services) return unavailable(ctx);
  const existing = await services.store.getSubscriber(keyOf(ctx));
  if (existing && existing.status === 'active') return [statusReply(ctx, services, existing)];
  const { ui } = ctx.kb;
  await showScreen(ctx, 'consent');
  return [
    {
      text: ui.subscribe_intro,
      buttons: [
        actionButton(ui.subscribe_yes, subscribePayload.yes),
        actionButton(ui.subscribe_no, subscribePayload.no),
      ],
    },
  ];
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
  await Promise.all([
    services.store.rememberConsentText(version, wording, now),
    services.store.upsertSubscriber(subscriber),
  ]);
  return [{ text: ctx.kb.ui.subscribe_done, buttons: settingsButtons(ctx) }];
}

function topicsReply(ctx: HandlerContext, services: BotServices, chosen: readonly string[]): Reply {
  const { ui } = ctx.kb;
  const buttons: Button[] = services
    .topics()
    .map((t) => actionButton(`${chosen.includes(t.id) ? '✅ ' : ''}${t.label}`, subscribePayload.topic(t.id)));
  buttons.push(
    actionButton(`${chosen.length === 0 ? '✅ ' : ''}${ui.subscribe_topics_all_button}`, subscribePayload.allTopics),
  );
  buttons.push(actionButton(ui.subscribe_topics_done_button, subscribePayload.start));
  return { text: ui.subscribe_choose_topics, buttons };
}

/** Button presses of the subscription flow ("s:…"); an action it does not know is answered as such. */
export async function handleSubscribeButton(
  ctx: HandlerContext,
  action: SubscribeAction | undefined,
): Promise<Reply[]> {
  const services = ctx.services;
  if (!services) return unavailable(ctx);
  const { ui } = ctx.kb;
  await closeSubscribeScreen(ctx);
  if (action?.kind === 'start') return handleSubscribe(ctx);
  if (action?.kind === 'yes') return handleConsent(ctx, services);
  if (action?.kind === 'no') return [{ text: ui.subscribe_declined, buttons: [menuButton(ctx.kb)] }];
  if (action?.kind === 'stop') return handleUnsubscribe(ctx);
  if (action?.kind === 'area') {
    await showScreen(ctx, 'area');
    return [{ text: ui.subscribe_area_help }];
  }

  const subscriber = await services.store.getSubscriber(keyOf(ctx));
  if (subscriber?.status !== 'active') return [{ text: ui.not_subscribed }];
  if (action?.kind === 'topics') return showTopics(ctx, services, subscriber.topics);
  if (action?.kind === 'toggle') return toggleTopics(ctx, services, subscriber, action.topics);
  return [{ text: ui.unknown_button }];
}

async function showTopics(ctx: HandlerContext, services: BotServices, chosen: readonly string[]): Promise<Reply[]> {
  await showScreen(ctx, 'topics');
  return [topicsReply(ctx, services, chosen)];
}

/** Toggles one or more topics ("4, 11" typed on a numbered channel toggles both); "*" means every topic. */
async function toggleTopics(
  ctx: HandlerContext,
  services: BotServices,
  subscriber: Subscriber,
  ids: readonly string[],
): Promise<Reply[]> {
  const known = new Set(services.topics().map((t) => t.id));
  if (ids.some((id) => id !== '*' && !known.has(id))) return showTopics(ctx, services, subscriber.topics);
  let topics = [...subscriber.topics];
  for (const id of ids) {
    if (id === '*') topics = [];
    else topics = topics.includes(id) ? topics.filter((t) => t !== id) : [...topics, id];
  }
  await services.store.upsertSubscriber({ ...subscriber, topics, updatedAt: services.now().toISOString() });
  return showTopics(ctx, services, topics);
}

/** The options of a subscription screen as the typed-answer reader sees them, with the payload each stands for. */
function screenChoices(
  ctx: HandlerContext,
  services: BotServices,
  screen: Screen,
): Array<OfferedChoice & { payload: string }> {
  const { ui } = ctx.kb;
  if (screen === 'consent') {
    return [
      {
        label: ui.subscribe_yes,
        synonyms: ['đồng ý nhận tin', 'đăng ký', 'nhận tin'],
        role: 'yes',
        payload: subscribePayload.yes,
      },
      {
        label: ui.subscribe_no,
        synonyms: ['không cảm ơn', 'không nhận', 'không đăng ký'],
        role: 'no',
        payload: subscribePayload.no,
      },
    ];
  }
  // The topic picker: each topic, "every topic", "done", numbered as the buttons are.
  return [
    ...services.topics().map((t) => ({ label: t.label, payload: subscribePayload.topic(t.id) })),
    {
      label: ui.subscribe_topics_all_button,
      synonyms: ['tất cả', 'mọi chủ đề', 'hết'],
      payload: subscribePayload.allTopics,
    },
    {
      label: ui.subscribe_topics_done_button,
      synonyms: ['xong rồi', 'đủ rồi', 'được rồi', 'ok', 'oke'],
      role: 'stop',
      payload: subscribePayload.start,
    },
  ];
}

/** Words before a commune name that are not part of it ("tôi ở", "xã của tôi là"). */
const AREA_LEAD =
  /^(?:(?:dạ|da|vâng|vang)\s+)?(?:(?:tôi|toi|em|mình|minh|tui|nhà\s+(?:tôi|em|mình))\s+)?(?:(?:ở|o|sống ở|song o|thuộc|thuoc)\s+)?(?:(?:xã\/phường|xa\/phuong)\s+(?:của\s+)?(?:tôi|toi|em|mình)\s+(?:là|la)\s+)?/iu;
/** A commune name is a few words; a longer message is something else. */
const MAX_AREA_WORDS = 8;
/** Words that make a message a question rather than a place name (place names never contain them). */
const ASKING = ['gì', 'đâu', 'không', 'bao nhiêu', 'thế nào', 'làm sao', 'được không', 'mấy', 'tại sao', 'vì sao'].map(
  (p) => tokenize(p, 50),
);

function isQuestion(text: string): boolean {
  if (text.includes('?')) return true;
  const tokens = tokenize(text, 200);
  return ASKING.some((pattern) =>
    tokens.some((_, i) =>
      pattern.every((p, k) => tokens[i + k] !== undefined && wordMatches(p, tokens[i + k] as Token)),
    ),
  );
}

/**
 * Typed text while a subscription screen is open: consent ("dong y", "có",
 * "ko"), topics by number or name ("4, 11", "trẻ em và người cao tuổi"), or a
 * commune typed after "Xã/phường của tôi". Undefined when the text is not an
 * answer to that screen, so it goes on to the answer engine.
 */
export async function handleSubscribeText(
  ctx: HandlerContext,
  text: string,
  result: AnswerResult,
): Promise<Reply[] | undefined> {
  const services = ctx.services;
  if (!services) return undefined;
  const screen = await ctx.sessions.get(screenKey(ctx));
  if (screen !== 'consent' && screen !== 'topics' && screen !== 'area') return undefined;
  // A screen takes the very next message only: later, "có" may answer something else entirely.
  await closeSubscribeScreen(ctx);
  if (screen === 'area') {
    const picked = readTypedChoice(text, [{ label: ctx.kb.ui.subscribe_stop_button, role: 'stop' }], {
      numbers: false,
    });
    if (picked) return handleSubscribe(ctx);
    const area = text.trim().replace(AREA_LEAD, '');
    const words = area.split(/\s+/u).filter(Boolean);
    if (words.length === 0 || words.length > MAX_AREA_WORDS || isQuestion(area) || result.outcome === 'answer')
      return undefined;
    return handleArea(ctx, area);
  }
  const choices = screenChoices(ctx, services, screen);
  const picked = readTypedChoice(text, choices, { list: screen === 'topics' });
  if (!picked) return undefined;
  const payloads = picked.map((i) => choices[i]?.payload as string);
  const toggles = payloads.length > 1 ? mergeTopicToggles(payloads) : undefined;
  if (toggles !== undefined) return handleSubscribeButton(ctx, subscribeActionOf(toggles));
  if (payloads.length !== 1) return undefined;
  return handleSubscribeButton(ctx, subscribeActionOf(payloads[0]));
}

/** /khuvuc <xã/phường>: sets (or with "bo"/"bỏ" clears) the commune/ward. */
export async function handleArea(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const services = ctx.services;
  if (!services) return unavailable(ctx);
  const { ui } = ctx.kb;
  const subscriber = await services.store.getSubscriber(keyOf(ctx));
  if (subscriber?.status !== 'active') return [{ text: ui.not_subscribed }];
  // Keep it short and printable: this is a place name, not a message.
  const area = args
    .replace(/[\p{C}<>]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
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
