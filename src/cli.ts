/**
 * The command-line entry: `ctxh start | ask | eval | kb check | kb export | kb catches`.
 * npm scripts call it (see package.json); its output is for people and tools.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ChatAddress } from './core/address.ts';
import { type CompiledKnowledge, centerOption, compileKnowledge, KnowledgeStore, loadKnowledge } from './knowledge.ts';
import { basename, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { AspectUsed, Bot } from './core/bot.ts';
import { createBot } from '../handlers/bot.ts';
import { ConfigError, configuredSecrets, loadConfig, PROJECT_ROOT, type AppConfig } from './config.ts';
import { enginePredictor, evaluate, formatReport, parseEvalLines, plainFusePredictor } from './eval.ts';
import { evaluateConversations, formatConversationReport, parseConversationLines } from './eval-conversations.ts';
import {
  evaluateSafeguarding,
  formatSafeguardingReport,
  parseSafeguardingLines,
  safeguardingPredictor,
  concernOnQuestions,
} from './eval-safeguarding.ts';
import {
  formatProblems,
  KnowledgeError,
  parseKnowledgeSource,
  readKnowledgeFiles,
  SAFEGUARDING_MODEL_FILE,
  safetyData,
  type KbProblem,
} from './kb/load.ts';
import { buildManifest, MANIFEST_FILE, renderManifest } from './kb/manifest.ts';
import { ParsedYamlCache } from './kb/parse-cache.ts';
import { freshnessReport } from './kb/freshness.ts';
import { trainClassifier } from './safeguarding/classifier.ts';
import { CARRY_OVER_CORPORA } from './safeguarding/carry-over.ts';
import { entriesDigest, entryDigests, INTENT_MODEL_FILE } from './kb/intent-schema.ts';
import { trainIntentModel } from './nlp/intent-classifier.ts';
import { intentExamples } from './nlp/intent-training.ts';
import { createLogger, silentLogger } from './log.ts';
import { parseTerminalLine } from './channels/terminal/adapter.ts';
import { runTerminalChat } from './channels/terminal/terminal.ts';
import { OptionMemory, renderNumbered } from './channels/numbered.ts';
import { createAnswerEngine } from './nlp/engine.ts';
import { hasChannels } from './channels/registry.ts';
import { systemClock } from './clock.ts';
import type { Runtime } from './runtime.ts';
import type { LoggerOptions } from './log.ts';
import { randomUUID } from 'node:crypto';
import type { Platform, UserRef } from './core/message.ts';
import { DataLockedError, lockDataDir } from './store/lock.ts';
import { auditLogIn } from './store/audit-log.ts';
import type { AudienceFilter, Store } from './store/types.ts';
import type { Reply } from './core/message.ts';
import { inQuietHours, parseVietnamInstant } from './scheduler/occurrences.ts';
import { formatPlanLine, planRange, planReminders } from './scheduler/plan.ts';
import { describeReach, describeUnreachable, reachOf } from './delivery/reach.ts';
import { type ArticleTarget, articleBroadcastBody, broadcastArticle } from './channels/zalo-oa/article-broadcast.ts';
import { INTERACTIONS_FILE, InteractionLog } from './store/interactions.ts';

const USAGE = `Usage:
  ctxh start                         start the bot (terminal chat when no channel token is set)
  ctxh ask [--json] "question"       answer one question
  ctxh ask --json --stdin            answer one question per input line, one JSON line each
  ctxh ask --json --stdin --conversation
                                     the input lines are one person's messages, in order (context and flows carry over)
  ctxh eval [FILE.jsonl ...] [--baseline] [--quiet] [--safeguarding] [--show-holdout]
                                     accuracy on labelled questions; safeguarding recall and false alarms;
                                     follow-ups answered on topic in conversations ({"turns": [...]} lines)
                                     (holdout misses are listed only with --show-holdout)
  ctxh train-safeguarding [FILE.jsonl ...]
                                     train the safeguarding classifier (knowledge/safeguarding-model.json)
  ctxh train-intents [FILE.jsonl ...]
                                     train the intent classifier (knowledge/intent-model.json) from the entries
                                     and the labelled training questions (test/eval/train/*.jsonl)
  ctxh kb check [--write-manifest] [--strict]
                                     validate knowledge/ and list facts to confirm, entries due for review, empty center
                                     facts; --strict fails on any of them; --write-manifest records safeguarding.yaml
                                     and lexicon.yaml as complete
  ctxh kb export                     print the knowledge base as JSON
  ctxh kb catches ID [FILE.jsonl]    which test questions entry (or agency) ID answers (refers) now
  ctxh broadcast --file F [--topic T] [--area A] [--platform P] [--dry-run]
                                     send a notice to subscribers (bot must be stopped)
  ctxh oa-article --id ARTICLE_ID [--cities CODES] [--gender all|male|female] [--ages CODES] [--dry-run]
                                     broadcast an article published in the Zalo OA Manager to the OA's followers
                                     (all, or a province/gender/age target; not in QUIET_HOURS; bot must be stopped)
  ctxh deliveries resume             finish deliveries a crash interrupted (the bot does this at start)
  ctxh staff add|remove PLATFORM USER_ID | staff list
  ctxh staff login-link PLATFORM USER_ID
                                     print a single-use sign-in link to the staff console (works while the bot runs)
  ctxh subscribers import FILE       CSV (with header) or JSON lines; bad rows reported by line
  ctxh subscribers export [--format csv]
  ctxh subscribers delete PLATFORM CHAT_ID
                                     delete one person at their request (as /xoadulieu does; bot must be stopped)
  ctxh reminders plan --from DATE --to DATE
                                     list reminder occurrences: local time, event id, title, audience size
  ctxh reminders run [--now ISO_TIME]
                                     send the reminders due at that moment (bot must be stopped)`;

/** The files of `names` in `test/eval/` (with a prefix such as "conversations-") that this checkout has. */
function evalSets(names: readonly string[], prefix = ''): string[] {
  return names.map((f) => resolve(PROJECT_ROOT, `test/eval/${prefix}${f}.jsonl`)).filter((file) => existsSync(file));
}

