/**
 * Reads knowledge/ into a validated `Knowledge` value: plain data (entries,
 * ui, center facts, agencies, and the parsed files the other layers compile
 * their own sections from). Every problem names the file, the entry, the
 * field and what to fix, in Vietnamese, because staff edit these files.
 */
import { ENTRY_IDS, REQUIRED_ENTRY_IDS } from './entry-ids.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { z } from 'zod';
import {
  agenciesSchema,
  centerSchema,
  entrySchema,
  lexiconSchema,
  uiSchema,
  type AgenciesFile,
  type AgencyFile,
  type Center,
  type EntryFile,
  type LexiconFile,
  type UiFile,
} from './schema.ts';
import { eligibilityFileSchema, type EligibilityFile } from './eligibility-schema.ts';
import { placeholderProblems, renderCenter } from './template.ts';
import { FIGURES_FILE, figuresFileSchema, type FiguresFile } from './figures-schema.ts';
import { renderFigures, type FigureContext } from './figures.ts';
import {
  classifierModelSchema,
  safeguardingSchema,
  type ClassifierModel,
  type SafeguardingFile,
} from './safeguarding-schema.ts';
import { KnowledgeError, type KbProblem } from './problems.ts';
import type { ParsedYamlCache } from './parse-cache.ts';
import { pause, runSteps, type Steps } from './steps.ts';
import { INTENT_MODEL_FILE, intentModelSchema, type IntentModel } from './intent-schema.ts';
import { checkManifest, manifestMatches, manifestSchema, MANIFEST_FILE, type SafetyData } from './manifest.ts';

/** The trained safeguarding classifier, written by `npm run train:safeguarding`. */
export const SAFEGUARDING_MODEL_FILE = 'safeguarding-model.json';
import { EVENTS_FILE, parseEventsFile, type EventsFile } from './events-schema.ts';

export { formatProblems, KnowledgeError, type KbProblem } from './problems.ts';

/** Longest answer, after placeholders are filled, so it fits every platform in one message. */
export const MAX_ANSWER_CHARS = 1500;

/** An entry ready to serve: placeholders filled. */
export interface Entry extends EntryFile {
  /** Path of the file it came from, relative to the knowledge folder. */
  file: string;
}

/** Another agency the bot refers questions to, placeholders filled. */
export type Agency = AgencyFile;

/** The file of other agencies residents ask about; optional (without it, no referrals). */
const AGENCIES_FILE = 'agencies.yaml';

/** Ui sentences after `{center.x}` placeholders are filled. */
type Ui = UiFile;

/**
 * Everything the knowledge folder says, checked and with placeholders filled:
 * plain data, replaced as a whole when files change. nlp, eligibility,
 * scheduler and safeguarding compile their own sections from `source`.
 */
export interface Knowledge {
  center: Center;
  ui: Ui;
  entries: ReadonlyMap<string, Entry>;
  /** Other agencies out-of-scope questions are referred to (agencies.yaml), by id; absent when the file is. */
  agencyList?: ReadonlyMap<string, Agency>;
  /** Non-blocking remarks (empty center facts, entries in no menu group…). */
  warnings: KbProblem[];
  /** The parsed files, as read (lexicon, safeguarding, eligibility, events…). */
  source: KnowledgeSource;
}

/** The parsed (not yet cross-checked) contents of the knowledge folder. */
export interface KnowledgeSource {
  center: Center;
  ui: UiFile;
  lexicon: LexiconFile;
  safeguarding: SafeguardingFile;
  /** The trained safeguarding classifier (safeguarding-model.json); optional: without it, concept rules only. */
  safeguardingModel?: ClassifierModel;
  /** The trained intent classifier (intent-model.json); optional: without it, the matcher alone answers. */
  intentModel?: IntentModel;
  entries: Array<EntryFile & { file: string }>;
  eligibility?: EligibilityFile;
  /** Dated legal amounts (figures.yaml); empty when the file is absent. */
  figures: FiguresFile;
  events?: EventsFile;
  agencies?: AgenciesFile;
  /**
   * How the safety-critical files (safeguarding.yaml, lexicon.yaml) were found
   * complete: they match manifest.yaml's checksums, or one was edited since
   * and no count fell below the manifest's floors, or there is no manifest.
   */
  integrity?: 'checksum' | 'floors' | 'no-manifest';
}

