/**
 * The knowledge snapshot the bot answers with: kb/'s checked data, and the
 * section every layer compiles from it (nlp: lexicon and matchers;
 * eligibility: rules; scheduler: events; safeguarding: detector and
 * classifier). Built once per load or reload, here and nowhere else.
 */
import type { Logger } from 'pino';
import { type Clock, systemClock } from './clock.ts';
import { nextFigureChange, vietnamDay } from './kb/figures.ts';
import { compileEligibility, type EligibilityRules } from './eligibility/rules.ts';
import {
  checkAgencies,
  checkEntriesInSteps,
  figureContext,
  KnowledgeError,
  readKnowledgeSource,
  SAFEGUARDING_MODEL_FILE,
  type CheckOptions,
  type KbProblem,
  type Knowledge,
  type KnowledgeSource,
  type ReadOptions,
} from './kb/load.ts';
import { KnowledgeFolder, type KnowledgeStoreOptions, type LoadedSnapshot } from './kb/store.ts';
import { type CheckResult, KnowledgeChecker } from './knowledge-check.ts';
import {
  compileLexicon,
  compileNlpInSteps,
  type NlpSection,
  type PackedNlpIndexes,
  type ReusableIntents,
  type ServedNlp,
} from './nlp/compile.ts';
import { type PackedEntries, unpackEntriesInSteps } from './kb/entry-transfer.ts';
import { withServedSections } from './kb/kept-sections.ts';
import { type PackedModel, unpackModelInSteps } from './kb/model-transfer.ts';
import { named, pause, runSteps, runStepsBetweenTasks, type SliceListener, type Steps } from './kb/steps.ts';
import type { MatcherWeights } from './nlp/matcher.ts';
import type { Lexicon } from './text/lexicon.ts';
import { personAskProblems } from './nlp/person-asked.ts';
import { compileSafeguardingInSteps, type Safeguarding } from './safeguarding/compile.ts';
import { compileEvents, type EventCatalog } from './scheduler/events.ts';

/** Everything the bot knows, compiled; replaced as a whole when files change. */
export interface CompiledKnowledge extends Knowledge, NlpSection {
  /** Danger and disclosure recognition (safeguarding.yaml), run before anything else. */
  safeguarding: Safeguarding;
  /** The guided eligibility check (eligibility.yaml); absent only in snapshots built without it. */
  eligibility?: EligibilityRules;
  /** Subscription topics and the events reminded of (events.yaml); absent only in snapshots built without it. */
  events?: EventCatalog;
  /** The Vietnam day (YYYY-MM-DD) a legal figure quoted here changes; absent when none is scheduled. */
  figuresChangeOn?: string;
}

/** Options for compiling a knowledge snapshot. */
export interface CompileOptions extends CheckOptions {
  weights?: MatcherWeights;
}

/** A section of the snapshot being served that the next compile may keep, when what it was compiled from is unchanged. */
export interface ReusableSections {
  /** The safeguarding section, when safeguarding.yaml, its model, lexicon.yaml, center.yaml and ui.yaml are unchanged. */
  safeguarding?: { section: Safeguarding; entryIds: EntryIds };
  /** The intent classifier built from this very model object (reused when the source still holds it). */
  intents?: ReusableIntents;
  /** What the served language section may share (see `ServedNlp`). */
  nlp?: ServedNlp;
  /** The served lexicon, kept while lexicon.yaml's parsed section is `file`, the served snapshot's own (an unchanged file). */
  lexicon?: { section: Lexicon; file: KnowledgeSource['lexicon'] };
  /**
   * The served eligibility rules, kept while eligibility.yaml's parsed section is `file` and the entry ids are
   * `entryIds` (the rules render the center and the figures in force: kept only when those render alike).
   */
  eligibility?: { rules: EligibilityRules; file: NonNullable<KnowledgeSource['eligibility']>; entryIds: EntryIds };
}

/** The files the safeguarding section is compiled from (besides the entry ids). */
const SAFEGUARDING_INPUT_FILES = [
  'safeguarding.yaml',
  SAFEGUARDING_MODEL_FILE,
  'lexicon.yaml',
  'center.yaml',
  'ui.yaml',
] as const;

/** The files the agencies' recognisers are compiled from. */
const AGENCY_INPUT_FILES = ['agencies.yaml', 'lexicon.yaml', 'center.yaml', 'ui.yaml'] as const;

