/**
 * Staff notices: /thongbao <nội dung> shows a preview exactly as residents
 * will get it, asks for the audience, shows how many people that is, and
 * sends on confirmation; /tiendo shows progress, /huythongbao cancels.
 * Drafts live in the store, so a restart keeps them; pressing "Gửi" marks
 * the draft as sending before anything else, so a second tap (or a
 * re-delivered button press) gets "đang gửi rồi" and never a second job.
 * Anyone who is not staff gets the ordinary "not understood" reply, and the
 * attempt is logged.
 */
import { buttonPayload, type BroadcastAction } from '../src/core/payload.ts';
import { ChatAddress } from '../src/core/address.ts';
import { randomUUID } from 'node:crypto';
import { actionButton, type Button, type Platform, type Reply } from '../src/core/message.ts';
import { jobIdFor } from '../src/delivery/engine.ts';
import { noticeJob, noticeReplies } from '../src/delivery/notice.ts';
import { fill } from '../src/kb/template.ts';
import type { AudienceFilter } from '../src/store/types.ts';
import type { BotServices, HandlerContext } from './context.ts';
import { menuReply } from './replies.ts';

const MAX_AREA_BUTTONS = 8;

/** Button payloads of this feature. */
const broadcastPayload = buttonPayload.broadcast;

const chatKey = (ctx: HandlerContext): string => ChatAddress.toKey(ctx.user);

/** Checks staff rights; logs and answers neutrally when the person is not staff. */
async function staffServices(ctx: HandlerContext, what: string): Promise<BotServices | undefined> {
  const services = ctx.services;
  if (services && (await services.isStaff(ctx.user))) return services;
  ctx.log?.('warn', { platform: ctx.user.platform, command: what }, 'staff command from someone who is not staff');
  return undefined;
}

const notRecognised = (ctx: HandlerContext): Reply[] => [{ text: ctx.kb.ui.staff_not_recognised }, menuReply(ctx.kb)];

async function audienceButtons(ctx: HandlerContext, services: BotServices): Promise<Button[]> {
  const { ui } = ctx.kb;
  const buttons: Button[] = [actionButton(ui.broadcast_audience_all, broadcastPayload.all)];
  const subscribers = await services.store.listSubscribers();
  for (const platform of [...new Set(subscribers.map((s) => s.platform))].sort()) {
    buttons.push(
      actionButton(
        fill(ui.broadcast_audience_platform, { platform: ui.platform_names[platform] }),
        broadcastPayload.platform(platform),
      ),
    );
  }
  for (const topic of services.topics()) {
    buttons.push(
      actionButton(fill(ui.broadcast_audience_topic, { topic: topic.label }), broadcastPayload.topic(topic.id)),
    );
  }
  for (const [index, area] of knownAreas(subscribers.map((s) => s.area)).entries()) {
    buttons.push(actionButton(fill(ui.broadcast_audience_area, { area }), broadcastPayload.area(index)));
  }
  buttons.push(actionButton(ui.broadcast_cancel_button, broadcastPayload.discard));
  return buttons;
}

/** The most common communes/wards among subscribers, as they typed them. */
function knownAreas(areas: ReadonlyArray<string | undefined>): string[] {
  const counts = new Map<string, number>();
  for (const a of areas) if (a) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts.entries()]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, MAX_AREA_BUTTONS)
    .map(([a]) => a);
}

function describeAudience(ctx: HandlerContext, services: BotServices, audience: AudienceFilter): string {
  const { ui } = ctx.kb;
  if (audience.platform)
    return fill(ui.broadcast_audience_platform, { platform: ui.platform_names[audience.platform] });
  if (audience.topic) {
    const label = services.topics().find((t) => t.id === audience.topic)?.label ?? audience.topic;
    return fill(ui.broadcast_audience_topic, { topic: label });
  }
  if (audience.area) return fill(ui.broadcast_audience_area, { area: audience.area });
  return ui.broadcast_audience_all;
}

/** /thongbao <text>: starts a notice with a preview and the audience choice. */
export async function handleBroadcastCommand(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const services = await staffServices(ctx, 'thongbao');
  if (!services) return notRecognised(ctx);
  const text = args.trim();
  if (text === '') return [{ text: ctx.kb.ui.broadcast_help }];
  await services.store.saveDraft(chatKey(ctx), { id: randomUUID(), text });
  return [
    { text: ctx.kb.ui.broadcast_preview },
    ...noticeReplies(text),
    { text: ctx.kb.ui.broadcast_choose_audience, buttons: await audienceButtons(ctx, services) },
  ];
}

