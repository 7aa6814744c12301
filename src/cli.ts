/**
 * The command-line entry: `ctxh start | ask | eval | kb check | kb export | kb catches`.
 * npm scripts call it (see package.json); its output is for people and tools.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Bot } from './core/bot.ts';
import { ConfigError, loadConfig, PROJECT_ROOT, type AppConfig } from './config.ts';
import { enginePredictor, evaluate, formatReport, parseEvalLines, plainFusePredictor } from './eval.ts';
import { formatProblems, KnowledgeError, loadKnowledge, type Knowledge } from './kb/load.ts';
import { KnowledgeStore } from './kb/store.ts';
import { createLogger, silentLogger } from './log.ts';
import { runTerminalChat } from './channels/terminal/terminal.ts';
import { hasChannels, startService, stopOnSignals } from './app.ts';
import type { Reply } from './core/message.ts';

const USAGE = `Usage:
  ctxh start                         start the bot (terminal chat when no channel token is set)
  ctxh ask [--json] "question"       answer one question
  ctxh ask --json --stdin            answer one question per input line, one JSON line each
  ctxh eval FILE.jsonl [...] [--baseline] [--quiet]
                                     accuracy on labelled questions
  ctxh kb check                      validate knowledge/
  ctxh kb export                     print the knowledge base as JSON
  ctxh kb catches ID [FILE.jsonl]    which test questions entry ID answers now`;

/** The default labelled question files shipped with the project. */
const DEFAULT_EVAL_FILES = ['test/eval/dev.jsonl', 'test/eval/extra.jsonl'].map((f) => resolve(PROJECT_ROOT, f));