/** Entry ids: a set of them, or the entries by id themselves (no set to build at once). */
interface EntryIds {
  readonly size: number;
  has(id: string): boolean;
  keys(): Iterable<string>;
}

/** True when both hold the same ids; pausing, since 10,000 ids freshly parsed take about 5 ms to look up. */
function* sameIds(a: EntryIds, b: EntryIds): Steps<boolean> {
  if (a.size !== b.size) return false;
  let looked = 0;
  for (const id of a.keys()) {
    if (++looked % 1024 === 0) yield* pause();
    if (!b.has(id)) return false;
  }
  return true;
}

/**
 * The compile, pausing between slices of work (see kb/steps.ts), so that a
 * reload can let answers through; `prebuilt`: the language indexes the check
 * worker built from the same files.
 */
function* compileSteps(
  source: KnowledgeSource,
  options: CompileOptions,
  reuse: ReusableSections = {},
  prebuilt?: PackedNlpIndexes,
): Steps<CompiledKnowledge> {
  const problems: KbProblem[] = [];
  const data = yield* named('check entries', checkEntriesInSteps(source, options, problems));
  yield* pause();
  const { center } = data;
  const missing = source.ui.missing_info;
  // The entries by id serve as the set of ids the sections look ids up in: a set of 10,000 ids made on every reload
  // took slices of its own and was garbage for the next collection to copy.
  const entryIds: EntryIds = data.entries;
  // Sections kept from the served snapshot need the same entry ids: compared once per set of served ids.
  const compared = new Map<EntryIds, boolean>();
  function* sameAsServed(served: EntryIds): Steps<boolean> {
    let same = compared.get(served);
    if (same === undefined) {
      same = yield* named('compare entry ids', sameIds(served, entryIds));
      compared.set(served, same);
    }
    return same;
  }
  problems.push(...personAskProblems(source.lexicon.person_asks, entryIds));
  const now = options.now ?? new Date();
  const figures = figureContext(source, now);
  // Compiling the rules takes 1.4–5.8 ms of one slice on a loaded machine: a reload that changed none of their inputs keeps them.
  const keptRules = reuse.eligibility;
  const eligibility = !source.eligibility
    ? undefined
    : keptRules && keptRules.file === source.eligibility && (yield* sameAsServed(keptRules.entryIds))
      ? keptRules.rules
      : compileEligibility(source.eligibility, { entryIds, center, missing, figures }, problems);
  yield* pause();
  const events = source.events ? compileEvents(source.events, { center, missing, entryIds }, problems) : undefined;
  // The lexicon's rules take most of a millisecond: not in the events' slice.
  yield* pause();
  // The lexicon's rules (0.7–4.4 ms of a slice under load) depend on lexicon.yaml alone.
  const lexicon = reuse.lexicon?.file === source.lexicon ? reuse.lexicon.section : compileLexicon(source.lexicon);
  yield* pause();
  const kept = reuse.safeguarding;
  const safeguarding =
    kept && (yield* sameAsServed(kept.entryIds))
      ? kept.section
      : yield* named(
          'safeguarding',
          compileSafeguardingInSteps(
            source.safeguarding,
            {
              center,
              missing,
              entryIds,
              lexicon,
              ...(source.safeguardingModel ? { model: source.safeguardingModel } : {}),
            },
            problems,
          ),
        );
  yield* pause();
  const agencyList = checkAgencies(source.agencies, center, missing, problems);
  if (problems.length > 0 || !safeguarding) throw new KnowledgeError(problems);
  const knowledge: Knowledge = { ...data, ...(agencyList ? { agencyList } : {}) };
  const figuresChangeOn = nextFigureChange(figures);
  const nlp = yield* named(
    'nlp',
    compileNlpInSteps(
      knowledge,
      lexicon,
      options.weights,
      reuse.intents,
      prebuilt,
      reuse.nlp,
      Number(vietnamDay(now).slice(0, 4)),
    ),
  );
  return {
    ...knowledge,
    ...(figuresChangeOn ? { figuresChangeOn } : {}),
    ...nlp,
    safeguarding,
    ...(eligibility ? { eligibility } : {}),
    ...(events ? { events } : {}),
  };
}

/**
 * Checks the parsed files and compiles every layer's section; throws
 * `KnowledgeError` listing the problems of all of them at once.
 */
export function compileKnowledge(source: KnowledgeSource, options: CompileOptions = {}): CompiledKnowledge {
  return runSteps(compileSteps(source, options));
}