/** Button presses of the staff flow ("t:…"); `payload` as pressed, for the log of refused presses. */
export async function handleBroadcastButton(
  ctx: HandlerContext,
  action: BroadcastAction | undefined,
  payload: string,
): Promise<Reply[]> {
  const services = await staffServices(ctx, payload);
  if (!services) return notRecognised(ctx);
  const { ui } = ctx.kb;
  if (action?.kind === 'send') return sendDraft(ctx, services);
  const draft = await services.store.getDraft(chatKey(ctx));
  if (!draft) return [{ text: ui.broadcast_no_draft }];
  if (draft.jobId) return [{ text: ui.broadcast_already_sending }];

  if (action?.kind === 'discard') {
    await services.store.deleteDraft(chatKey(ctx));
    return [{ text: ui.broadcast_discarded }];
  }

  let audience: AudienceFilter | undefined;
  if (action?.kind === 'all') audience = {};
  else if (action?.kind === 'platform') audience = { platform: action.platform as Platform };
  else if (action?.kind === 'topic') audience = { topic: action.topic };
  else if (action?.kind === 'area') {
    const area = knownAreas((await services.store.listSubscribers()).map((s) => s.area))[action.index];
    if (area) audience = { area };
  }
  if (!audience) return [{ text: ui.unknown_button }];
  const count = await services.delivery.audienceSize(audience);
  if (count === 0) return [{ text: ui.broadcast_empty_audience, buttons: await audienceButtons(ctx, services) }];
  // Saved only if the draft was not sent meanwhile: the audience of a notice being sent never changes.
  const current = await services.store.getDraft(chatKey(ctx));
  if (current?.id !== draft.id || current.jobId)
    return [{ text: current?.jobId ? ui.broadcast_already_sending : ui.broadcast_no_draft }];
  await services.store.saveDraft(chatKey(ctx), { ...current, audience });
  const confirm = fill(ui.broadcast_confirm, { count, audience: describeAudience(ctx, services, audience) });
  // Before "Gửi": how many of them each platform will really reach (Zalo OA's windows, blocked people).
  const reach = services.describeReach ? await services.describeReach(audience) : undefined;
  return [
    {
      text: reach ? `${reach}\n\n${confirm}` : confirm,
      buttons: [
        actionButton(ui.broadcast_send_button, broadcastPayload.send),
        actionButton(ui.broadcast_cancel_button, broadcastPayload.discard),
      ],
    },
  ];
}

/** "Gửi": exactly one of any number of taps on the same draft starts its job. */
async function sendDraft(ctx: HandlerContext, services: BotServices): Promise<Reply[]> {
  const { ui } = ctx.kb;
  const { delivery } = services;
  const claim = await services.store.claimDraft(chatKey(ctx), {
    id: delivery.instance,
    jobIdOf: (draft) => jobIdFor('broadcast', draft.id),
    // Claimed by a process that is gone and never committed: nothing was sent, so it may be sent now.
    isAbandoned: (draft) => draft.claimedBy !== delivery.instance && !delivery.has(draft.jobId),
  });
  if (claim.status === 'no-draft') return [{ text: ui.broadcast_no_draft }];
  if (claim.status === 'already-sending') return [{ text: ui.broadcast_already_sending }];
  if (claim.status === 'no-audience')
    return [{ text: ui.broadcast_choose_audience, buttons: await audienceButtons(ctx, services) }];
  const { draft } = claim;
  try {
    // The job id follows from the draft, so even a job resumed after a crash is this same job.
    await delivery.enqueue(noticeJob(draft, `staff:${chatKey(ctx)}`));
  } catch (error) {
    // Nothing was committed: the draft can be sent again (with the same job id).
    const { jobId: _unsent, claimedBy: _by, ...unsent } = draft;
    void _unsent;
    void _by;
    await services.store.saveDraft(chatKey(ctx), unsent);
    throw error;
  }
  const progress = delivery.progress(draft.jobId);
  return [{ text: fill(ui.broadcast_started, { count: progress?.total ?? 0 }) }];
}

async function sentDraftJob(ctx: HandlerContext, services: BotServices): Promise<string | undefined> {
  return (await services.store.getDraft(chatKey(ctx)))?.jobId;
}

/** /tiendo: progress of this staff member's last notice. */
export async function handleBroadcastProgress(ctx: HandlerContext): Promise<Reply[]> {
  const services = await staffServices(ctx, 'tiendo');
  if (!services) return notRecognised(ctx);
  const jobId = await sentDraftJob(ctx, services);
  const progress = jobId ? services.delivery.progress(jobId) : undefined;
  if (!progress) return [{ text: ctx.kb.ui.broadcast_nothing_running }];
  return [{ text: fill(ctx.kb.ui.broadcast_progress, { ...progress }) }];
}

/** /huythongbao: cancels this staff member's notice in progress. */
export async function handleBroadcastCancel(ctx: HandlerContext): Promise<Reply[]> {
  const services = await staffServices(ctx, 'huythongbao');
  if (!services) return notRecognised(ctx);
  const jobId = await sentDraftJob(ctx, services);
  if (!jobId || !(await services.delivery.cancel(jobId))) {
    if (await services.store.deleteDraft(chatKey(ctx))) return [{ text: ctx.kb.ui.broadcast_discarded }];
    return [{ text: ctx.kb.ui.broadcast_nothing_running }];
  }
  const progress = services.delivery.progress(jobId);
  await services.store.deleteDraft(chatKey(ctx));
  return [{ text: fill(ctx.kb.ui.broadcast_cancelled, { sent: progress?.sent ?? 0, total: progress?.total ?? 0 }) }];
}