/** `name` numbered `from` to `to`: numbered('holdout', 2, 4) is holdout2, holdout3, holdout4. */
function numbered(name: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${name}${from + i}`);
}

/** The default labelled question files shipped with the project. */
const DEFAULT_EVAL_FILES = evalSets([
  'dev',
  'extra',
  'referral',
  ...numbered('tune', 2, 35),
  ...numbered('holdout', 2, 33),
]);
/** Ordinary questions: the false-crisis rate on them is part of the safeguarding report (tune4 is counted with the intent training corpora). */
const QUESTION_SETS = evalSets([
  'dev',
  'extra',
  'tune',
  'holdout',
  'referral',
  'tune2',
  'tune3',
  ...numbered('tune', 5, 35),
  ...numbered('holdout', 2, 33),
]);
/** Scripted conversations: follow-ups answered with the right topic, each set reported on its own. */
const CONVERSATION_SETS = evalSets(
  ['dev', 'tune', 'train', ...numbered('train', 2, 31), 'holdout', ...numbered('holdout', 2, 32)],
  'conversations-',
);
const SAFEGUARDING_SETS = ['tune', 'holdout', ...numbered('holdout', 2, 36)].map((f) =>
  resolve(PROJECT_ROOT, `test/safeguarding/${f}.jsonl`),
);
/**
 * The classifier learns from every training corpus (train, train2, …): tune sets its threshold, the holdouts are
 * never used. Features one writer alone used are dropped (see `DEFAULT_TRAINING`), which let train13 to train15 join:
 * without that pruning, a model that also learnt from train13 or train14 memorised their wordings and missed more on
 * the blind holdouts.
 */
/**
 * Corpora that widened the concepts but do not train the classifier: a model also trained on train16 lost
 * recall on three blind holdouts (session 19), so the shipped model learns from train to train15; train17
 * and train18 (session 20), train19 (session 21), train20 (session 22) and train21 (session 23) teach concepts only until cross-validation says a model trained
 * on them carries over; so does probe23 (session 23's own probe of danger inside questions, euphemisms and English),
 * train26 to train31 (session 26), train32 to train34 (session 27), train35 and train36 (session 28), train37 and
 * train38 (session 29), train39 (session 30), train40 (session 31), train41 (session 32), train42 (session 33),
 * train43 (session 34), train44 (session 35), train45 (session 36), train46 (session 37), train47 (session 38),
 * train48 (session 39), train49 (session 40), train50 (session 41), train51 (session 42), train52 (session 43),
 * train53 (session 44), train54 (session 45), train55 (session 46),
 * train56 (session 47), train57 (session 48).
 * train24 (session 24) and train25 (session 25) are carry-over checks: never learnt from, their totals only read.
 * Session 21: a model trained on train16 to train18 caught 2-3 points more of the newest writers' danger
 * alone in cross-validation, but failed holdout5-7's floors in the one-time blind run, so it was not kept.
 * Session 23: a model trained on every corpus lifted the classifier alone by 3 points in cross-validation but the
 * whole pipeline by 0.2 (0.5 lower on the newest writers) with two more ordinary questions alarmed: not kept.
 * Session 27: learning from every corpus here (train16 to train34, probe23) lifted the classifier alone on the
 * newest writers from 83.9% to 89.2%, but the pipeline fell from 99.0% to 98.6% with 13 ordinary questions
 * alarmed instead of 9 (train16 to train23 alone, or pairs in three corpora, did no better): not kept.
 */
const CONCEPTS_ONLY = new Set([
  'train16.jsonl',
  'train17.jsonl',
  'train18.jsonl',
  'train19.jsonl',
  'train20.jsonl',
  'train21.jsonl',
  'train22.jsonl',
  'train23.jsonl',
  'probe23.jsonl',
  'train26.jsonl',
  'train27.jsonl',
  'train28.jsonl',
  'train29.jsonl',
  'train30.jsonl',
  'train31.jsonl',
  'train32.jsonl',
  'train33.jsonl',
  'train34.jsonl',
  'train35.jsonl',
  'train36.jsonl',
  'train37.jsonl',
  'train38.jsonl',
  'train39.jsonl',
  'train40.jsonl',
  'train41.jsonl',
  'train42.jsonl',
  'train43.jsonl',
  'train44.jsonl',
  'train45.jsonl',
  'train46.jsonl',
  'train47.jsonl',
  'train48.jsonl',
  'train49.jsonl',
  'train50.jsonl',
  'train51.jsonl',
  'train52.jsonl',
  'train53.jsonl',
  'train54.jsonl',
  'train55.jsonl',
  'train56.jsonl',
  'train57.jsonl',
]);
const SAFEGUARDING_TRAINING_SETS = readdirSync(resolve(PROJECT_ROOT, 'test/safeguarding'))
  // The carry-over checks (train24, train25) are never learnt from.
  .filter((f) => /^train\d*\.jsonl$/.test(f) && !CONCEPTS_ONLY.has(f) && !CARRY_OVER_CORPORA.has(f))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  .map((f) => resolve(PROJECT_ROOT, `test/safeguarding/${f}`));

/** Labelled training questions for the intent classifier: training data only, never evaluated on. */
const INTENT_TRAINING_DIR = resolve(PROJECT_ROOT, 'test/eval/train');

function intentTrainingFiles(): string[] {
  if (!existsSync(INTENT_TRAINING_DIR)) return [];
  return readdirSync(INTENT_TRAINING_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(INTENT_TRAINING_DIR, f));
}

function loadOrExit(config: AppConfig, io: CliIo): CompiledKnowledge {
  // YAML parsed by an earlier command or start is read from DATA_DIR: most of the wait for a first answer.
  const parseCache = new ParsedYamlCache(config.dataDir);
  const kb = orExit(io, () => loadKnowledge(config.knowledgeDir, { ...centerOption(config), parseCache }));
  parseCache.save();
  return kb;
}

/** Runs work that reads the knowledge folder; a `KnowledgeError` is printed for staff and ends the command with code 1. */
function orExit<T>(io: CliIo, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof KnowledgeError) {
      io.stderr.write(`${error.message}\n`);
      throw new CliExit(1);
    }
    throw error;
  }
}

/** The text a person sees for a list of replies (buttons listed by label). */
function replyText(replies: readonly Reply[]): string {
  return replies
    .map((r) =>
      [r.text, ...(r.buttons ?? []).map((b) => (b.kind === 'call' ? `[${b.label}: ${b.phone}]` : `[${b.label}]`))].join(
        '\n',
      ),
    )
    .join('\n\n');
}

/** Asks `q` as the person `id`: without --conversation each line is a new person, so no context or offer carries over. */
async function askOnce(bot: Bot, q: string, id: string): Promise<string> {
  const replies = await bot.handle({
    kind: 'text',
    user: { platform: 'terminal', chatId: id, userId: id },
    text: q,
  });
  return replyText(replies);
}

/**
 * One person's conversation: each line goes through the same bot, so the
 * conversation context and flows carry over; commands ("/kiemtra") and option
 * numbers ("2") work as in the terminal chat.
 */
function conversationAsker(bot: Bot, ui: () => CompiledKnowledge['ui']): (line: string) => Promise<string> {
  const user: UserRef = { platform: 'terminal', chatId: 'cli', userId: 'cli' };
  const memory = new OptionMemory(1);
  return async (line) => {
    const replies = await bot.handle(parseTerminalLine(user, line, memory));
    memory.remember(user, renderNumbered(replies, ui().options_hint).payloads);
    return replyText(replies);
  };
}

/** What the bot decided for one message, as `ask --json` reports it. */
interface AskDecision {
  outcome: string;
  id: string | null;
  /** The aspect line the answer opened with, and whether it was sent alone (the entry's whole answer just before). */
  aspect?: AspectUsed;
}

/** The decision the bot recorded (read through a call: the bot sets it while a reply is awaited). */
function decisionOf(last: { decision?: AskDecision }): AskDecision | undefined {
  return last.decision;
}

async function commandAsk(args: string[], config: AppConfig, io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, stdin: { type: 'boolean' }, conversation: { type: 'boolean' } },
    allowPositionals: true,
  });
  const kb = loadOrExit(config, io);
  // What the bot decided for the last message: in a conversation a follow-up is answered from context,
  // so the id and outcome printed are the bot's, not the engine's reading of the line alone.
  const last: { decision?: AskDecision } = {};
  const bot = createBot({
    knowledge: () => kb,
    engine: config.engine,
    answers: createAnswerEngine({ cacheSize: config.answerCacheSize }),
    logger: silentLogger(),
    contextTtlMs: config.contextMs,
    onDecision: (outcome, entryId, aspect) => {
      last.decision = { outcome, id: entryId, ...(aspect ? { aspect } : {}) };
    },
  });
  const converse = values.conversation ? conversationAsker(bot, () => kb.ui) : undefined;
  let asked = 0;
  const { findAnswer } = await import('./nlp/engine.ts');
  const answer = async (q: string): Promise<string> => {
    delete last.decision;
    if (!values.json) return converse ? converse(q) : askOnce(bot, q, `cli-${++asked}`);
    const r = findAnswer(kb, q, config.engine);
    const reply = converse ? await converse(q) : await askOnce(bot, q, `cli-${++asked}`);
    const decided = decisionOf(last);
    const outcome = converse && decided ? decided.outcome : r.outcome;
    const id = converse && decided ? decided.id : r.entryId;
    return JSON.stringify({
      q,
      id: outcome === 'fallback' || outcome === 'empty' ? null : id,
      score: Number(r.score.toFixed(4)),
      crisis: r.crisis,
      outcome,
      referral: r.referral ?? null,
      safeguarding: r.safeguarding
        ? {
            situation: r.safeguarding.situation,
            outcome: r.safeguarding.outcome,
            numbers: r.safeguarding.numbers,
            child: r.safeguarding.child,
            cues: r.safeguarding.cues,
            ...(r.concern ? { concern: { situation: r.concern.situation, cues: r.concern.cues } } : {}),
          }
        : r.concern
          ? { situation: r.concern.situation, outcome: 'concern', cues: r.concern.cues }
          : null,
      alternatives: r.alternatives.map((c) => ({ id: c.id, score: Number(c.score.toFixed(4)) })),
      // How the score was reached: the matcher's score and the intent classifier's probabilities for the best entry,
      // and which confidence gate decided (see GateDecision in nlp/blend.ts).
      blend: r.blend
        ? {
            matcher: Number(r.blend.matcher.toFixed(4)),
            classifier: r.blend.classifier === null ? null : Number(r.blend.classifier.toFixed(4)),
            outOfScope: Number(r.blend.outOfScope.toFixed(4)),
            gate: r.blend.gate,
          }
        : null,
      // The aspect line the reply opened with ("place"), and whether it was the reply (`brief`); null when none.
      aspect: decided?.aspect ? { name: decided.aspect.aspect, brief: decided.aspect.brief } : null,
      reply,
    });
  };
  if (values.stdin) {
    const rl = createInterface({ input: io.stdin ?? process.stdin, terminal: false });
    for await (const line of rl) if (line.trim() !== '') io.stdout.write(`${await answer(line)}\n`);
    return;
  }
  if (values.conversation) throw new UsageError('ask --conversation reads the messages from --stdin');
  const q = positionals.join(' ');
  if (!q) throw new UsageError('ask needs a question, or --stdin');
  io.stdout.write(`${await answer(q)}\n`);
}

async function commandEval(args: string[], config: AppConfig, io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      baseline: { type: 'boolean' },
      quiet: { type: 'boolean' },
      safeguarding: { type: 'boolean' },
      'show-holdout': { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const kb = loadOrExit(config, io);
  // Reading a holdout's misses is the first step to tuning on it, so they stay hidden unless asked for.
  const showMisses = (file: string): boolean =>
    !values.quiet && (values['show-holdout'] === true || !/holdout/.test(basename(file)));
  const files =
    positionals.length > 0
      ? positionals.map((f) => resolve(f))
      : [...(values.safeguarding ? [] : [...DEFAULT_EVAL_FILES, ...CONVERSATION_SETS]), ...SAFEGUARDING_SETS];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    // Conversations label turns ("turns"); safeguarding corpora label messages ("text"); question sets label questions ("q").
    if (/^\s*\{\s*"turns"/.test(text)) {
      const report = await evaluateConversations(kb, parseConversationLines(text, file), config.engine);
      io.stdout.write(`${formatConversationReport(report, file, showMisses(file))}\n\n`);
      continue;
    }
    if (/^\s*\{\s*"text"/.test(text)) {
      const report = evaluateSafeguarding(parseSafeguardingLines(text, file), safeguardingPredictor(kb, config.engine));
      io.stdout.write(`${formatSafeguardingReport(report, file, showMisses(file))}\n\n`);
      continue;
    }
    const rows = parseEvalLines(text, file);
    io.stdout.write(`${formatReport(evaluate(rows, enginePredictor(kb, config.engine)), file, showMisses(file))}\n\n`);
    if (values.baseline) {
      io.stdout.write(
        `${formatReport(evaluate(rows, plainFusePredictor(kb)), `${file} (baseline: plain Fuse.js)`, false)}\n\n`,
      );
    }
  }
  if (positionals.length === 0) {
    let total = 0;
    let falseCrises = 0;
    const questions: string[] = [];
    for (const file of QUESTION_SETS) {
      const rows = parseEvalLines(readFileSync(file, 'utf8'), file);
      const report = evaluate(rows, enginePredictor(kb, config.engine));
      total += report.inScope.total + report.outOfScope.total - report.crisis.total;
      falseCrises += report.crisis.falseAlarms;
      for (const row of rows) if (row.expect !== 'emergency') questions.push(row.q);
    }
    const rate = total === 0 ? 0 : (falseCrises / total) * 100;
    const concern = concernOnQuestions(kb, questions, config.engine);
    const share = (n: number, of: number): string => `${of === 0 ? '0.00' : ((n / of) * 100).toFixed(2)}% (${n}/${of})`;
    io.stdout.write(
      `== ordinary questions (test/eval/*.jsonl, emergencies excluded)\nfalse crisis: ${rate.toFixed(2)}% (${falseCrises}/${total})\n` +
        `concern check-in: ${share(concern.unansweredWithConcern, concern.unanswered)} of did-you-mean/fallback; ` +
        `${share(concern.answeredWithConcern, concern.answered)} of answered\n`,
    );
  }
}

/** Trains the safeguarding classifier from a labelled corpus and writes it next to the knowledge files. */
function commandTrainSafeguarding(args: string[], config: AppConfig, io: CliIo): void {
  const files = args.length > 0 ? args.map((f) => resolve(f)) : SAFEGUARDING_TRAINING_SETS;
  const kb = loadOrExit(config, io);
  // Each file is one writer's corpus: a feature must recur across writers to be learnt.
  const rows = files.flatMap((file) =>
    parseSafeguardingLines(readFileSync(file, 'utf8'), file).map((row) => ({ ...row, corpus: file })),
  );
  const trainedOn = files.map((file) => relative(PROJECT_ROOT, file)).join(', ');
  const model = trainClassifier(rows, (text) => kb.safeguarding.detector.read(text), trainedOn);
  const out = join(config.knowledgeDir, SAFEGUARDING_MODEL_FILE);
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  io.stdout.write(`Trained on ${rows.length} messages (${model.network.features.length} features); wrote ${out}.\n`);
}

/** Trains the intent classifier from the entries and labelled questions and writes it next to the knowledge files. */
function commandTrainIntents(args: string[], config: AppConfig, io: CliIo): void {
  const files = args.length > 0 ? args.map((f) => resolve(f)) : intentTrainingFiles();
  const kb = loadOrExit(config, io);
  // Each file is one writer: a feature only one of them used is not learnt (see `minSources`).
  const rows = files.flatMap((file) =>
    parseEvalLines(readFileSync(file, 'utf8'), file).map((row) => ({ ...row, source: basename(file) })),
  );
  const examples = intentExamples(kb, rows);
  const trainedOn = ['knowledge/entries', 'knowledge/agencies.yaml', ...files.map((f) => relative(PROJECT_ROOT, f))];
  const model = trainIntentModel(examples, {
    trainedOn: trainedOn.join(', '),
    entriesDigest: entriesDigest(kb.entries.values()),
    entryDigests: entryDigests(kb.entries.values()),
  });
  const out = join(config.knowledgeDir, INTENT_MODEL_FILE);
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  io.stdout.write(
    `Trained on ${model.rows} examples (${rows.length} labelled questions, ${model.network.features.length} features); wrote ${out}.\n`,
  );
}

/** One line for staff on the intent classifier: present, up to date with the entries, or what to run. */
function intentModelStatus(kb: CompiledKnowledge): string {
  const intents = kb.intents;
  if (!intents)
    return `Chưa có bộ phân loại ý định (${INTENT_MODEL_FILE}): trợ lý chỉ so khớp câu hỏi; chạy npm run train:intents để tạo.`;
  if (intents.current) return 'Bộ phân loại ý định: đã học đúng các mục hiện có.';
  const added =
    intents.unknownEntries.length > 0
      ? ` Mục mới chưa được học: ${intents.unknownEntries.join(', ')}; trợ lý vẫn trả lời các mục này bằng cách so khớp câu hỏi.`
      : '';
  return `Bộ phân loại ý định đã cũ: các mục đã thay đổi từ lần học trước.${added} Chạy npm run train:intents để học lại.`;
}

/** A cue the lexicon reads as one word matches more questions than staff meant: say which, and what is left. */
function shortenedCueWarnings(kb: CompiledKnowledge): KbProblem[] {
  return (kb.agencies?.matcher.shortened ?? []).map(({ agency, cue, reads }) => ({
    file: 'agencies.yaml',
    entryId: agency,
    field: 'cues',
    message: `cụm từ "${cue}" chỉ còn được đọc là "${reads || '(trống)'}" (từ điển bỏ bớt chữ, ví dụ "họ", "nha"), nên sẽ khớp cả những câu không liên quan; hãy viết cụm dài hơn hoặc bỏ đi.`,
  }));
}

function commandKb(args: string[], config: AppConfig, io: CliIo): void {
  const [sub, ...rest] = args;
  if (sub === 'check') {
    const { values } = parseArgs({
      args: rest,
      options: { 'write-manifest': { type: 'boolean' }, strict: { type: 'boolean' } },
    });
    if (values['write-manifest']) {
      orExit(io, () => writeManifest(config.knowledgeDir));
      io.stdout.write(
        `Đã ghi ${MANIFEST_FILE}: safeguarding.yaml và lexicon.yaml hiện tại được ghi nhận là bản đầy đủ.\n`,
      );
    }
    const kb = loadOrExit(config, io);
    const groups = kb.ui.groups.length;
    const agencies = kb.agencies
      ? `${kb.agencies.byId.size} cơ quan để chỉ đường`
      : 'chưa có agencies.yaml nên không chỉ đường tới cơ quan khác';
    io.stdout.write(
      `Kho kiến thức hợp lệ: ${kb.entries.size} mục, ${groups} nhóm chủ đề, ${kb.events?.events.length ?? 0} sự kiện, ${agencies} (${config.knowledgeDir}).\n`,
    );
    const safety = kb.safeguarding.text;
    const classifier = kb.safeguarding.detector.hasClassifier
      ? 'có bộ phân loại thống kê'
      : 'chưa có bộ phân loại thống kê (chạy npm run train:safeguarding)';
    io.stdout.write(
      `Lớp an toàn: ${Object.keys(safety.situations).length} tình huống, ${Object.keys(safety.concepts).length} khái niệm, ${classifier}.\n`,
    );
    io.stdout.write(`${intentModelStatus(kb)}\n`);
    const open = freshnessReport(kb.source, systemClock.now());
    const listed = new Set(open.map((p) => `${p.file}|${p.entryId ?? ''}|${p.field ?? ''}`));
    const warnings = [
      ...kb.warnings.filter((p) => !listed.has(`${p.file}|${p.entryId ?? ''}|${p.field ?? ''}`)),
      ...shortenedCueWarnings(kb),
    ];
    if (warnings.length > 0) io.stdout.write(`${formatProblems(warnings, 'Lưu ý (không chặn việc chạy):')}\n`);
    if (open.length === 0) return;
    const heading = values.strict
      ? `Còn ${open.length} việc phải xong trước khi đưa vào sử dụng (--strict):`
      : `Cần xác nhận, rà soát hoặc điền (${open.length}; npm run kb:check -- --strict coi đây là lỗi):`;
    io.stdout.write(`${formatProblems(open, heading)}\n`);
    if (values.strict) throw new CliExit(1);
    return;
  }
  if (sub === 'export') {
    const kb = loadOrExit(config, io);
    const entries = [...kb.entries.values()].map(
      ({ id, title, questions, keywords, answer, related, sources, reviewed }) => ({
        id,
        title,
        questions,
        keywords,
        answer,
        related,
        sources,
        reviewed,
      }),
    );
    io.stdout.write(`${JSON.stringify({ center: kb.center, entries }, null, 2)}\n`);
    return;
  }
  if (sub === 'catches') {
    const [id, ...files] = rest;
    if (!id) throw new UsageError('kb catches needs an entry id');
    const kb = loadOrExit(config, io);
    const predict = enginePredictor(kb, config.engine);
    // Listing a holdout's questions is the first step to tuning on it: named files only.
    const sources =
      files.length > 0
        ? files.map((f) => resolve(f))
        : DEFAULT_EVAL_FILES.filter((file) => !/holdout/.test(basename(file)));
    if (!kb.entries.has(id) && kb.agencies?.byId.has(id)) {
      // An agency: which test questions are referred there, and which labelled ones are not.
      let referred = 0;
      for (const file of sources) {
        for (const row of parseEvalLines(readFileSync(file, 'utf8'), file)) {
          const got = predict(row.q);
          if (got.referral !== id && row.refer !== id) continue;
          const mark =
            got.referral === id && row.refer === id
              ? '✓'
              : got.referral === id
                ? `✗ (nhầm, đúng ra là ${row.expect ?? row.refer ?? 'không trả lời'})`
                : `✗ (bị trả lời bằng ${got.referral ? `cơ quan ${got.referral}` : (got.id ?? 'không chắc')})`;
          if (got.referral === id) referred++;
          io.stdout.write(`${mark} ${row.q}\n`);
        }
      }
      io.stdout.write(`\nCơ quan "${id}" đang nhận ${referred} câu hỏi trong bộ kiểm tra.\n`);
      return;
    }
    if (!kb.entries.has(id)) throw new UsageError(`no entry or agency with id "${id}"`);
    let caught = 0;
    for (const file of sources) {
      for (const row of parseEvalLines(readFileSync(file, 'utf8'), file)) {
        const got = predict(row.q);
        if (got.id === id || row.expect === id) {
          const mark =
            got.id === id && row.expect === id
              ? '✓'
              : got.id === id
                ? `✗ (nhầm, đúng ra là ${row.expect ?? 'không trả lời'})`
                : `✗ (bị trả lời bằng ${got.id ?? 'không chắc'})`;
          if (got.id === id) caught++;
          io.stdout.write(`${mark} ${row.q}\n`);
        }
      }
    }
    io.stdout.write(`\nMục "${id}" đang trả lời ${caught} câu hỏi trong bộ kiểm tra.\n`);
    return;
  }
  throw new UsageError('kb needs check, export or catches');
}

/** Checks every file (all but the manifest's floors), then records safeguarding.yaml and lexicon.yaml as complete in manifest.yaml. */
function writeManifest(dir: string): void {
  const problems: KbProblem[] = [];
  const files = readKnowledgeFiles(dir, problems);
  const source = parseKnowledgeSource(files, problems, { ignoreManifest: true });
  compileKnowledge(source);
  writeFileSync(join(dir, MANIFEST_FILE), renderManifest(buildManifest(safetyData(files, source))));
}

async function commandStart(config: AppConfig, io: CliIo): Promise<void> {
  const withChannels = hasChannels(config);
  // In the terminal chat, info logs would interleave with the conversation.
  const logger = createLogger(config.logLevel ?? (withChannels ? 'info' : 'warn'), {
    secrets: configuredSecrets(config),
    destination: logDestination(io),
  });
  let store: KnowledgeStore;
  try {
    store = new KnowledgeStore(config.knowledgeDir, logger, { dataDir: config.dataDir, ...centerOption(config) });
  } catch (error) {
    if (error instanceof KnowledgeError) {
      io.stderr.write(
        `${error.message}\nTrợ lý không khởi động khi kho kiến thức có lỗi và DATA_DIR không có bản tốt nào dùng tạm được. Sửa các lỗi trên rồi chạy lại (kiểm tra bằng: npm run kb:check).\n`,
      );
      throw new CliExit(1);
    }
    throw error;
  }
  const release = await lockDataDir(config.dataDir);
  if (withChannels) {
    const { startService, stopOnSignals } = await import('./app.ts');
    // Channels start taking updates before startService resolves: handle signals from the start.
    const service = startService(config, logger, { knowledge: store });
    stopOnSignals(service, logger);
    await service;
    return;
  }
  if (config.watchKnowledge) store.watch();
  const { createRuntime } = await import('./runtime.ts');
  const runtime = await createRuntime(config, { logger, knowledge: store, terminal: io.stdout });
  runtime.core.delivery.resumeAll();
  await runTerminalChat({
    bot: runtime.bot,
    knowledge: () => store.current,
    input: io.stdin ?? process.stdin,
    output: io.stdout,
    channel: runtime.terminal,
  });
  // Let a notice sent from the terminal finish before quitting.
  await runtime.core.delivery.drain();
  await runtime.close();
  await release();
}

/** Opens the store for a writing command, holding the data-folder lock. */
async function withWritableStore<T>(config: AppConfig, work: (store: Store) => Promise<T>): Promise<T> {
  const release = await lockDataDir(config.dataDir);
  const { openStore } = await import('./services.ts');
  const store = await openStore(config);
  try {
    return await work(store);
  } finally {
    await store.close();
    await release();
  }
}

const PLATFORMS = ['telegram', 'zalo-bot', 'zalo-oa', 'terminal'] as const;
const platformArg = (value: string | undefined): Platform => {
  if (!value || !(PLATFORMS as readonly string[]).includes(value))
    throw new UsageError(`platform must be one of ${PLATFORMS.join(', ')}`);
  return value as Platform;
};

async function commandStaff(args: string[], config: AppConfig, io: CliIo): Promise<void> {
  const [sub, platform, userId] = args;
  if (sub === 'login-link') {
    // No lock: it must work while the bot runs (the link is a file the server reads).
    if (!userId) throw new UsageError('staff login-link PLATFORM USER_ID');
    const { issueLoginLinkFromCli, LoginLinkRefused } = await import('./admin/issue-link.ts');
    try {
      const url = await issueLoginLinkFromCli(config, platformArg(platform), userId, () => systemClock.now().getTime());
      io.stdout.write(`${url}\nLiên kết đăng nhập trang cán bộ, dùng được một lần trong 10 phút.\n`);
    } catch (error) {
      if (!(error instanceof LoginLinkRefused)) throw error;
      io.stderr.write(`${error.message}\n`);
      throw new CliExit(1);
    }
    return;
  }
  await withWritableStore(config, async (store) => {
    if (sub === 'list') {
      const fromEnv = [
        ...config.staff.telegram.map((id) => `telegram\t${id}\t(STAFF_TELEGRAM_IDS)`),
        ...config.staff.zaloBot.map((id) => `zalo-bot\t${id}\t(STAFF_ZALO_BOT_IDS)`),
        ...config.staff.zaloOa.map((id) => `zalo-oa\t${id}\t(STAFF_ZALO_OA_IDS)`),
      ];
      const stored = (await store.listStaff()).map((m) => `${m.platform}\t${m.userId}\t(thêm lúc ${m.addedAt})`);
      io.stdout.write(`${[...fromEnv, ...stored].join('\n') || 'Chưa có cán bộ nào.'}\n`);
      return;
    }
    if (!userId) throw new UsageError('staff add|remove PLATFORM USER_ID');
    // Each change is audited before it is made.
    const audit = auditLogIn(config.dataDir);
    if (sub === 'add') {
      await audit.append({ type: 'staff-added', platform: platformArg(platform), userId, by: 'cli' });
      await store.addStaff({
        platform: platformArg(platform),
        userId,
        addedAt: systemClock.now().toISOString(),
        addedBy: 'cli',
      });
      io.stdout.write(`Đã thêm cán bộ ${platform} ${userId}.\n`);
    } else if (sub === 'remove') {
      const listed = (await store.listStaff()).some((m) => m.platform === platformArg(platform) && m.userId === userId);
      if (listed) await audit.append({ type: 'staff-removed', platform: platformArg(platform), userId, by: 'cli' });
      const removed = await store.removeStaff(platformArg(platform), userId);
      io.stdout.write(
        removed ? `Đã bỏ quyền cán bộ của ${platform} ${userId}.\n` : 'Không có cán bộ này trong danh sách.\n',
      );
    } else {
      throw new UsageError('staff add|remove|list');
    }
  });
}

async function commandSubscribers(args: string[], config: AppConfig, io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { format: { type: 'string' } }, allowPositionals: true });
  const [sub, file] = positionals;
  // csv-parse and csv-stringify load only for these commands.
  const { formatSubscribers, parseSubscribers } = await import('./store/subscribers-io.ts');
  if (sub === 'export') {
    const { openStore } = await import('./services.ts');
    const store = await openStore(config);
    const format = values.format === 'csv' ? 'csv' : 'jsonl';
    const subscribers = await store.listSubscribers({});
    // Personal data leaves the bot here: audited (how many, not who) before a line is printed.
    await auditLogIn(config.dataDir).append({ type: 'subscribers-exported', count: subscribers.length, by: 'cli' });
    io.stdout.write(formatSubscribers(subscribers, format));
    return 0;
  }
  if (sub === 'delete') {
    const chatId = positionals[2];
    if (!file || !chatId) throw new UsageError('subscribers delete PLATFORM CHAT_ID');
    const key = ChatAddress.toKey({ platform: platformArg(file), chatId });
    await withDeliveryCore(config, io, async ({ core }) => {
      const removed = await core.services.forget(key);
      io.stdout.write(
        removed
          ? `Đã xóa mọi thông tin lưu về ${key} (đăng ký và danh sách gửi tin).\n`
          : `Không có thông tin nào lưu về ${key}.\n`,
      );
    });
    return 0;
  }
  if (sub !== 'import' || !file)
    throw new UsageError(
      'subscribers import FILE | subscribers export [--format csv] | subscribers delete PLATFORM CHAT_ID',
    );
  const { good, bad } = parseSubscribers(readFileSync(resolve(file), 'utf8'), systemClock.now());
  await withWritableStore(config, async (store) => {
    await auditLogIn(config.dataDir).append({ type: 'subscribers-imported', count: good.length, by: 'cli' });
    await store.upsertSubscribers(good);
  });
  for (const row of bad) io.stderr.write(`dòng ${row.line}: ${row.message}\n`);
  io.stdout.write(
    `Đã nhập ${good.length} người đăng ký; ${bad.length} dòng lỗi${bad.length > 0 ? ' (xem ở trên)' : ''}.\n`,
  );
  return bad.length > 0 ? 1 : 0;
}