/** What the main thread received from the check worker: the parsed files, the entries packed, the changed models and the language indexes packed (see `CheckResult`). */
export interface ReceivedKnowledge {
  /** The parsed files but for the entries, with the unchanged models of the snapshot being served. */
  source: KnowledgeSource;
  /** The entries, packed (see kb/entry-transfer.ts): all of them, or with `entryFiles`, those of changed files. */
  entryChunks: readonly PackedEntries[];
  /** Every entry's file, in order, when `entryChunks` holds only the changed ones: the others are taken from `servedEntries`. */
  entryFiles?: readonly string[];
  /** The parsed entries of the snapshot being served. */
  servedEntries?: KnowledgeSource['entries'];
  /**
   * The snapshot being served: its rendered entries are kept for the parsed entries kept, and its eligibility
   * rules, when the center, figures and figures in force are the same; its lexicon when lexicon.yaml's parsed
   * section is its own.
   */
  served?: Pick<CompiledKnowledge, 'entries' | 'source' | 'figuresChangeOn' | 'lexicon' | 'eligibility'>;
  models?: { safeguarding?: PackedModel; intent?: PackedModel };
  nlp?: PackedNlpIndexes;
}

/**
 * Compiles what the check worker sent between answers: one chunk or model
 * row taken in per slice, then the compile in slices, keeping the sections
 * in `reuse` and taking in the language indexes the worker built. `onSlice` hears how long each slice ran.
 */
export function compileReceived(
  received: ReceivedKnowledge,
  options: CompileOptions,
  reuse: ReusableSections,
  onSlice?: SliceListener,
): Promise<CompiledKnowledge> {
  return runStepsBetweenTasks(compileReceivedSteps(received, options, reuse), onSlice);
}

type ParsedEntry = KnowledgeSource['entries'][number];

/** Tells an entry of a reload's list that is the served snapshot's own parsed entry (asked only of the list's entries). */
type EntriesKept = Pick<ReadonlySet<ParsedEntry>, 'has'>;

/** Entries between two checks of the slice's time (see kb/steps.ts). */
const ENTRIES_PER_CHECK = 256;

/**
 * The entries of `files`, in that order: those just parsed, else the served snapshot's own (same file, same text),
 * told by `kept`. The worker sends the parsed entries in the order of `files`, and the served snapshot holds
 * its entries in the order of its own files, mostly the same: both are walked alongside `files`, which makes no
 * map of 10,000 files (two such maps were garbage of every reload, and slices of their own). A file out of that
 * order (one removed, renamed, or a folder listed otherwise) falls back to looking each file up by name.
 * `kept` tells the entries of the list taken from the served snapshot: all but those sent, so it holds only
 * those sent (one for a one-file edit), not a set of the 9,999 others.
 */
export function* entriesInOrder(
  files: readonly string[],
  parsed: KnowledgeSource['entries'],
  served: KnowledgeSource['entries'],
): Steps<{ entries: KnowledgeSource['entries']; kept: EntriesKept }> {
  const entries: KnowledgeSource['entries'] = [];
  let fromWorker = 0;
  let fromServed = 0;
  for (let i = 0; i < files.length; i++) {
    if (i % ENTRIES_PER_CHECK === 0) yield* pause();
    const file = files[i] as string;
    const sent = parsed[fromWorker];
    const before = served[fromServed];
    if (before?.file === file) fromServed++;
    if (sent?.file === file) {
      fromWorker++;
      entries.push(sent);
    } else if (before?.file === file) {
      entries.push(before);
    } else return yield* entriesByFile(files, parsed, served);
  }
  // Every entry sent taken where it stands: none of them was passed over for the served copy of its file.
  if (fromWorker !== parsed.length) return yield* entriesByFile(files, parsed, served);
  if (parsed.length === 0) return { entries, kept: { has: () => true } };
  if (parsed.length === files.length) return { entries, kept: { has: () => false } };
  const sent = new Set<ParsedEntry>();
  for (let i = 0; i < parsed.length; i++) {
    if (i % ENTRIES_PER_CHECK === 0) yield* pause();
    sent.add(parsed[i] as ParsedEntry);
  }
  return { entries, kept: { has: (entry) => !sent.has(entry) } };
}

