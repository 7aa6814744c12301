/**
 * The statistical half of the safeguarding layer: a linear model (one
 * perceptron per situation, from @nlpjs/neural) over word and word-pair
 * features, trained by `npm run train:safeguarding` from a labelled corpus in
 * the repository and stored in knowledge/safeguarding-model.json (features
 * only one corpus used are dropped, and a small step size keeps it from
 * learning any one wording by heart: see `npm run cv:safeguarding`), with a
 * second model over single words only, which the detector asks last, on
 * messages nothing else can answer. It only
 * speaks when the concept rules found no situation at all, so it adds recall
 * for wordings nobody wrote down, and its verdict names the features that
 * weighed most. Deterministic, offline, microseconds per message.
 */
import neural, { type NeuralModel, type TrainingRow } from '@nlpjs/neural';
import { type NetworkRows, networkRowsInSteps } from '../kb/network-rows.ts';
import { pause, runSteps, type Steps } from '../kb/steps.ts';
import type { Token } from '../text/normalize.ts';
import { CLAUSE_SEPARATOR } from './clause-separator.ts';
import { collectFeature, WordFeatures } from '../kb/word-features.ts';
import { SITUATION_IDS, type ClassifierModel, type SituationId } from '../kb/safeguarding-schema.ts';

/** The output for messages that raise nothing. */
const SAFE = 'safe';
/** The output for messages that talk about a topic (warning signs, laws, awareness days): safe too, learnt apart. */
const INFORMATIONAL = 'informational';

/** The features a trained model knows, so that the rest need not be built. */
interface KnownFeatures {
  /** Words with a `w:` feature; training adds one for every word of every pair, so a pair's words are both here. */
  words: ReadonlySet<string>;
  /** Each feature's index in the network. */
  features: ReadonlyMap<string, number>;
}

/** A message as the classifier reads it: the detector's tokens (clauses, lexicon applied) and the concepts it heard. */
export interface ClassifierInput {
  tokens: readonly Token[];
  concepts: readonly string[];
}

/** Features beyond folded words and word pairs, chosen by cross-validation (`npm run cv:safeguarding`). */
interface FeatureSet {
  /** Words typed with accents also as themselves (`a:`), beside their folded form. */
  accented?: boolean;
  /** Character n-grams of the folded text, inside and across the words of a clause (`g:`), from the first length to the second. */
  charGrams?: [number, number];
  /** The names of the concepts the detector heard (`c:`). */
  concepts?: boolean;
  /** Pairs of words with one to this many words between them in a clause (`s:`): "cầm dao" survives "cầm con dao". */
  window?: number;
}

/**
 * Word and (with `pairs`) word-pair features of a message as the detector
 * reads it (accents folded, lexicon applied); pairs never span two clauses;
 * plus the `extra` features the model was trained with.
 * With `known`, only the features the model knows are built, in the same
 * order: the network ignores the others, and an object with thousands of
 * unseen keys was the detector's largest cost on a long message of made-up words.
 */
function safeguardingFeatures(
  input: ClassifierInput,
  pairs: boolean,
  extra: FeatureSet,
  known?: KnownFeatures,
): Record<string, number> {
  const features: Record<string, number> = {};
  forEachFeature(input, pairs, extra, known, (feature) => {
    if (!known || known.features.has(feature)) features[feature] = 1;
  });
  return features;
}

/**
 * Visits a message's candidate features in the order `safeguardingFeatures` adds them (a feature may
 * come twice; its first place counts). With `known`, words the model does not know and their pairs
 * are skipped; the visitor still checks that the other features are known.
 */
