/**
 * Builds the console's routes from a runtime: its knowledge, store, audit
 * log, unanswered questions and questions per day, and the staff check.
 */
import type { Hono } from 'hono';
import type { Runtime } from '../runtime.ts';
import { createAnswerEngine } from '../nlp/engine.ts';
import { describeReach, describeUnreachable } from '../delivery/reach.ts';
import { planReminders } from '../scheduler/plan.ts';
import { factsToVerify } from './facts-to-verify.ts';
import { previewNotice } from './notice-preview.ts';
import { LoginLinks } from './login-links.ts';
import { type ConsoleEnv, createConsole } from './routes.ts';
import { ConsoleSessions } from './sessions.ts';

/** Days the overview's chart covers. */
const CHART_DAYS = 14;
/** Days of 👍/👎 the rates page adds up. */
const VOTE_DAYS = 90;
/** How far ahead the overview lists reminders, and how many. */
const REMINDER_DAYS = 30;
const REMINDER_LINES = 8;
/** How far ahead the Reminders page lists occurrences. */
const PLAN_DAYS = 90;

/** Communes/wards subscribers gave, most common first. */
function knownAreas(subscribers: ReadonlyArray<{ area?: string }>): string[] {
  const counts = new Map<string, number>();
  for (const { area } of subscribers) if (area) counts.set(area, (counts.get(area) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')).map(([a]) => a);
}

/** The console for a runtime whose config has the console on. */
export function consoleForRuntime(runtime: Runtime): Hono<ConsoleEnv> {
  const { config, clock, core, knowledge, store, outcomes } = runtime;
  const template = { template: config.zaloOa?.template !== undefined };
  const now = () => clock.now().getTime();
  // Its own engine: a staff search must not fill the bot's cache of recent decisions.
  const answers = createAnswerEngine({ cacheSize: 0 });
  return createConsole({
    links: new LoginLinks(config.dataDir, now),
    sessions: new ConsoleSessions(now),
    isStaff: (holder) => core.services.isStaff({ ...holder, chatId: holder.userId }),
    audit: core.audit,
    secureCookies: config.admin.publicUrl?.startsWith('https:') ?? false,
    ...(core.unanswered ? { unanswered: core.unanswered } : {}),
    now: () => clock.now(),
    handoffs: {
      desk: core.handoff,
      platformName: (platform) => knowledge.current.ui.platform_names[platform],
    },
    knowledge: {
      knowledgeDir: config.knowledgeDir,
      entries: () => knowledge.current.source.entries,
      reload: () => knowledge.reload(),
      rows: () =>
        [...knowledge.current.entries.values()].map((e) => ({ id: e.id, title: e.title, reviewed: e.reviewed })),
      warnings: () => knowledge.current.warnings,
      toVerify: () => factsToVerify(knowledge.current.eligibility),
      ask: (question) => answers.find(knowledge.current, question, config.engine),
      titles: () =>
        [...knowledge.current.entries.values()]
          .map((e) => ({ id: e.id, title: e.title }))
          .sort((a, b) => a.title.localeCompare(b.title, 'vi')),
    },
    recentDays: () => outcomes.lastDays(clock.now(), VOTE_DAYS),
    notices: {
      book: runtime.notices,
      approval: config.admin.noticeApproval,
      topics: () => core.services.topics(),
      areas: async () => knownAreas(await store.listSubscribers()),
      count: (audience) => core.delivery.audienceSize(audience),
      reach: async (audience) => describeReach(await core.reachOf(audience), template),
      preview: (text) => previewNotice(text, knowledge.current.ui),
      progress: (jobId) => core.delivery.progress(jobId),
      unreachable: (jobId) =>
        Object.fromEntries(
          Object.entries(core.delivery.unreachableReasons(jobId)).map(([reason, n]) => [
            describeUnreachable(reason),
            n,
          ]),
        ),
      auditLines: () => core.audit.read(),
    },
    reminders: {
      events: () => (knowledge.current.events?.events ?? []).map((e) => ({ id: e.id, title: e.title })),
      plan: () => {
        const from = clock.now().getTime();
        return planReminders(
          knowledge.current,
          store,
          from,
          from + PLAN_DAYS * 86_400_000,
          config.reminders,
          (audience, at) => core.reachOf(audience, at),
        );
      },
      describeReach: (line) => (line.reach ? describeReach(line.reach, template) : ''),
      paused: runtime.pausedEvents,
    },
    overview: async () => {
      const today = clock.now();
      const from = today.getTime();
      const reminders = await planReminders(
        knowledge.current,
        store,
        from,
        from + REMINDER_DAYS * 86_400_000,
        config.reminders,
      );
      return {
        days: outcomes.lastDays(today, CHART_DAYS),
        subscribers: await store.listSubscribers(),
        topics: core.services.topics(),
        sending: core.audit.jobs().filter((job) => job.kind === 'broadcast' && job.finishedAt === undefined),
        nextReminders: reminders.slice(0, REMINDER_LINES),
      };
    },
  });
}