/** `entriesInOrder` by looking each file up by name, whatever the order of the lists. */
function* entriesByFile(
  files: readonly string[],
  parsed: KnowledgeSource['entries'],
  served: KnowledgeSource['entries'],
): Steps<{ entries: KnowledgeSource['entries']; kept: EntriesKept }> {
  const byFile = new Map<string, ParsedEntry>();
  for (let i = 0; i < served.length; i++) {
    if (i % ENTRIES_PER_CHECK === 0) yield* pause();
    const entry = served[i] as ParsedEntry;
    byFile.set(entry.file, entry);
  }
  const fromWorker = new Map<string, ParsedEntry>();
  for (let i = 0; i < parsed.length; i++) {
    if (i % ENTRIES_PER_CHECK === 0) yield* pause();
    const entry = parsed[i] as ParsedEntry;
    fromWorker.set(entry.file, entry);
  }
  const entries: KnowledgeSource['entries'] = [];
  const kept = new Set<ParsedEntry>();
  for (let i = 0; i < files.length; i++) {
    if (i % ENTRIES_PER_CHECK === 0) yield* pause();
    const file = files[i] as string;
    const sent = fromWorker.get(file);
    const entry = sent ?? byFile.get(file);
    if (!entry) throw new Error(`the check worker kept ${file}, which the served snapshot does not hold`);
    if (!sent) kept.add(entry);
    entries.push(entry);
  }
  return { entries, kept };
}

/** True when entries render the same for `source` on `now` as they did for the served snapshot: same center, figures and figures in force. */
function sameRendering(source: KnowledgeSource, served: NonNullable<ReceivedKnowledge['served']>, now: Date): boolean {
  if (source.ui.missing_info !== served.source.ui.missing_info) return false;
  if (JSON.stringify(source.center) !== JSON.stringify(served.source.center)) return false;
  if (JSON.stringify(source.figures) !== JSON.stringify(served.source.figures)) return false;
  // The same first change after both days: no figure changed between the day the served snapshot was rendered for and now.
  return nextFigureChange(figureContext(source, now)) === served.figuresChangeOn;
}

function* compileReceivedSteps(
  { source, entryChunks, entryFiles: files, servedEntries = [], served, models = {}, nlp }: ReceivedKnowledge,
  options: CompileOptions,
  reuse: ReusableSections,
): Steps<CompiledKnowledge> {
  const parsed = yield* named('unpack entries', unpackEntriesInSteps(entryChunks));
  const ordered = files
    ? yield* named('order entries', entriesInOrder(files, parsed, servedEntries))
    : { entries: parsed, kept: undefined };
  const { entries, kept } = ordered;
  const safeguardingModel = models.safeguarding
    ? yield* named(
        'unpack safeguarding model',
        unpackModelInSteps<NonNullable<KnowledgeSource['safeguardingModel']>>(models.safeguarding),
      )
    : source.safeguardingModel;
  const intentModel = models.intent
    ? yield* named(
        'unpack intent model',
        unpackModelInSteps<NonNullable<KnowledgeSource['intentModel']>>(models.intent),
      )
    : source.intentModel;
  const received = {
    ...source,
    entries,
    ...(safeguardingModel ? { safeguardingModel } : {}),
    ...(intentModel ? { intentModel } : {}),
  };
  const alike = served !== undefined && sameRendering(received, served, options.now ?? new Date());
  const rendered = kept && served && alike ? { rendered: { sources: kept, entries: served.entries } } : {};
  // Kept only while their parsed inputs are the served snapshot's own objects (unchanged files): see compileSteps.
  const keptSections: ReusableSections = {
    ...reuse,
    ...(served ? { lexicon: { section: served.lexicon, file: served.source.lexicon } } : {}),
    ...(served && alike && served.eligibility && served.source.eligibility
      ? { eligibility: { rules: served.eligibility, file: served.source.eligibility, entryIds: served.entries } }
      : {}),
  };
  return yield* named('compile', compileSteps(received, { ...options, ...rendered }, keptSections, nlp));
}

/** Reads, checks and compiles the knowledge folder; throws `KnowledgeError` on any error. */
export function loadKnowledge(dir: string, options: CompileOptions & ReadOptions = {}): CompiledKnowledge {
  return compileKnowledge(readKnowledgeSource(dir, options), options);
}

/** Options of the live knowledge base. */
export interface KnowledgeOptions extends KnowledgeStoreOptions {
  /** The day answers quote legal figures for; the computer's clock when absent. */
  clock?: Clock;
  /** Hears how long each slice of a background reload ran on the main thread (benchmarks). */
  onSlice?: SliceListener;
}