function forEachFeature(
  input: ClassifierInput,
  pairs: boolean,
  extra: FeatureSet,
  known: KnownFeatures | undefined,
  visit: (feature: string) => void,
): void {
  const { tokens } = input;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as Token;
    if (word === CLAUSE_SEPARATOR) continue;
    if (extra.accented && !word.plain && word.text !== word.folded) visit(`a:${word.text}`);
    if (known && !known.words.has(word.folded)) continue;
    visit(`w:${word.folded}`);
    if (!pairs) continue;
    const next = tokens[i + 1];
    if (!next || next === CLAUSE_SEPARATOR || (known && !known.words.has(next.folded))) continue;
    visit(`b:${word.folded}_${next.folded}`);
  }
  if (extra.window) forEachWindowPair(tokens, extra.window, known, visit);
  if (extra.charGrams) for (const gram of charGrams(tokens, extra.charGrams)) visit(`g:${gram}`);
  if (extra.concepts) for (const concept of input.concepts) visit(`c:${concept}`);
}

/** Visits pairs of known words of one clause with 1 to `window` words between them, as `s:first_second`. */
function forEachWindowPair(
  tokens: readonly Token[],
  window: number,
  known: KnownFeatures | undefined,
  visit: (feature: string) => void,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as Token;
    if (word === CLAUSE_SEPARATOR || (known && !known.words.has(word.folded))) continue;
    for (let j = i + 1; j <= i + 1 + window && j < tokens.length; j++) {
      const later = tokens[j] as Token;
      if (later === CLAUSE_SEPARATOR) break;
      // The next word makes a plain pair (`b:`).
      if (j === i + 1 || (known && !known.words.has(later.folded))) continue;
      visit(`s:${word.folded}_${later.folded}`);
    }
  }
}

/** True when a model reads only words and word pairs (no accented words, n-grams, concepts or window pairs). */
function plainFeatures(extra: FeatureSet): boolean {
  return !extra.accented && !extra.charGrams && !extra.concepts && !extra.window;
}

/**
 * `forEachFeature` for a model of plain features, with the known ones'
 * numbers looked up by their words instead of their names: the same
 * features in the same order.
 */
function forEachWordFeature(
  input: ClassifierInput,
  pairs: boolean,
  known: KnownFeatures,
  words: WordFeatures,
  visit: (index: number | undefined) => void,
): void {
  const { tokens } = input;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as Token;
    if (word === CLAUSE_SEPARATOR || !known.words.has(word.folded)) continue;
    visit(words.word(word.folded));
    if (!pairs) continue;
    const next = tokens[i + 1];
    if (!next || next === CLAUSE_SEPARATOR || !known.words.has(next.folded)) continue;
    visit(words.pair(word.folded, next.folded));
  }
}

/** Character n-grams of each clause's folded words joined by spaces, with a space at both ends. */
function charGrams(tokens: readonly Token[], [shortest, longest]: readonly [number, number]): Set<string> {
  const grams = new Set<string>();
  let clause: string[] = [];
  const flush = (): void => {
    if (clause.length === 0) return;
    const text = ` ${clause.join(' ')} `;
    for (let n = shortest; n <= longest; n++)
      for (let i = 0; i + n <= text.length; i++) {
        const gram = text.slice(i, i + n);
        if (gram.trim().length >= 2) grams.add(gram);
      }
    clause = [];
  };
  for (const t of tokens) {
    if (t === CLAUSE_SEPARATOR) flush();
    else clause.push(t.folded);
  }
  flush();
  return grams;
}

/**
 * The situations a message can be given by the classifier: one that needs a hazard the message never mentions (a fire
 * with no flame, smoke or gas) is not, whatever its output (see `classifier_needs` in safeguarding.yaml).
 */
export type Nameable = (situation: SituationId) => boolean;

/** What the classifier thinks of a message. */
export interface ClassifierVerdict {
  situation: SituationId;
  /** The situation's output minus the "safe" output; above the threshold means danger now. */
  margin: number;
  /** The features that pushed most towards the situation, for explanations. */
  features: string[];
  /** The situation with the highest output, when the message could not be given it (see `Nameable`). */
  leaning?: SituationId;
}

type NetworkJson = ClassifierModel['network'];

/** A network's weights by feature, with the features it knows. */
interface NetworkParts {
  rows: NetworkRows;
  known: KnownFeatures;
  /** Each feature's name, by index (the verdict names the features that weighed most). */
  names: readonly string[];
}