async function commandBroadcast(args: string[], config: AppConfig, io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: 'string' },
      topic: { type: 'string' },
      area: { type: 'string' },
      platform: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
  });
  if (!values.file)
    throw new UsageError('broadcast --file notice.txt [--topic T] [--area A] [--platform P] [--dry-run]');
  const text = readFileSync(resolve(values.file), 'utf8').trim();
  if (text === '') throw new UsageError('the notice file is empty');
  const audience: AudienceFilter = {
    ...(values.topic ? { topic: values.topic } : {}),
    ...(values.area ? { area: values.area } : {}),
    ...(values.platform ? { platform: platformArg(values.platform) } : {}),
  };
  await withDeliveryCore(config, io, async ({ core, store }) => {
    const count = await store.countSubscribers(audience);
    io.stdout.write(`Xem trước (đúng như người dân sẽ nhận):\n\n${text}\n\nNgười nhận: ${count}\n`);
    const template = config.zaloOa?.template !== undefined;
    io.stdout.write(`${describeReach(await core.reachOf(audience), { template })}\n`);
    if (values['dry-run']) return;
    const jobId = await core.delivery.enqueue({
      kind: 'broadcast',
      key: randomUUID(),
      replies: [{ text }],
      audience,
      createdBy: 'cli',
      summary: text,
    });
    const timer = setInterval(() => {
      const p = core.delivery.progress(jobId);
      if (p) io.stdout.write(`… đã gửi ${p.sent}/${p.total}, lỗi ${p.failed}, bị chặn ${p.blocked}\n`);
    }, 2000);
    const result = await core.delivery.whenDone(jobId);
    clearInterval(timer);
    io.stdout.write(
      `Xong: gửi được ${result.sent}/${result.total}, lỗi ${result.failed}, bị chặn hoặc không liên lạc được ${result.blocked}.\n`,
    );
    for (const [reason, n] of Object.entries(core.delivery.unreachableReasons(jobId)))
      io.stdout.write(`• ${n} người không liên lạc được: ${describeUnreachable(reason)}\n`);
  });
}

