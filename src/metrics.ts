/**
 * Prometheus metrics (prom-client), served at GET /metrics. Counts only:
 * nothing a person wrote ever becomes a label.
 */
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

/** The counters the bot and its channels update. */
export class Metrics {
  readonly registry = new Registry();
  readonly updatesReceived = new Counter({
    name: 'ctxh_updates_received_total',
    help: 'Updates (messages, button presses) received, by platform',
    labelNames: ['platform'] as const,
    registers: [this.registry],
  });
  readonly repliesSent = new Counter({
    name: 'ctxh_replies_sent_total',
    help: 'Messages sent to people, by platform',
    labelNames: ['platform'] as const,
    registers: [this.registry],
  });
  readonly outcomes = new Counter({
    name: 'ctxh_answer_outcomes_total',
    help: 'What the bot did with a message: answer, did-you-mean, fallback, crisis, …',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly sendErrors = new Counter({
    name: 'ctxh_send_errors_total',
    help: 'Failed sends, by platform and kind (blocked, rate_limited, server, network, other)',
    labelNames: ['platform', 'kind'] as const,
    registers: [this.registry],
  });
  readonly webhookRejected = new Counter({
    name: 'ctxh_webhook_rejected_total',
    help: 'Webhook requests refused, by route and reason',
    labelNames: ['route', 'reason'] as const,
    registers: [this.registry],
  });
  readonly zaloOaQuota = new Counter({
    name: 'ctxh_zalo_oa_sends_by_quota_total',
    help: 'Zalo OA messages sent, by the allowance Zalo says paid for them (reply, sub_quota, purchase_quota, reward_quota, unknown)',
    labelNames: ['quota_type'] as const,
    registers: [this.registry],
  });
  readonly diskWriteErrors = new Counter({
    name: 'ctxh_disk_write_errors_total',
    help: 'Failed writes to the data folder, by target (store.json, delivery journal, …) and errno code (ENOSPC, EACCES, …)',
    labelNames: ['target', 'code'] as const,
    registers: [this.registry],
  });
  readonly diskWritesFailing = new Gauge({
    name: 'ctxh_disk_writes_failing',
    help: 'Kinds of data-folder writes failing right now (0 when healthy); /healthz is unhealthy while this is above 0',
    registers: [this.registry],
  });

  readonly handoffs = new Counter({
    name: 'ctxh_handoffs_total',
    help: 'Handoffs to a counsellor, by event (opened, claimed, closed, timed_out)',
    labelNames: ['event'] as const,
    registers: [this.registry],
  });
  readonly takeovers = new Counter({
    name: 'ctxh_takeovers_total',
    help: 'Zalo OA conversations a counsellor took over from the OA Manager (the bot fell silent for that person)',
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'ctxh_' });
  }

  /** The exposition text for GET /metrics. */
  render(): Promise<string> {
    return this.registry.metrics();
  }
}