/** A network's parts, built with pauses between slices of work (see kb/steps.ts). */
function* networkPartsInSteps(json: NetworkJson): Steps<NetworkParts> {
  const words = new Set<string>();
  const features = new Map<string, number>();
  const names: string[] = [];
  for (let i = 0; i < json.features.length; i++) {
    if (i % 1024 === 0) yield* pause();
    const feature = json.features[i] as string;
    if (feature.startsWith('w:')) words.add(feature.slice(2));
    // Numbered as the package's lookup numbers them: a repeated name keeps its first number.
    if (!features.has(feature)) {
      features.set(feature, names.length);
      names.push(feature);
    }
  }
  const rows = yield* networkRowsInSteps(json as NeuralModel);
  return { rows, known: { words, features }, names };
}

/** A feature as an explanation shows it: "cầm dao" for a pair, "cầm … dao" for a pair with words between. */
function readableFeature(feature: string): string {
  return feature.slice(2).replace('_', feature.startsWith('s:') ? ' … ' : ' ');
}

/** A message's known features and the network's outputs for them. */
interface Outputs {
  features: number[];
  values: Float64Array;
}

/** The network output at `index` (0 for an output the network lacks, index -1). */
function outputOf(values: Float64Array): (index: number) => number {
  return (index) => (index < 0 ? 0 : (values[index] as number));
}

/** One trained network over word (and word-pair) features. */
class Network {
  private readonly rows: NetworkRows;
  private readonly known: KnownFeatures;
  private readonly names: readonly string[];
  /** For each of SITUATION_IDS, its output's index (-1: the network has none). */
  private readonly situations: Int32Array;
  private readonly safe: number;
  private readonly informational: number;
  /** Scratch marks of the features already met in the message being scored (one message at a time in Node). */
  private readonly seen: Uint8Array;
  /**
   * The outputs for a message the detector read once and asks about twice (danger, then a weaker
   * concern): held only as long as that reading is.
   */
  private readonly scored = new WeakMap<ClassifierInput, Outputs>();
  /** The known features by word and word pair, so that no `w:`/`b:` name is built per message. */
  private readonly words: WordFeatures;

  constructor(
    parts: NetworkParts,
    private readonly pairs: boolean,
    private readonly extra: FeatureSet,
  ) {
    this.rows = parts.rows;
    this.known = parts.known;
    this.names = parts.names;
    const output = (name: string): number => this.rows.names.indexOf(name);
    this.situations = Int32Array.from(SITUATION_IDS, output);
    this.safe = output(SAFE);
    this.informational = output(INFORMATIONAL);
    this.seen = new Uint8Array(parts.names.length);
    this.words = new WordFeatures(parts.known.features);
  }

  score(message: ClassifierInput, threshold: number, nameable?: Nameable): ClassifierVerdict | null {
    if (this.rows.width === 0) return null;
    const { features, values } = this.outputsFor(message);
    // Made by a module function: a named closure costs a defineProperty per message under tsx (see `collectFeature`).
    const value: (index: number) => number = outputOf(values);
    let best = -1;
    let bestValue = 0;
    for (let s = 0; s < this.situations.length; s++) {
      const v = value(this.situations[s] as number);
      if (v > bestValue) {
        best = s;
        bestValue = v;
      }
    }
    const margin = bestValue - Math.max(value(this.safe), value(this.informational));
    if (SITUATION_IDS[best] === undefined || margin < threshold) return null;
    // Whether to raise is the best output's call; which situation it names, only among those the message can name.
    const other = nameable && !nameable(SITUATION_IDS[best] as SituationId) ? this.bestNameable(value, nameable) : -1;
    const named = other < 0 ? best : other;
    const situation = SITUATION_IDS[named] as SituationId;
    const output = this.situations[named] as number;
    const pushing = features
      .map((f): [number, number] => [f, this.rows.weight(f, output)])
      .filter(([, w]) => w > 0)
      .sort(([, a], [, b]) => b - a)
      .slice(0, 4)
      .map(([f]) => readableFeature(this.names[f] as string));
    return named === best
      ? { situation, margin, features: pushing }
      : { situation, margin, features: pushing, leaning: SITUATION_IDS[best] as SituationId };
  }