/** Codes given as "4, 1": digits only, as Zalo's target fields take them. */
function codeList(value: string | undefined, what: string): string[] | undefined {
  if (value === undefined) return undefined;
  const codes = value.split(',').map((c) => c.trim());
  if (codes.some((c) => !/^\d+$/.test(c)))
    throw new UsageError(`--${what} takes Zalo's numeric codes, e.g. --${what} 4,1`);
  return codes;
}

async function commandOaArticle(args: string[], config: AppConfig, io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      id: { type: 'string' },
      cities: { type: 'string' },
      gender: { type: 'string' },
      ages: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
  });
  const usage = 'oa-article --id ARTICLE_ID [--cities CODES] [--gender all|male|female] [--ages CODES] [--dry-run]';
  if (!values.id) throw new UsageError(usage);
  const gender = values.gender;
  if (gender !== undefined && gender !== 'all' && gender !== 'male' && gender !== 'female') throw new UsageError(usage);
  const target: ArticleTarget = {
    ...(values.cities ? { cities: codeList(values.cities, 'cities') } : {}),
    ...(values.ages ? { ages: codeList(values.ages, 'ages') } : {}),
    ...(gender ? { gender } : {}),
  };
  const zaloOa = config.zaloOa;
  if (!zaloOa)
    throw new UsageError('Zalo OA is not configured (ZALO_OA_APP_ID, ZALO_OA_APP_SECRET, ZALO_OA_SECRET_KEY)');
  const body = articleBroadcastBody(values.id, target);
  const codes = (body.recipient as { target: Record<string, string> }).target;
  const who =
    Object.keys(codes).length === 0 ? 'mọi người quan tâm OA' : `người quan tâm OA có ${JSON.stringify(codes)}`;
  io.stdout.write(`Bài viết ${values.id} sẽ được gửi tới ${who}.\n`);
  if (values['dry-run']) return;
  if (inQuietHours(systemClock.now().getTime(), config.reminders.quietHours)) {
    io.stderr.write('Đang trong giờ yên lặng (QUIET_HOURS): không gửi tin hàng loạt lúc này. Hãy gửi lại sau.\n');
    throw new CliExit(1);
  }
  const logger = createLogger(config.logLevel ?? 'warn', {
    secrets: configuredSecrets(config),
    destination: logDestination(io),
  });
  // The Zalo OA client loads only for this command.
  const { createZaloOaClient } = await import('./channels/zalo-oa/channel.ts');
  const { ZaloOaApiError } = await import('./channels/zalo-oa/client.ts');
  // The lock keeps a running bot from refreshing the same single-use OA token at the same time.
  const release = await lockDataDir(config.dataDir);
  try {
    await auditLogIn(config.dataDir).append({
      type: 'oa-article-broadcast',
      articleId: values.id,
      target: codes,
      by: 'cli',
    });
    const { messageId } = await broadcastArticle(createZaloOaClient(zaloOa, logger), values.id, target);
    io.stdout.write(`Zalo đã nhận yêu cầu gửi${messageId ? ` (mã ${messageId})` : ''}.\n`);
  } catch (error) {
    if (!(error instanceof ZaloOaApiError)) throw error;
    io.stderr.write(`Zalo từ chối: ${error.code ?? error.httpStatus} ${error.description}\n`);
    throw new CliExit(1);
  } finally {
    await release();
  }
}