function loadOrExit(config: AppConfig): Knowledge {
  try {
    return loadKnowledge(config.knowledgeDir);
  } catch (error) {
    if (error instanceof KnowledgeError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** The text a person sees for a list of replies (buttons listed by label). */
function replyText(replies: readonly Reply[]): string {
  return replies
    .map((r) => [r.text, ...(r.buttons ?? []).map((b) => (b.kind === 'call' ? `[${b.label}: ${b.phone}]` : `[${b.label}]`))].join('\n'))
    .join('\n\n');
}

async function askOnce(bot: Bot, q: string): Promise<string> {
  const replies = await bot.handle({ kind: 'text', user: { platform: 'terminal', chatId: 'cli', userId: 'cli' }, text: q });
  return replyText(replies);
}

async function commandAsk(args: string[], config: AppConfig): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' }, stdin: { type: 'boolean' } }, allowPositionals: true });
  const kb = loadOrExit(config);
  const bot = new Bot({ knowledge: () => kb, engine: config.engine, logger: silentLogger() });
  const { findAnswer } = await import('./nlp/engine.ts');
  const answer = async (q: string): Promise<string> => {
    if (!values.json) return askOnce(bot, q);
    const r = findAnswer(kb, q, config.engine);
    const reply = await askOnce(bot, q);
    return JSON.stringify({
      q,
      id: r.outcome === 'fallback' || r.outcome === 'empty' ? null : r.entryId,
      score: Number(r.score.toFixed(4)),
      crisis: r.crisis,
      outcome: r.outcome,
      alternatives: r.alternatives.map((c) => ({ id: c.id, score: Number(c.score.toFixed(4)) })),
      reply,
    });
  };
  if (values.stdin) {
    const rl = createInterface({ input: process.stdin, terminal: false });
    for await (const line of rl) if (line.trim() !== '') process.stdout.write(`${await answer(line)}\n`);
    return;
  }
  const q = positionals.join(' ');
  if (!q) throw new UsageError('ask needs a question, or --stdin');
  process.stdout.write(`${await answer(q)}\n`);
}

function commandEval(args: string[], config: AppConfig): void {
  const { values, positionals } = parseArgs({ args, options: { baseline: { type: 'boolean' }, quiet: { type: 'boolean' } }, allowPositionals: true });
  const kb = loadOrExit(config);
  const files = positionals.length > 0 ? positionals.map((f) => resolve(f)) : DEFAULT_EVAL_FILES;
  for (const file of files) {
    const rows = parseEvalLines(readFileSync(file, 'utf8'), file);
    process.stdout.write(`${formatReport(evaluate(rows, enginePredictor(kb, config.engine)), file, !values.quiet)}\n\n`);
    if (values.baseline) {
      process.stdout.write(`${formatReport(evaluate(rows, plainFusePredictor(kb)), `${file} (baseline: plain Fuse.js)`, false)}\n\n`);
    }
  }
}

function commandKb(args: string[], config: AppConfig): void {
  const [sub, ...rest] = args;
  if (sub === 'check') {
    const kb = loadOrExit(config);
    const groups = kb.ui.groups.length;
    process.stdout.write(`Kho kiến thức hợp lệ: ${kb.entries.size} mục, ${groups} nhóm chủ đề (${config.knowledgeDir}).\n`);
    if (kb.warnings.length > 0) process.stdout.write(`${formatProblems(kb.warnings, 'Lưu ý (không chặn việc chạy):')}\n`);
    return;
  }
  if (sub === 'export') {
    const kb = loadOrExit(config);
    const entries = [...kb.entries.values()].map(({ id, title, questions, keywords, answer, related, sources, reviewed }) => ({
      id, title, questions, keywords, answer, related, sources, reviewed,
    }));
    process.stdout.write(`${JSON.stringify({ center: kb.center, entries }, null, 2)}\n`);
    return;
  }
  if (sub === 'catches') {
    const [id, ...files] = rest;
    if (!id) throw new UsageError('kb catches needs an entry id');
    const kb = loadOrExit(config);
    if (!kb.entries.has(id)) throw new UsageError(`no entry with id "${id}"`);
    const predict = enginePredictor(kb, config.engine);
    const sources = files.length > 0 ? files.map((f) => resolve(f)) : DEFAULT_EVAL_FILES;
    let caught = 0;
    for (const file of sources) {
      for (const row of parseEvalLines(readFileSync(file, 'utf8'), file)) {
        const got = predict(row.q);
        if (got.id === id || row.expect === id) {
          const mark = got.id === id && row.expect === id ? '✓' : got.id === id ? '✗ (nhầm, đúng ra là ' + (row.expect ?? 'không trả lời') + ')' : '✗ (bị trả lời bằng ' + (got.id ?? 'không chắc') + ')';
          if (got.id === id) caught++;
          process.stdout.write(`${mark} ${row.q}\n`);
        }
      }
    }
    process.stdout.write(`\nMục "${id}" đang trả lời ${caught} câu hỏi trong bộ kiểm tra.\n`);
    return;
  }
  throw new UsageError('kb needs check, export or catches');
}

async function commandStart(config: AppConfig): Promise<void> {
  const withChannels = hasChannels(config);
  // In the terminal chat, info logs would interleave with the conversation.
  const logger = createLogger(process.env.LOG_LEVEL || withChannels ? config.logLevel : 'warn');
  let store: KnowledgeStore;
  try {
    store = new KnowledgeStore(config.knowledgeDir, logger);
  } catch (error) {
    if (error instanceof KnowledgeError) {
      process.stderr.write(`${error.message}\nTrợ lý không khởi động khi kho kiến thức có lỗi. Sửa các lỗi trên rồi chạy lại (kiểm tra bằng: npm run kb:check).\n`);
      process.exit(1);
    }
    throw error;
  }
  if (withChannels) {
    const service = await startService(config, logger, store);
    stopOnSignals(service, logger);
    return;
  }
  if (config.watchKnowledge) store.watch();
  const bot = new Bot({ knowledge: () => store.current, engine: config.engine, logger });
  await runTerminalChat({ bot, knowledge: () => store.current, input: process.stdin, output: process.stdout });
  store.close();
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  // A .env next to package.json is read for convenience; real environment variables win.
  const envFile = resolve(PROJECT_ROOT, '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const config = loadConfig();
  switch (command) {
    case 'start':
      return commandStart(config);
    case 'ask':
      return commandAsk(args, config);
    case 'eval':
      return commandEval(args, config);
    case 'kb':
      return commandKb(args, config);
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