const FIELD_HINTS: Record<string, string> = {
  id: 'mã mục',
  questions: 'các cách hỏi',
  keywords: 'từ khóa',
  questions_en: 'các cách hỏi bằng tiếng Anh',
  answer: 'câu trả lời',
  answer_en: 'câu trả lời tiếng Anh',
  title_en: 'tiêu đề tiếng Anh',
  related: 'chủ đề liên quan',
  follow_ups: 'câu hỏi tiếp theo',
  aspects: 'câu trả lời theo khía cạnh',
  aspects_en: 'câu trả lời theo khía cạnh bằng tiếng Anh',
  sources: 'nguồn',
  reviewed: 'ngày rà soát',
};

function fieldName(path: ReadonlyArray<PropertyKey>): string | undefined {
  if (path.length === 0) return undefined;
  const parts = path.map((p) => (typeof p === 'number' ? `mục thứ ${p + 1}` : String(p)));
  const head = String(path[0]);
  const hint = FIELD_HINTS[head] ? ` (${FIELD_HINTS[head]})` : '';
  return `${parts.join(' › ')}${hint}`;
}

/** Each aspect line with its placeholders filled. */
function renderLines(
  lines: Readonly<Record<string, string>>,
  render: (text: string) => string,
): Record<string, string> {
  return Object.fromEntries(Object.entries(lines).map(([aspect, text]) => [aspect, render(text)]));
}

/** The raw text of every knowledge file, by path relative to the knowledge folder (`entries/hotline.yaml`). */
export type KnowledgeFiles = ReadonlyMap<string, string>;

/** The files the loader reads at the top of the folder (entries/*.yaml besides). */
const TOP_FILES = [
  'center.yaml',
  'ui.yaml',
  'lexicon.yaml',
  'safeguarding.yaml',
  SAFEGUARDING_MODEL_FILE,
  INTENT_MODEL_FILE,
  'eligibility.yaml',
  FIGURES_FILE,
  EVENTS_FILE,
  AGENCIES_FILE,
  MANIFEST_FILE,
];
const ENTRIES_DIR = 'entries';

/** The folder of other centers' files, one per province, chosen with CENTER (`centers/hue.yaml`). */
const CENTERS_DIR = 'centers';

/**
 * Reads the text of every knowledge file into memory, so that what is checked,
 * compiled and kept as the last good copy are the very same bytes. A file that
 * does not exist is left out (parsing names it); one that cannot be read is a problem.
 * With `center`, `centers/<center>.yaml` is read in place of center.yaml.
 */
export function readKnowledgeFiles(dir: string, problems: KbProblem[], center?: string): KnowledgeFiles {
  const files = new Map<string, string>();
  const read = (file: string): void => {
    try {
      files.set(file, readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        problems.push({ file, message: `không đọc được tệp: ${(error as Error).message}` });
    }
  };
  for (const file of TOP_FILES) read(file);
  if (center !== undefined) {
    const file = `${CENTERS_DIR}/${center}.yaml`;
    files.delete('center.yaml');
    read(file);
    const text = files.get(file);
    files.delete(file);
    // Kept under the usual name, so the last good copy and every check see one center file.
    if (text !== undefined) files.set('center.yaml', text);
    else
      problems.push({
        file,
        message: `không tìm thấy tệp trung tâm cho CENTER=${center}; tạo tệp này hoặc bỏ biến CENTER.`,
      });
  }
  let names: string[] = [];
  try {
    names = readdirSync(join(dir, ENTRIES_DIR))
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
      .sort();
  } catch {
    problems.push({ file: `${ENTRIES_DIR}/`, message: 'không tìm thấy thư mục entries/ chứa các mục hỏi–đáp.' });
  }
  for (const name of names) {
    // A file renamed or removed since the listing (an upload in progress) is simply not there.
    if (statSync(join(dir, ENTRIES_DIR, name), { throwIfNoEntry: false })?.isFile()) read(`${ENTRIES_DIR}/${name}`);
  }
  return files;
}

/** Parses and schema-checks one YAML (or JSON) file's text; problems are pushed, never thrown. */
function parseFile<S extends z.ZodType>(
  file: string,
  text: string | undefined,
  schema: S,
  problems: KbProblem[],
  cache?: Pick<ParsedYamlCache, 'parse'>,
): z.infer<S> | undefined {
  if (text === undefined) {
    problems.push({ file, message: 'không tìm thấy tệp này.' });
    return undefined;
  }
  let raw: unknown;
  try {
    const parseYaml = (yaml: string): unknown => parse(yaml, { prettyErrors: true, uniqueKeys: true });
    raw = file.endsWith('.json') ? JSON.parse(text) : cache ? cache.parse(text, parseYaml) : parseYaml(text);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line;
      problems.push({
        file,
        message: `sai cú pháp YAML${line ? ` ở dòng ${line}` : ''}: ${error.message.split('\n')[0]}. Kiểm tra thụt lề (dùng dấu cách, không dùng Tab) và dấu ":" sau tên trường.`,
      });
    } else {
      problems.push({ file, message: `không đọc được tệp: ${(error as Error).message}` });
    }
    return undefined;
  }
  const result = schema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const entryId =
    raw && typeof raw === 'object' && 'id' in raw && typeof (raw as { id: unknown }).id === 'string'
      ? (raw as { id: string }).id
      : undefined;
  for (const issue of result.error.issues) {
    const problem: KbProblem = { file, message: issue.message };
    if (entryId) problem.entryId = entryId;
    const field = fieldName(issue.path);
    if (field) problem.field = field;
    problems.push(problem);
  }
  return undefined;
}