  /** The situation with the highest output among those `nameable` allows (-1 when the network has none of them). */
  private bestNameable(value: (index: number) => number, nameable: Nameable): number {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let s = 0; s < this.situations.length; s++) {
      const output = this.situations[s] as number;
      if (output < 0 || !nameable(SITUATION_IDS[s] as SituationId)) continue;
      if (value(output) > bestValue) {
        best = s;
        bestValue = value(output);
      }
    }
    return best;
  }

  /** The message's known features, each once in the order met, and the network's outputs for them. */
  private outputsFor(message: ClassifierInput): Outputs {
    const remembered = this.scored.get(message);
    if (remembered) return remembered;
    const features: number[] = [];
    const seen = this.seen;
    const add = collectFeature(seen, features);
    if (plainFeatures(this.extra)) forEachWordFeature(message, this.pairs, this.known, this.words, add);
    else
      forEachFeature(message, this.pairs, this.extra, this.known, (feature) => add(this.known.features.get(feature)));
    for (const index of features) seen[index] = 0;
    const values = new Float64Array(this.rows.width);
    this.rows.outputs(features, values);
    const outputs = { features, values };
    this.scored.set(message, outputs);
    return outputs;
  }
}

/** The networks a classifier builds from its model. */
interface ClassifierParts {
  pairs: NetworkParts;
  words?: NetworkParts;
}

function* classifierPartsInSteps(model: ClassifierModel): Steps<ClassifierParts> {
  const pairs = yield* networkPartsInSteps(model.network);
  return model.words ? { pairs, words: yield* networkPartsInSteps(model.words) } : { pairs };
}

/** A classifier built from its model with pauses between slices of work, so a reload with a new model lets answers through. */
export function* safeguardingClassifierInSteps(model: ClassifierModel): Steps<SafeguardingClassifier> {
  return new SafeguardingClassifier(model, yield* classifierPartsInSteps(model));
}

/**
 * A trained classifier, ready to score messages: the word-pair model, and
 * optionally the single-word model, which is blunter but carries over better
 * to wordings no training message used.
 */
export class SafeguardingClassifier {
  private readonly pairs: Network;
  private readonly words: Network | undefined;

  constructor(model: ClassifierModel, parts: ClassifierParts = runSteps(classifierPartsInSteps(model))) {
    this.pairs = new Network(parts.pairs, true, model.featureSet ?? {});
    this.words = parts.words ? new Network(parts.words, false, {}) : undefined;
  }

  /** Scores a message (as the detector reads it); null unless a situation outweighs "safe" by at least `threshold`. */
  score(message: ClassifierInput, threshold: number, nameable?: Nameable): ClassifierVerdict | null {
    return this.pairs.score(message, threshold, nameable);
  }

  /** The single-word model's opinion, the same way; null when there is no such model. */
  scoreWords(message: ClassifierInput, threshold: number, nameable?: Nameable): ClassifierVerdict | null {
    return this.words?.score(message, threshold, nameable) ?? null;
  }
}

/** One labelled message for training. */
export interface TrainingMessage {
  text: string;
  situation: SituationId | null;
  outcome: string;
  /** The corpus (writer) it comes from: a feature must recur across corpora to be kept (see `minCorpora`). */
  corpus?: string;
}

/** How the networks are trained; the defaults are what cross-validation across the training corpora chose. */
export interface TrainingOptions {
  /** Passes over the rows. */
  iterations: number;
  /** The network's step size. */
  learningRate: number;
  /** A feature seen in fewer corpora than this is dropped (when every row names its corpus): a word pair one writer used once is memorised, not learnt. */
  minCorpora: number;
  /** The same for the single-word model. */
  minCorporaWords: number;
  /** Extra features of the word-pair model. */
  featureSet?: FeatureSet;
  /** Each danger-now row is learnt this many times (class balance: most rows are safe). */
  dangerWeight?: number;
}