async function commandDeliveries(args: string[], config: AppConfig, io: CliIo): Promise<void> {
  const [sub] = args;
  if (sub !== 'resume') throw new UsageError('deliveries resume');
  await withDeliveryCore(config, io, async ({ core }) => {
    const resumed = core.delivery.resumeAll();
    io.stdout.write(`Tiếp tục ${resumed.length} đợt gửi chưa xong.\n`);
    for (const id of resumed) {
      const r = await core.delivery.whenDone(id);
      io.stdout.write(`${id}: gửi được ${r.sent}/${r.total}, lỗi ${r.failed}, bị chặn ${r.blocked}\n`);
    }
  });
}

async function commandReminders(args: string[], config: AppConfig, io: CliIo): Promise<void> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { from: { type: 'string' }, to: { type: 'string' }, now: { type: 'string' } },
  });
  if (sub === 'plan') {
    if (!values.from || !values.to)
      throw new UsageError('reminders plan --from DATE --to DATE (YYYY-MM-DD, Vietnam time)');
    const range = planRange(values.from, values.to);
    if (!range)
      throw new UsageError('--from and --to must be dates (2027-03-01) or date-times (2027-03-18T08:00+07:00)');
    const kb = loadOrExit(config, io);
    // Read-only: no lock, and no close(), which would rewrite the store file under a running bot.
    const { openStore } = await import('./services.ts');
    const store = await openStore(config);
    // Read only as well: the bot may be appending to the interaction log.
    const interactions = new InteractionLog({ file: join(config.dataDir, INTERACTIONS_FILE), readOnly: true });
    const reachAt = (audience: AudienceFilter, at: Date) =>
      reachOf({ store, lastInteraction: (key) => interactions.lastAt(key) }, audience, at);
    const lines = await planReminders(kb, store, range.from, range.to, config.reminders, reachAt);
    io.stdout.write(lines.map((line) => `${formatPlanLine(line)}\n`).join(''));
    // Stdout stays one tab-separated line per reminder for scripts; the reach figures are for the person reading.
    const template = config.zaloOa?.template !== undefined;
    for (const line of lines)
      if (line.reach) io.stderr.write(`${line.at} ${line.eventId}\n${describeReach(line.reach, { template })}\n\n`);
    if (lines.length === 0) io.stderr.write('Không có lời nhắc nào trong khoảng thời gian này.\n');
    return;
  }
  if (sub !== 'run') throw new UsageError('reminders plan --from DATE --to DATE | reminders run [--now ISO_TIME]');
  const now = values.now === undefined ? systemClock.now().getTime() : parseVietnamInstant(values.now);
  if (now === undefined)
    throw new UsageError('--now must be a date-time such as 2027-03-18T08:00+07:00 (no offset means Vietnam time)');
  await withDeliveryCore(config, io, async ({ core, reminders }) => {
    // --now picks which reminders are due; what is sent is still recorded at the real time.
    const report = await reminders.runDue(new Date(now));
    for (const s of report.sent) io.stdout.write(`sent\t${s.key}\t${s.jobId}\n`);
    for (const s of report.skipped) io.stdout.write(`skipped\t${s.key}\t${s.reason}\n`);
    for (const w of report.waiting) io.stdout.write(`waiting\t${w.key}\t${w.reason}\n`);
    if (report.sent.length + report.skipped.length + report.waiting.length === 0)
      io.stderr.write('Không có lời nhắc nào đến hạn.\n');
    for (const s of report.sent) {
      const r = await core.delivery.whenDone(s.jobId);
      io.stdout.write(
        `${s.key}: gửi được ${r.sent}/${r.total}, lỗi ${r.failed}, bị chặn hoặc không liên lạc được ${r.blocked}\n`,
      );
    }
  });
}