/** Options for reading the knowledge files. */
export interface ReadOptions {
  /** Skip the manifest's floors (only to write a new manifest after a deliberate removal). */
  ignoreManifest?: boolean;
  /** CENTER: read `centers/<center>.yaml` instead of center.yaml. */
  center?: string;
  /** Parsed YAML from earlier loads (DATA_DIR), to skip parsing text parsed before. */
  parseCache?: Pick<ParsedYamlCache, 'parse'>;
}

/**
 * Parses every knowledge file and checks the safety-critical ones against
 * manifest.yaml; throws `KnowledgeError` listing all problems if any file is unusable.
 */
export function parseKnowledgeSource(
  files: KnowledgeFiles,
  problems: KbProblem[] = [],
  options: ReadOptions = {},
): KnowledgeSource {
  const yaml = <S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined =>
    parseFile(file, files.get(file), schema, problems, options.parseCache);
  const center = yaml('center.yaml', centerSchema);
  const ui = yaml('ui.yaml', uiSchema);
  const lexicon = yaml('lexicon.yaml', lexiconSchema);
  const safeguarding = yaml('safeguarding.yaml', safeguardingSchema);
  const safeguardingModel = files.has(SAFEGUARDING_MODEL_FILE)
    ? yaml(SAFEGUARDING_MODEL_FILE, classifierModelSchema)
    : undefined;
  const intentModel = files.has(INTENT_MODEL_FILE) ? yaml(INTENT_MODEL_FILE, intentModelSchema) : undefined;
  const eligibility = yaml('eligibility.yaml', eligibilityFileSchema);
  const agencies = files.has(AGENCIES_FILE) ? yaml(AGENCIES_FILE, agenciesSchema) : undefined;
  const figures = files.has(FIGURES_FILE) ? yaml(FIGURES_FILE, figuresFileSchema) : {};
  // Read loosely, then checked event by event so each problem names the event's id.
  const eventsRaw = yaml(EVENTS_FILE, z.unknown());
  const events = eventsRaw === undefined ? undefined : parseEventsFile(eventsRaw, problems);
  // Writing a new manifest must work even when the old one is damaged.
  const manifest =
    files.has(MANIFEST_FILE) && !options.ignoreManifest ? yaml(MANIFEST_FILE, manifestSchema) : undefined;
  if (files.has(MANIFEST_FILE) && !options.ignoreManifest && !manifest) {
    problems.push({
      file: MANIFEST_FILE,
      message: 'tệp này do máy viết và đang hỏng: chạy npm run kb:check -- --write-manifest để ghi lại.',
    });
  }
  const safety = safeguarding && lexicon ? safetyData(files, { safeguarding, lexicon, safeguardingModel }) : undefined;
  if (manifest && safety) checkManifest(manifest, safety, problems);
  const entries: KnowledgeSource['entries'] = [];
  for (const [file, text] of files) {
    if (!file.startsWith(`${ENTRIES_DIR}/`)) continue;
    const entry = parseFile(file, text, entrySchema, problems, options.parseCache);
    if (entry) entries.push({ ...entry, file });
  }
  if (problems.length > 0 || !center || !ui || !lexicon || !safeguarding || !eligibility || !events || !figures)
    throw new KnowledgeError(problems);
  if (center.figures_province && !Object.values(figures).some((f) => center.figures_province in f.provinces))
    problems.push({
      file: 'center.yaml',
      field: 'figures_province',
      message: `figures.yaml không có mức riêng nào cho mã tỉnh "${center.figures_province}"; sửa mã hoặc để trống ("").`,
    });
  if (problems.length > 0) throw new KnowledgeError(problems);
  return {
    center,
    figures,
    ui,
    lexicon,
    safeguarding,
    entries,
    eligibility,
    events,
    ...(safeguardingModel ? { safeguardingModel } : {}),
    ...(intentModel ? { intentModel } : {}),
    ...(agencies ? { agencies } : {}),
    integrity: manifest && safety ? (manifestMatches(manifest, safety) ? 'checksum' : 'floors') : 'no-manifest',
  };
}

