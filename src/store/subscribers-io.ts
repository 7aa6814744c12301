/**
 * Moving subscribers in and out (from another system, or for a backup):
 * CSV or JSON lines. Every row is checked; bad rows are reported by line and
 * good rows are kept. Consent must come with each row: nobody is subscribed
 * without a recorded consent time.
 */
import { ChatAddress } from '../core/address.ts';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { z } from 'zod';
import type { Subscriber } from './types.ts';

const platformSchema = z.enum(['telegram', 'zalo-bot', 'zalo-oa', 'terminal']);

const rowSchema = z.object({
  platform: platformSchema,
  chat_id: z.coerce.string().trim().min(1, 'thiếu chat_id'),
  user_id: z.coerce.string().trim().optional(),
  display_name: z.string().trim().max(100).optional(),
  topics: z.union([z.array(z.string()), z.string()]).optional(),
  area: z.string().trim().max(80).optional(),
  consent_at: z
    .string()
    .trim()
    .refine(
      (v) => !Number.isNaN(Date.parse(v)),
      'consent_at phải là thời điểm đồng ý, ví dụ 2026-03-01T08:00:00+07:00',
    ),
  consent_version: z.string().trim().max(80).optional(),
});

/** A row that could not be imported. */
interface BadRow {
  line: number;
  message: string;
}

/** Result of reading an import file. */
export interface ImportResult {
  good: Subscriber[];
  bad: BadRow[];
}

/** Reads CSV (with a header row) or JSON lines, chosen by content. */
export function parseSubscribers(text: string, now = new Date()): ImportResult {
  const trimmed = text.trimStart();
  const rows: Array<{ line: number; value: unknown }> = [];
  const bad: BadRow[] = [];
  if (trimmed.startsWith('{')) {
    text.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        rows.push({ line: index + 1, value: JSON.parse(line) });
      } catch {
        bad.push({ line: index + 1, message: 'không phải JSON hợp lệ' });
      }
    });
  } else {
    const records = parseCsv(text, {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }) as Array<{
      record: Record<string, string>;
      info: { lines: number };
    }>;
    for (const { record, info } of records) {
      const cleaned = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ''));
      rows.push({ line: info.lines, value: cleaned });
    }
  }
  const good = new Map<string, Subscriber>();
  for (const { line, value } of rows) {
    const parsed = rowSchema.safeParse(value);
    if (!parsed.success) {
      bad.push({
        line,
        message: parsed.error.issues.map((i) => `${i.path.join('.') || 'dòng'}: ${i.message}`).join('; '),
      });
      continue;
    }
    const r = parsed.data;
    const topics = (Array.isArray(r.topics) ? r.topics : (r.topics ?? '').split(/[;|]/))
      .map((t) => t.trim())
      .filter(Boolean);
    const key = ChatAddress.toKey({ platform: r.platform, chatId: r.chat_id });
    good.set(key, {
      key,
      platform: r.platform,
      chatId: r.chat_id,
      userId: r.user_id || r.chat_id,
      ...(r.display_name ? { displayName: r.display_name } : {}),
      topics,
      ...(r.area ? { area: r.area } : {}),
      consentAt: new Date(r.consent_at).toISOString(),
      ...(r.consent_version ? { consentVersion: r.consent_version } : {}),
      status: 'active',
      updatedAt: now.toISOString(),
    });
  }
  return { good: [...good.values()], bad: bad.sort((a, b) => a.line - b.line) };
}

/** Writes subscribers as JSON lines (the import format) or CSV. */
export function formatSubscribers(subscribers: readonly Subscriber[], format: 'jsonl' | 'csv'): string {
  const rows = subscribers.map((s) => ({
    platform: s.platform,
    chat_id: s.chatId,
    user_id: s.userId,
    display_name: s.displayName ?? '',
    topics: s.topics.join(';'),
    area: s.area ?? '',
    consent_at: s.consentAt,
    consent_version: s.consentVersion ?? '',
    status: s.status,
  }));
  if (format === 'csv') {
    return stringifyCsv(rows, {
      header: true,
      columns: [
        'platform',
        'chat_id',
        'user_id',
        'display_name',
        'topics',
        'area',
        'consent_at',
        'consent_version',
        'status',
      ],
    });
  }
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length > 0 ? '\n' : '');
}