/** Runs a command that delivers: the data-folder lock and a runtime with every configured channel (none started). */
async function withDeliveryCore(
  config: AppConfig,
  io: CliIo,
  work: (runtime: Runtime) => Promise<void>,
): Promise<void> {
  const logger = createLogger(config.logLevel ?? 'warn', {
    secrets: configuredSecrets(config),
    destination: logDestination(io),
  });
  const knowledge = new KnowledgeStore(config.knowledgeDir, logger, {
    dataDir: config.dataDir,
    ...centerOption(config),
  });
  let runtime: Runtime | undefined;
  const release = await lockDataDir(config.dataDir).catch((error: unknown) => {
    knowledge.close();
    throw error;
  });
  try {
    const { createRuntime } = await import('./runtime.ts');
    runtime = await createRuntime(config, { logger, knowledge });
    await work(runtime);
  } finally {
    if (runtime) await runtime.close();
    else knowledge.close();
    await release();
  }
}

class UsageError extends Error {}

/** Ends a command early with an exit code, after it has told the person why. */
class CliExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** Where a command reads and writes: the process's streams and environment, or a test's. */
export interface CliIo {
  /** Command output: reports, JSON lines, the terminal chat. */
  stdout: NodeJS.WritableStream;
  /** Errors, usage, warnings and log lines. */
  stderr: NodeJS.WritableStream;
  /** Configuration; the process environment when left out. */
  env?: NodeJS.ProcessEnv;
  /** Input for `ask --stdin` and the terminal chat; the process's stdin when left out. */
  stdin?: NodeJS.ReadableStream;
}