/** The safety-critical files' text and parsed form, as the manifest measures them. */
export function safetyData(
  files: KnowledgeFiles,
  source: Pick<KnowledgeSource, 'safeguarding' | 'lexicon' | 'safeguardingModel'>,
): SafetyData {
  return {
    safeguarding: {
      text: files.get('safeguarding.yaml') ?? '',
      file: source.safeguarding,
      hasModel: source.safeguardingModel !== undefined,
    },
    lexicon: { text: files.get('lexicon.yaml') ?? '', file: source.lexicon },
  };
}

/** Reads every knowledge file; throws `KnowledgeError` listing all problems if any file is unusable. */
export function readKnowledgeSource(dir: string, options: ReadOptions = {}): KnowledgeSource {
  const problems: KbProblem[] = [];
  return parseKnowledgeSource(readKnowledgeFiles(dir, problems, options.center), problems, options);
}

/** Options for checking a knowledge snapshot. */
export interface CheckOptions {
  /** Check only what the matcher needs (used by benchmarks on generated data). */
  skipEditorialChecks?: boolean;
  /** The day whose legal figures answers quote (the runtime clock); the computer's clock when absent. */
  now?: Date;
  /**
   * Entries an earlier check rendered with the same center, figures and
   * figures in force: an entry whose parsed object is in `sources` is taken
   * from `entries` as it is (its placeholders were checked and filled then).
   */
  rendered?: { sources: Pick<ReadonlySet<EntryFile>, 'has'>; entries: ReadonlyMap<string, Entry> };
}

/** The figures context of a snapshot: the center's province and the day answers are rendered for. */
export function figureContext(source: Pick<KnowledgeSource, 'figures' | 'center'>, now: Date): FigureContext {
  return {
    figures: source.figures,
    province: source.center.figures_province,
    provinceName: source.center.province,
    now,
  };
}

/**
 * Cross-checks the entries and the menu (ids, links, placeholders, lengths)
 * and fills `{center.x}`; problems are pushed, warnings returned.
 */
function checkEntries(
  source: KnowledgeSource,
  options: CheckOptions,
  problems: KbProblem[],
): Omit<Knowledge, 'agencyList'> {
  return runSteps(checkEntriesInSteps(source, options, problems));
}

