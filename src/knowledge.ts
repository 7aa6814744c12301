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
  checkEntries,
  figureContext,
  KnowledgeError,
  readKnowledgeSource,
  type CheckOptions,
  type KbProblem,
  type Knowledge,
  type KnowledgeSource,
  type ReadOptions,
} from './kb/load.ts';
import { KnowledgeFolder, type KnowledgeStoreOptions } from './kb/store.ts';
import { compileLexicon, compileNlp, type NlpSection } from './nlp/compile.ts';
import type { MatcherWeights } from './nlp/matcher.ts';
import { compileSafeguarding, type Safeguarding } from './safeguarding/compile.ts';
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

/**
 * Checks the parsed files and compiles every layer's section; throws
 * `KnowledgeError` listing the problems of all of them at once.
 */
export function compileKnowledge(source: KnowledgeSource, options: CompileOptions = {}): CompiledKnowledge {
  const problems: KbProblem[] = [];
  const data = checkEntries(source, options, problems);
  const { center } = data;
  const missing = source.ui.missing_info;
  const entryIds = new Set(data.entries.keys());
  const figures = figureContext(source, options.now ?? new Date());
  const eligibility = source.eligibility
    ? compileEligibility(source.eligibility, { entryIds, center, missing, figures }, problems)
    : undefined;
  const events = source.events ? compileEvents(source.events, { center, missing, entryIds }, problems) : undefined;
  const lexicon = compileLexicon(source.lexicon);
  const safeguarding = compileSafeguarding(
    source.safeguarding,
    {
      center,
      missing,
      entryIds,
      lexicon,
      ...(source.safeguardingModel ? { model: source.safeguardingModel } : {}),
    },
    problems,
  );
  const agencyList = checkAgencies(source.agencies, center, missing, problems);
  if (problems.length > 0 || !safeguarding) throw new KnowledgeError(problems);
  const knowledge: Knowledge = { ...data, ...(agencyList ? { agencyList } : {}) };
  const figuresChangeOn = nextFigureChange(figures);
  return {
    ...knowledge,
    ...(figuresChangeOn ? { figuresChangeOn } : {}),
    ...compileNlp(knowledge, lexicon, options.weights),
    safeguarding,
    ...(eligibility ? { eligibility } : {}),
    ...(events ? { events } : {}),
  };
}

/** Reads, checks and compiles the knowledge folder; throws `KnowledgeError` on any error. */
export function loadKnowledge(dir: string, options: CompileOptions & ReadOptions = {}): CompiledKnowledge {
  return compileKnowledge(readKnowledgeSource(dir, options), options);
}

/** Options of the live knowledge base. */
export interface KnowledgeOptions extends KnowledgeStoreOptions {
  /** The day answers quote legal figures for; the computer's clock when absent. */
  clock?: Clock;
}

/**
 * The live knowledge base the bot answers with: the folder, watched,
 * compiled on every reload, and compiled again on the day a legal figure
 * changes, so answers quote the new level without anyone reloading.
 */
export class KnowledgeStore extends KnowledgeFolder<CompiledKnowledge> {
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
  }
}

/** The CENTER choice of the config, as store and load options. */
export function centerOption(config: { center?: string }): { center?: string } {
  return config.center ? { center: config.center } : {};
}