/** Log lines go to io.stderr; the process's own stderr keeps pino's fast file-descriptor writer. */
function logDestination(io: CliIo): LoggerOptions['destination'] {
  return io.stderr === process.stderr ? undefined : (io.stderr as LoggerOptions['destination']);
}

/** `ctxh help`, `ctxh --help` or `--help`/`-h` after any command: the usage, exit code 0. */
function asksForHelp(argv: readonly string[]): boolean {
  return argv[0] === 'help' || argv.includes('--help') || argv.includes('-h');
}

async function runCommand(argv: string[], io: CliIo): Promise<number> {
  if (asksForHelp(argv)) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [command, ...args] = argv;
  const config = loadConfig(io.env ?? process.env);
  switch (command) {
    case 'start':
      await commandStart(config, io);
      return 0;
    case 'ask':
      await commandAsk(args, config, io);
      return 0;
    case 'eval':
      await commandEval(args, config, io);
      return 0;
    case 'kb':
      commandKb(args, config, io);
      return 0;
    case 'train-safeguarding':
      commandTrainSafeguarding(args, config, io);
      return 0;
    case 'train-intents':
      commandTrainIntents(args, config, io);
      return 0;
    case 'staff':
      await commandStaff(args, config, io);
      return 0;
    case 'subscribers':
      return commandSubscribers(args, config, io);
    case 'broadcast':
      await commandBroadcast(args, config, io);
      return 0;
    case 'oa-article':
      await commandOaArticle(args, config, io);
      return 0;
    case 'deliveries':
      await commandDeliveries(args, config, io);
      return 0;
    case 'reminders':
      await commandReminders(args, config, io);
      return 0;
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  }
}