/**
 * The live knowledge base the bot answers with: the folder, watched,
 * compiled on every reload, and compiled again on the day a legal figure
 * changes, so answers quote the new level without anyone reloading. A
 * reload after an edit is checked in a worker thread; the main thread then
 * only rebuilds the sections, between answers.
 */
export class KnowledgeStore extends KnowledgeFolder<CompiledKnowledge> {
  private readonly clock: Clock;
  private readonly options: KnowledgeOptions;
  private readonly checker = new KnowledgeChecker();

  /** Loads the folder (or the last good copy in `dataDir`); throws `KnowledgeError` when neither is usable. */
  constructor(dir: string, logger: Logger, options: KnowledgeOptions = {}) {
    const clock = options.clock ?? systemClock;
    super(dir, logger, (source) => compileKnowledge(source, { now: clock.now() }), {
      ...options,
      isOutdated: (snapshot) => {
        const changeOn = (snapshot as CompiledKnowledge).figuresChangeOn;
        return changeOn !== undefined && vietnamDay(clock.now()) >= changeOn;
      },
    });
    this.clock = clock;
    this.options = options;
  }

  /** Watches the folder (see `KnowledgeFolder.watch`), with the checking worker started ahead of the first edit. */
  override watch(quietMs?: number): void {
    this.checker.warmUp();
    super.watch(quietMs);
  }

  /** Stops watching and stops the checking worker. */
  override close(): void {
    super.close();
    this.checker.close();
  }

  /** Reads, parses, checks and compiles in a worker; then compiles the served snapshot in steps, keeping unchanged sections. */
  protected override async loadInBackground(): Promise<LoadedSnapshot<CompiledKnowledge>> {
    const { snapshot: previous, digests: previousDigests } = this.served;
    const now = this.clock.now();
    let result: CheckResult;
    try {
      result = await this.checker.check({
        dir: this.dir,
        now: now.toISOString(),
        ...(this.options.center === undefined ? {} : { center: this.options.center }),
        ...(this.options.dataDir === undefined ? {} : { dataDir: this.options.dataDir }),
        ...(previousDigests ? { previousDigests } : {}),
      });
    } catch (error) {
      // The worker could not start or died: the edit is still loaded, on the main thread (slower, never lost).
      this.logger.warn({ err: String(error) }, 'knowledge check worker unavailable; reloading on the main thread');
      return super.loadInBackground();
    }
    if (!result.ok) throw 'problems' in result ? new KnowledgeError(result.problems) : new Error(result.error);
    if (result.lastGoodError !== undefined)
      this.logger.warn({ err: result.lastGoodError }, 'could not save the last good knowledge base');
    const { digests } = result;
    const { safeguardingModel: model, intentModel } = previous.source;
    const source = {
      ...withServedSections(result.source, result.keptSections, previous.source),
      ...(result.sameModel && model ? { safeguardingModel: model } : {}),
      ...(result.sameIntentModel && intentModel ? { intentModel } : {}),
    };
    const unchanged = (files: readonly string[]): boolean =>
      previousDigests !== undefined && files.every((file) => digests[file] === previousDigests[file]);
    const safetyUnchanged = unchanged(SAFEGUARDING_INPUT_FILES);
    const agencies = unchanged(AGENCY_INPUT_FILES) ? previous.agencies : undefined;
    const reuse: ReusableSections = {
      ...(safetyUnchanged ? { safeguarding: { section: previous.safeguarding, entryIds: previous.entries } } : {}),
      ...(previous.intents && intentModel
        ? { intents: { model: intentModel, classifier: previous.intents.classifier } }
        : {}),
      nlp: { matchers: previous, personAsks: previous.personAsks, ...(agencies ? { agencies } : {}) },
    };
    const received = {
      source,
      entryChunks: result.entryChunks,
      entryFiles: result.entryFiles,
      servedEntries: previous.source.entries,
      served: previous,
      models: result.models,
      nlp: result.nlp,
    };
    const snapshot = await compileReceived(received, { now }, reuse, this.options.onSlice);
    return { snapshot, digests };
  }
}

/** The CENTER choice of the config, as store and load options. */
export function centerOption(config: { center?: string }): { center?: string } {
  return config.center ? { center: config.center } : {};
}