/** `checkEntries`, pausing between entries (see steps.ts). */
export function* checkEntriesInSteps(
  source: KnowledgeSource,
  options: CheckOptions,
  problems: KbProblem[],
): Steps<Omit<Knowledge, 'agencyList'>> {
  const warnings: KbProblem[] = [];
  const { center } = source;
  const missing = source.ui.missing_info;
  const hoursWords = source.ui.hotline_hours_words;
  const figures = figureContext(source, options.now ?? new Date());

  const ids = new Map<string, string>();
  for (const entry of source.entries) {
    if (ids.size % 1024 === 1023) yield* pause();
    const expectedName = `${entry.id}.yaml`;
    if (!options.skipEditorialChecks && basename(entry.file) !== expectedName) {
      problems.push({
        file: entry.file,
        entryId: entry.id,
        field: 'id',
        message: `tên tệp phải trùng với mã mục: đổi tên tệp thành ${expectedName} (hoặc sửa mã).`,
      });
    }
    const previous = ids.get(entry.id);
    if (previous) {
      problems.push({
        file: entry.file,
        entryId: entry.id,
        field: 'id',
        message: `mã này đã dùng ở ${previous}; mỗi mục cần một mã riêng.`,
      });
    }
    ids.set(entry.id, entry.file);
  }
  for (const required of REQUIRED_ENTRY_IDS) {
    if (!ids.has(required))
      problems.push({ file: `entries/${required}.yaml`, message: `thiếu mục bắt buộc "${required}".` });
  }

  const entries = new Map<string, Entry>();
  for (const entry of source.entries) {
    yield* pause();
    const where = { file: entry.file, entryId: entry.id };
    for (const [aspect, target] of Object.entries(entry.follow_ups ?? {})) {
      if (!ids.has(target))
        problems.push({ ...where, field: `follow_ups › ${aspect}`, message: `không có mục nào mang mã "${target}".` });
    }
    for (const related of entry.related) {
      if (!ids.has(related))
        problems.push({ ...where, field: 'related', message: `không có mục nào mang mã "${related}".` });
      if (related === entry.id)
        problems.push({ ...where, field: 'related', message: 'một mục không thể liên quan tới chính nó.' });
    }
    const before = options.rendered?.sources.has(entry) ? options.rendered.entries.get(entry.id) : undefined;
    if (before) {
      // Filling the placeholders of 10,000 unchanged entries again costs about 100 ms and 60 MB of garbage.
      entries.set(entry.id, before);
      continue;
    }
    for (const [field, text] of [
      ['title', entry.title],
      ['title_en', entry.title_en ?? ''],
      ['answer', entry.answer],
      ['answer_en', entry.answer_en ?? ''],
    ] as const) {
      for (const message of placeholderProblems(text, center, source.figures))
        problems.push({ ...where, field, message });
    }
    for (const [field, lines] of [
      ['aspects', entry.aspects],
      ['aspects_en', entry.aspects_en],
    ] as const) {
      for (const [aspect, text] of Object.entries(lines ?? {}))
        for (const message of placeholderProblems(text, center, source.figures))
          problems.push({ ...where, field: `${field} › ${aspect}`, message });
    }
    const answer = renderCenter(renderFigures(entry.answer, figures), center, missing, hoursWords);
    if (answer.length > MAX_ANSWER_CHARS) {
      problems.push({
        ...where,
        field: 'answer',
        message: `câu trả lời dài ${answer.length} ký tự (sau khi điền thông tin trung tâm); tối đa ${MAX_ANSWER_CHARS}. Hãy rút gọn hoặc tách thành mục liên quan.`,
      });
    }
    const english = {
      ...(entry.answer_en === undefined
        ? {}
        : { answer_en: renderCenter(renderFigures(entry.answer_en, figures, 'en'), center, missing, hoursWords) }),
      ...(entry.title_en === undefined ? {} : { title_en: renderCenter(entry.title_en, center, missing, hoursWords) }),
      ...(entry.aspects_en === undefined
        ? {}
        : {
            aspects_en: renderLines(entry.aspects_en, (t) =>
              renderCenter(renderFigures(t, figures, 'en'), center, missing, hoursWords),
            ),
          }),
    };
    if (english.answer_en !== undefined && english.answer_en.length > MAX_ANSWER_CHARS) {
      problems.push({
        ...where,
        field: 'answer_en',
        message: `câu trả lời tiếng Anh dài ${english.answer_en.length} ký tự (sau khi điền thông tin trung tâm); tối đa ${MAX_ANSWER_CHARS}. Hãy rút gọn.`,
      });
    }
    const aspects =
      entry.aspects === undefined
        ? {}
        : {
            aspects: renderLines(entry.aspects, (t) =>
              renderCenter(renderFigures(t, figures), center, missing, hoursWords),
            ),
          };
    entries.set(entry.id, {
      ...entry,
      ...english,
      ...aspects,
      title: renderCenter(entry.title, center, missing, hoursWords),
      answer,
    });
  }

  const ui = renderUi(source.ui, center);
  const grouped = new Set<string>();
  for (const group of ui.groups) {
    for (const id of group.entries) {
      grouped.add(id);
      if (!ids.has(id))
        problems.push({ file: 'ui.yaml', field: `groups › ${group.id}`, message: `không có mục nào mang mã "${id}".` });
    }
  }
  if (!options.skipEditorialChecks) {
    // 10,000 entries outside the menu are 10,000 warnings made: not in one slice.
    let looked = 0;
    for (const id of ids.keys()) {
      if (++looked % 256 === 0) yield* pause();
      if (!grouped.has(id) && id !== ENTRY_IDS.greeting && id !== ENTRY_IDS.emergency) {
        warnings.push({
          file: ids.get(id) as string,
          entryId: id,
          message:
            'mục này chưa nằm trong nhóm chủ đề nào ở ui.yaml (người dân vẫn hỏi được, nhưng không thấy trong danh mục).',
        });
      }
    }
    if (source.integrity === 'no-manifest') {
      warnings.push({
        file: MANIFEST_FILE,
        message:
          'chưa có tệp này, nên trợ lý không phát hiện được safeguarding.yaml hay lexicon.yaml bị tải lên dở dang. Chạy npm run kb:check -- --write-manifest.',
      });
    } else if (source.integrity === 'floors') {
      warnings.push({
        file: MANIFEST_FILE,
        message:
          'safeguarding.yaml hoặc lexicon.yaml đã sửa sau lần ghi manifest (không mục nào ít đi nên vẫn dùng được). Chạy npm run kb:check -- --write-manifest để cập nhật.',
      });
    }
    for (const key of ['address', 'hours', 'website'] as const) {
      if (center[key] === '')
        warnings.push({
          file: 'center.yaml',
          field: key,
          message: 'đang để trống; trợ lý sẽ mời người dân gọi tổng đài thay vì trả lời mục này.',
        });
    }
  }
  return { center, ui, entries, warnings, source };
}

