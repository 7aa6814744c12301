/**
 * Cross-checks knowledge/safeguarding.yaml and builds the detector: every
 * concept a rule or modifier names exists, every situation's entry exists,
 * `{center.x}` placeholders are filled, a disclosure situation has its
 * acknowledgement. Problems are written for the staff who edit the file.
 */
import type { KbProblem } from '../kb/problems.ts';
import type { Center } from '../kb/schema.ts';
import { placeholderProblems, renderCenter } from '../kb/template.ts';
import type { Lexicon } from '../text/lexicon.ts';
import { named, type Steps } from '../kb/steps.ts';
import { safeguardingClassifierInSteps } from './classifier.ts';
import { type SafeguardingDetector, safeguardingDetectorInSteps } from './detector.ts';
import { SITUATION_IDS, type ClassifierModel, type SafeguardingFile } from '../kb/safeguarding-schema.ts';

/** The safeguarding layer of a knowledge snapshot: the detector and the (filled) wording. */
export interface Safeguarding {
  detector: SafeguardingDetector;
  text: SafeguardingFile;
}

const FILE = 'safeguarding.yaml';

/** Checks and compiles the file, pausing while it builds the classifier; pushes problems and returns undefined when it is unusable. */
export function* compileSafeguardingInSteps(
  file: SafeguardingFile,
  context: {
    center: Center;
    missing: string;
    /** The entry ids: a set, or the entries by id (only looked up). */
    entryIds: Pick<ReadonlySet<string>, 'has'>;
    lexicon: Lexicon;
    model?: ClassifierModel;
  },
  problems: KbProblem[],
): Steps<Safeguarding | undefined> {
  const before = problems.length;
  // "short" is built in: a message of at most six words.
  const concepts = new Set([...Object.keys(file.concepts), 'short']);
  const needConcept = (name: string, field: string): void => {
    if (!concepts.has(name))
      problems.push({ file: FILE, field, message: `không có khái niệm "${name}" trong concepts.` });
  };
  for (const [key, names] of Object.entries(file.modifiers))
    for (const name of names) needConcept(name, `modifiers › ${key}`);
  for (const name of file.child_bystander?.concepts ?? []) needConcept(name, 'child_bystander › concepts');
  for (const name of file.medical_first?.concepts ?? []) needConcept(name, 'medical_first › concepts');
  const turn = file.acute_turn;
  if (turn) {
    for (const field of ['after', 'habit', 'recovery', 'unless'] as const)
      for (const name of turn[field]) needConcept(name, `acute_turn › ${field}`);
    turn.turns.forEach((t, i) => {
      for (const field of ['now', 'acts'] as const)
        for (const name of t[field]) needConcept(name, `acute_turn › turns › ${i + 1} › ${field}`);
    });
  }
  /** Each concept list named in `fields` of a rule block the file may hold. */
  const needLists = <T>(name: string, rule: T | undefined, fields: readonly (keyof T & string)[]): void => {
    if (rule)
      for (const field of fields)
        for (const concept of rule[field] as readonly string[]) needConcept(concept, `${name} › ${field}`);
  };
  needLists('treatment_course', file.treatment_course, ['drops', 'when', 'unless']);
  needLists('clock_times', file.clock_times, ['when', 'unless']);
  needLists('now_over_framing', file.now_over_framing, [
    'framing',
    'real',
    'cries',
    'anywhere',
    'now',
    'acts',
    'unless',
  ]);
  needLists('what_to_do', file.what_to_do, ['asks', 'told', 'unless']);
  needLists('effect_asked', file.effect_asked, ['acts', 'asks', 'unless']);
  needLists('group_asked', file.group_asked, ['groups', 'asks', 'unless']);
  needLists('concern › cause_of_death', file.concern?.cause_of_death, ['when', 'concepts', 'unless']);
  for (const [id, names] of Object.entries(file.classifier_needs))
    for (const name of names ?? []) needConcept(name, `classifier_needs › ${id}`);
  file.figures.forEach((figure, i) => {
    for (const field of ['context', 'with', 'silences', 'unless'] as const)
      for (const name of figure[field]) needConcept(name, `figures › ${i + 1} › ${field}`);
    if (figure.reads_as) needConcept(figure.reads_as, `figures › ${i + 1} › reads_as`);
  });
  for (const id of SITUATION_IDS) {
    const situation = file.situations[id];
    if (!situation) {
      problems.push({ file: FILE, field: 'situations', message: `thiếu tình huống "${id}".` });
      continue;
    }
    situation.rules.forEach((rule, i) =>
      rule.forEach((name) => needConcept(name, `situations › ${id} › rules › quy tắc ${i + 1}`)),
    );
    for (const name of situation.calm) needConcept(name, `situations › ${id} › calm`);
    for (const name of situation.calm_unless) needConcept(name, `situations › ${id} › calm_unless`);
    for (const name of situation.over) needConcept(name, `situations › ${id} › over`);
    for (const name of situation.lasting.flatMap((set) => [...set.parts, ...set.unless]))
      needConcept(name, `situations › ${id} › lasting`);
    for (const name of situation.lasting_unless) needConcept(name, `situations › ${id} › lasting_unless`);
    for (const name of situation.lasting_told) needConcept(name, `situations › ${id} › lasting_told`);
    for (const name of situation.over_unless ?? []) needConcept(name, `situations › ${id} › over_unless`);
    for (const name of situation.done) needConcept(name, `situations › ${id} › done`);
    for (const name of situation.done_unless) needConcept(name, `situations › ${id} › done_unless`);
    for (const name of situation.gone) needConcept(name, `situations › ${id} › gone`);
    for (const name of situation.now_when.flatMap((set) => [...set.parts, ...set.unless]))
      needConcept(name, `situations › ${id} › now_when`);
    for (const entry of [situation.entry, ...situation.also]) {
      if (!context.entryIds.has(entry))
        problems.push({
          file: FILE,
          field: `situations › ${id} › entry`,
          message: `không có mục nào mang mã "${entry}".`,
        });
    }
    if (situation.past === 'disclosure' && !situation.disclosure) {
      problems.push({
        file: FILE,
        field: `situations › ${id} › disclosure`,
        message: 'cần lời đồng cảm cho người kể chuyện đã qua (vì past: disclosure).',
      });
    }
  }
  const rendered = renderStrings(file, (text, field) => {
    for (const message of placeholderProblems(text, context.center)) problems.push({ file: FILE, field, message });
    return renderCenter(text, context.center, context.missing);
  });
  if (problems.length > before) return undefined;
  const classifier = context.model
    ? yield* named('safeguarding classifier', safeguardingClassifierInSteps(context.model))
    : undefined;
  const detector = yield* named(
    'safeguarding detector',
    safeguardingDetectorInSteps(file, context.lexicon, classifier),
  );
  return { detector, text: rendered };
}

/** Fills placeholders in every reply text (not in concepts or neutral phrases). */
function renderStrings(file: SafeguardingFile, fill: (text: string, field: string) => string): SafeguardingFile {
  const situations = {} as SafeguardingFile['situations'];
  for (const [id, s] of Object.entries(file.situations)) {
    situations[id as keyof typeof situations] = {
      ...s,
      danger: fill(s.danger, `situations › ${id} › danger`),
      english: fill(s.english, `situations › ${id} › english`),
      ...(s.disclosure ? { disclosure: fill(s.disclosure, `situations › ${id} › disclosure`) } : {}),
      ...(s.disclosure_en ? { disclosure_en: fill(s.disclosure_en, `situations › ${id} › disclosure_en`) } : {}),
    };
  }
  return {
    ...file,
    situations,
    hotline_line: fill(file.hotline_line, 'hotline_line'),
    hotline_line_en: fill(file.hotline_line_en, 'hotline_line_en'),
    safe_reply: fill(file.safe_reply, 'safe_reply'),
    human_reply: fill(file.human_reply, 'human_reply'),
    safe_reply_en: fill(file.safe_reply_en, 'safe_reply_en'),
    human_reply_en: fill(file.human_reply_en, 'human_reply_en'),
  };
}