/** node:util parseArgs's own errors (an unknown option, a missing value): the person typed the command wrong. */
function isParseArgsError(error: unknown): error is Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/**
 * Runs one command (`argv` without node and the script) and resolves to its exit code:
 * 0 done, 1 failed, 2 usage or configuration error, 3 the data folder is locked by a running bot.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (error) {
    if (error instanceof CliExit) return error.code;
    if (error instanceof DataLockedError) {
      io.stderr.write(`${error.message}\n`);
      return 3;
    }
    if (error instanceof UsageError || error instanceof ConfigError || isParseArgsError(error)) {
      io.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

/** The process entry (bin/ctxh.js, `tsx src/cli.ts`): reads .env, runs the command with the process's streams. */
export async function runCliProcess(): Promise<void> {
  // A .env next to package.json is read for convenience; real environment variables win.
  const envFile = resolve(PROJECT_ROOT, '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  // A reader that stops early (`ask --stdin … | head`) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
  });
  // A failed command ends at once (as before), even if a timer or watcher is still open.
  if (code !== 0) process.exit(code);
}

const invokedPath = process.argv[1] ? resolve(process.argv[1]) : '';
if (
  invokedPath !== '' &&
  (existsSync(invokedPath) ? realpathSync(invokedPath) : invokedPath) === fileURLToPath(import.meta.url)
)
  await runCliProcess();