/**
 * Checks the whole folder (entries, menu, agencies) into plain data; throws
 * `KnowledgeError` on any problem. Layers that compile sections run their
 * own checks between the two steps, so that all problems are reported at once.
 */
export function checkKnowledge(source: KnowledgeSource, options: CheckOptions = {}): Knowledge {
  const problems: KbProblem[] = [];
  const data = checkEntries(source, options, problems);
  const agencyList = checkAgencies(source.agencies, data.center, source.ui.missing_info, problems);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return { ...data, ...(agencyList ? { agencyList } : {}) };
}

/** Checks agency ids and placeholders, and fills `{center.x}` in what the bot will say. */
export function checkAgencies(
  file: AgenciesFile | undefined,
  center: Center,
  missing: string,
  problems: KbProblem[],
): Map<string, Agency> | undefined {
  if (!file) return undefined;
  const byId = new Map<string, Agency>();
  for (const agency of file.agencies) {
    const where = { file: AGENCIES_FILE, entryId: agency.id };
    if (byId.has(agency.id))
      problems.push({
        ...where,
        field: 'id',
        message: 'mã này đã dùng cho một cơ quan khác; mỗi cơ quan cần một mã riêng.',
      });
    for (const field of ['name', 'handles', 'contact'] as const) {
      for (const message of placeholderProblems(agency[field], center)) problems.push({ ...where, field, message });
    }
    byId.set(agency.id, {
      ...agency,
      name: renderCenter(agency.name, center, missing),
      handles: renderCenter(agency.handles, center, missing),
      contact: renderCenter(agency.contact, center, missing),
    });
  }
  return byId;
}

function renderUi(ui: UiFile, center: Center): Ui {
  const rendered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(ui)) {
    rendered[key] =
      typeof value === 'string' ? renderCenter(value, center, ui.missing_info, ui.hotline_hours_words) : value;
  }
  const groups = ui.groups.map((g) => ({
    ...g,
    title: renderCenter(g.title, center, ui.missing_info, ui.hotline_hours_words),
  }));
  return {
    ...(rendered as UiFile),
    groups,
    handoff: renderNested(ui.handoff, center, ui.missing_info),
    small_talk: renderNested(ui.small_talk, center, ui.missing_info),
  };
}

/** Nested sentences (the handoff's reasons and closed_how, small talk) with `{center.x}` filled, cues included. */
function renderNested<T>(nested: T, center: Center, missing: string): T {
  const render = (value: unknown): unknown => {
    if (typeof value === 'string') return renderCenter(value, center, missing);
    if (Array.isArray(value)) return value.map(render);
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, render(v)]));
    return value;
  };
  return render(nested) as T;
}