/** The training settings of the shipped model. */
export const DEFAULT_TRAINING: TrainingOptions = {
  iterations: 300,
  learningRate: 0.2,
  minCorpora: 2,
  minCorporaWords: 1,
};

/** Trains a classifier (both models): danger-now messages teach their situation, everything else "safe". */
export function trainClassifier(
  messages: readonly TrainingMessage[],
  read: (text: string) => ClassifierInput,
  trainedOn: string,
  options: TrainingOptions = DEFAULT_TRAINING,
): ClassifierModel {
  const readings = messages.map((m) => read(m.text));
  const label = (m: TrainingMessage): string =>
    m.outcome === 'danger-now' && m.situation ? m.situation : m.outcome === 'informational' ? INFORMATIONAL : SAFE;
  const featureSet = options.featureSet ?? {};
  const train = (pairs: boolean, minCorpora: number): NetworkJson => {
    const inputs = messages.map((_, i) =>
      safeguardingFeatures(readings[i] as ClassifierInput, pairs, pairs ? featureSet : {}),
    );
    const kept = recurringFeatures(inputs, messages, minCorpora);
    const rows: TrainingRow[] = messages.flatMap((m, i) => {
      const row = {
        input: Object.fromEntries(Object.entries(inputs[i] as Record<string, number>).filter(([f]) => kept(f))),
        output: { [label(m)]: 1 },
      };
      const times = m.outcome === 'danger-now' ? (options.dangerWeight ?? 1) : 1;
      return Array.from({ length: times }, () => row);
    });
    const network = new neural.NeuralNetwork({
      iterations: options.iterations,
      learningRate: options.learningRate,
      log: false,
    });
    network.train(interleave(rows));
    const json = network.toJSON();
    return {
      settings: json.settings as Record<string, unknown>,
      features: json.features ?? [],
      intents: json.intents ?? [],
      // Four decimals keep the file small and byte-for-byte reproducible.
      perceptrons: (json.perceptrons ?? []).map((weights) => weights.map((w) => Math.round(w * 1e4) / 1e4)),
    };
  };
  const hasExtra = Object.values(featureSet).some((v) => v !== undefined && v !== false);
  return {
    trainedOn,
    rows: messages.length,
    ...(hasExtra ? { featureSet: { ...featureSet } } : {}),
    network: train(true, options.minCorpora),
    words: train(false, options.minCorporaWords),
  };
}

/**
 * Which features to keep: those used by at least `minCorpora` corpora. A
 * word pair's words stay whenever the pair does, since the classifier only
 * builds a pair from two words it knows.
 */
function recurringFeatures(
  inputs: readonly Record<string, number>[],
  messages: readonly TrainingMessage[],
  minCorpora: number,
): (feature: string) => boolean {
  // Rows that do not say which corpus they come from (a test's handful of made-up rows) are kept whole.
  if (minCorpora <= 1 || messages.some((m) => m.corpus === undefined)) return () => true;
  const corpora = new Map<string, Set<string>>();
  inputs.forEach((input, i) => {
    const corpus = messages[i]?.corpus ?? '';
    for (const f of Object.keys(input)) corpora.set(f, (corpora.get(f) ?? new Set()).add(corpus));
  });
  const keep = new Set([...corpora].filter(([, seen]) => seen.size >= minCorpora).map(([f]) => f));
  for (const f of [...keep]) {
    if (!f.startsWith('b:') && !f.startsWith('s:')) continue;
    for (const word of f.slice(2).split('_')) keep.add(`w:${word}`);
  }
  return (feature) => keep.has(feature);
}

/**
 * The rows in a fixed, well-mixed order. The network learns one row at a
 * time, so rows in file order (one corpus after another) let the last
 * writer's style weigh most; stepping through them with a stride coprime to
 * their number visits each once, the same way on every run.
 */
function interleave<T>(rows: readonly T[]): T[] {
  const n = rows.length;
  let stride = INTERLEAVE_STRIDE;
  while (gcd(stride, n) !== 1) stride++;
  return rows.map((_, i) => rows[(i * stride) % n] as T);
}

const INTERLEAVE_STRIDE = 7919;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
