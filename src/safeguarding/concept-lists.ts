/**
 * Every list of concept names in safeguarding.yaml, with the field staff read
 * in a problem about it. The check that each name is a concept that exists
 * (compile.ts) and the concepts only the acute turn names (acute-turn.ts) go
 * through the same lists, so that a rule block added to the file is seen by
 * both: written out twice, the turn's list lacked the blocks of sessions 26–27,
 * and a concept a turn shared with one of them would have been dropped from
 * every message before that block read it.
 */
import { SITUATION_IDS, type SafeguardingFile, type SituationId } from '../kb/safeguarding-schema.ts';

/** One list of concept names and where it is in the file. */
export interface ConceptList {
  field: string;
  concepts: readonly string[];
  /**
   * The acute turn's own parts (`after`, `habit`, `recovery`, each turn's `now` and `acts`): read while the message
   * is scanned, before the concepts only a turn names are dropped. Its `unless` is read later, with the rest.
   */
  turnOwn?: true;
}

type Situation = NonNullable<SafeguardingFile['situations'][SituationId]>;

/** The concept lists of one block, each of `fields` under `name › field`; none when the file has no such block. */
function blockLists<T>(name: string, block: T | undefined, fields: readonly (keyof T & string)[]): ConceptList[] {
  return block
    ? fields.map((field) => ({ field: `${name} › ${field}`, concepts: block[field] as readonly string[] }))
    : [];
}

/** The concept lists outside the situations, in the order the check reports them. */
export function fileConceptLists(file: SafeguardingFile): ConceptList[] {
  const lists: ConceptList[] = Object.entries(file.modifiers).map(([key, concepts]) => ({
    field: `modifiers › ${key}`,
    concepts,
  }));
  lists.push(...blockLists('child_bystander', file.child_bystander, ['concepts', 'unless']));
  for (const [concept, alternatives] of Object.entries(file.child_bystander?.alternatives ?? {}))
    lists.push({ field: `child_bystander › alternatives › ${concept}`, concepts: [concept, ...alternatives] });
  const had = file.child_bystander?.children_had;
  if (had) lists.push({ field: 'child_bystander › children_had', concepts: [had.concept, ...had.unless] });
  if (file.child_bystander?.police_first)
    lists.push({ field: 'child_bystander › police_first', concepts: [file.child_bystander.police_first] });
  lists.push(...blockLists('medical_first', file.medical_first, ['concepts', 'ahead_of_violence']));
  lists.push(...blockLists('fire_first', file.fire_first, ['concepts']));
  lists.push({ field: 'danger_over_disclosure', concepts: file.danger_over_disclosure });
  lists.push(...blockLists('signs_seen', file.signs_seen, ['signs', 'unless']));
  file.numbers_added.forEach((added, i) =>
    lists.push({ field: `numbers_added › ${i + 1} › concepts`, concepts: added.concepts }),
  );
  const aggressor = file.child_aggressor;
  if (aggressor) {
    aggressor.acts.forEach((set, i) => lists.push({ field: `child_aggressor › acts › ${i + 1}`, concepts: set }));
    lists.push(
      ...blockLists('child_aggressor', aggressor, ['fear', 'against_parent', 'against_parent_unless', 'unless']),
    );
  }
  lists.push(...blockLists('pupil_harmed', file.pupil_harmed, ['harm', 'school', 'unless']));
  lists.push(...blockLists('confined_at_home', file.confined_at_home, ['held', 'by', 'unless']));
  lists.push(...blockLists('confined_at_home › childless', file.confined_at_home?.childless, ['by', 'unless']));
  lists.push(...blockLists('elder_starved', file.elder_starved, ['acts', 'elders', 'unless']));
  const kin = file.younger_kin;
  if (kin) {
    lists.push(...blockLists('younger_kin', kin, ['kin', 'young', 'acts', 'tools']));
    lists.push({ field: 'younger_kin › doer', concepts: [kin.doer] });
  }
  const turn = file.acute_turn;
  if (turn) {
    for (const field of ['after', 'habit', 'recovery'] as const)
      lists.push({ field: `acute_turn › ${field}`, concepts: turn[field], turnOwn: true });
    lists.push({ field: 'acute_turn › unless', concepts: turn.unless });
    turn.turns.forEach((t, i) => {
      for (const field of ['now', 'acts'] as const)
        lists.push({ field: `acute_turn › turns › ${i + 1} › ${field}`, concepts: t[field], turnOwn: true });
    });
    if (turn.over) {
      for (const field of ['signs', 'well'] as const)
        lists.push({ field: `acute_turn › over › ${field}`, concepts: turn.over[field], turnOwn: true });
      lists.push({ field: 'acute_turn › over › reads_as', concepts: [turn.over.reads_as] });
      if (turn.over.still_reads_as)
        lists.push({ field: 'acute_turn › over › still_reads_as', concepts: [turn.over.still_reads_as] });
    }
  }
  lists.push(
    ...blockLists('treatment_course', file.treatment_course, ['drops', 'when', 'unless', 'taken_when']),
    ...(file.treatment_course?.reads_as
      ? [{ field: 'treatment_course › reads_as', concepts: [file.treatment_course.reads_as] }]
      : []),
    ...blockLists('illness_dose', file.illness_dose, ['drops', 'when', 'asks', 'unless']),
    ...blockLists('family_viewing', file.family_viewing, ['drops', 'when', 'unless']),
    ...blockLists('household_wish', file.household_wish, ['wish', 'person']),
    ...blockLists('clock_times', file.clock_times, ['when', 'unless']),
    ...blockLists('now_over_framing', file.now_over_framing, [
      'framing',
      'real',
      'cries',
      'anywhere',
      'now',
      'acts',
      'unless',
      'wishes',
      'wish_framing',
      'wish_asks',
      'wish_spares',
      'wish_own',
    ]),
    ...blockLists('what_to_do', file.what_to_do, ['asks', 'told', 'unless']),
    ...blockLists('report_over', file.report_over, [
      'asks',
      'told',
      'away',
      'near',
      'standing',
      'unless',
      'child_unless',
    ]),
    ...blockLists('safety_told', file.safety_told, ['says', 'unless']),
    ...blockLists('topic_undone', file.topic_undone, ['wish', 'means']),
    ...blockLists('safety_told › undone', file.safety_told?.undone, ['but', 'acts']),
    ...(file.doer_named?.acts ?? []).map((act, i) => ({
      field: `doer_named › acts › ${i + 1} › reads_as`,
      concepts: [act.reads_as, ...(act.victim ? [act.victim.reads_as] : [])],
    })),
    ...(file.own_death_asked
      ? [{ field: 'own_death_asked › reads_as', concepts: [file.own_death_asked.reads_as] }]
      : []),
    ...(file.faint_said_of
      ? [
          { field: 'faint_said_of › signs', concepts: file.faint_said_of.signs },
          { field: 'faint_said_of › plain_signs', concepts: file.faint_said_of.plain_signs },
          { field: 'faint_said_of › pets', concepts: file.faint_said_of.pets },
          {
            field: 'faint_said_of › reads_as',
            concepts: [file.faint_said_of.reads_as, file.faint_said_of.pet_reads_as],
          },
        ]
      : []),
    ...(file.down_into
      ? [
          {
            field: 'down_into › reads_as',
            concepts: [
              file.down_into.thing_reads_as,
              file.down_into.person_reads_as,
              ...(file.down_into.threat_reads_as ? [file.down_into.threat_reads_as] : []),
            ],
          },
        ]
      : []),
    ...file.act_on_object.map((block, i) => ({
      field: `act_on_object › ${i + 1} › reads_as`,
      concepts: [block.reads_as],
    })),
    { field: 'negations › concepts', concepts: file.negations.concepts },
    ...blockLists('effect_asked', file.effect_asked, ['acts', 'asks', 'unless']),
    ...blockLists('held_help_asked', file.held_help_asked, ['acts', 'asks', 'unless']),
    ...blockLists('wish_help_asked', file.wish_help_asked, ['acts', 'asks', 'unless', 'now', 'not_a_wish']),
    ...blockLists('return_supposed', file.return_supposed, ['asks', 'told', 'unless']),
    ...blockLists('own_danger_asked', file.own_danger_asked, ['asks', 'told', 'unless']),
    ...blockLists('call_now', file.call_now, ['asks', 'signs', 'unless', 'someone']),
    ...blockLists('child_reported', file.child_reported, ['particular', 'asks', 'told', 'now', 'unless']),
    ...blockLists('habit_reported', file.habit_reported, ['habit', 'particular', 'unless']),
    ...blockLists('group_asked', file.group_asked, ['groups', 'asks', 'unless']),
    ...blockLists('concern › cause_of_death', file.concern?.cause_of_death, ['when', 'concepts', 'unless']),
  );
  for (const [id, concepts] of Object.entries(file.classifier_needs))
    lists.push({ field: `classifier_needs › ${id}`, concepts: concepts ?? [] });
  file.figures.forEach((figure, i) => {
    for (const field of ['context', 'with', 'silences', 'unless'] as const)
      lists.push({ field: `figures › ${i + 1} › ${field}`, concepts: figure[field] });
    if (figure.reads_as) lists.push({ field: `figures › ${i + 1} › reads_as`, concepts: [figure.reads_as] });
  });
  // Named by the detector too, and checked since session 28 (each was a silent rule when misspelt).
  lists.push(
    ...blockLists('concern', file.concern, ['concepts', 'despite_topic', 'own_kind']),
    ...blockLists('concern › asked_about', file.concern?.asked_about, ['particular', 'despite_ordinary', 'unless']),
    ...blockLists('adult_first', file.adult_first, ['concepts']),
    ...blockLists('classifier_bare', file.classifier_bare, ['bare', 'care', 'care_with', 'words_bare']),
    ...blockLists('scare_quotes', file.scare_quotes, ['silences']),
  );
  file.neutral.forEach((neutral, i) => {
    if (typeof neutral !== 'string') lists.push({ field: `neutral › ${i + 1} › only`, concepts: neutral.only });
  });
  return lists;
}

/** The concept lists of one situation, in the order the check reports them. */
export function situationConceptLists(id: SituationId, situation: Situation): ConceptList[] {
  const at = (field: string): string => `situations › ${id} › ${field}`;
  return [
    ...situation.rules.map((rule, i) => ({ field: at(`rules › quy tắc ${i + 1}`), concepts: rule })),
    { field: at('calm'), concepts: situation.calm },
    { field: at('calm_unless'), concepts: situation.calm_unless },
    { field: at('calm_taken_by'), concepts: Object.entries(situation.calm_taken_by).flat(2) },
    { field: at('over'), concepts: situation.over },
    { field: at('lasting'), concepts: situation.lasting.flatMap((set) => [...set.parts, ...set.unless]) },
    { field: at('settled'), concepts: situation.settled.flatMap((set) => [...set.parts, ...set.unless]) },
    { field: at('lasting_unless'), concepts: situation.lasting_unless },
    { field: at('lasting_told'), concepts: situation.lasting_told },
    { field: at('over_unless'), concepts: situation.over_unless ?? [] },
    { field: at('done'), concepts: situation.done },
    { field: at('done_unless'), concepts: situation.done_unless },
    { field: at('habit'), concepts: situation.habit },
    { field: at('habit_unless'), concepts: situation.habit_unless },
    { field: at('gone'), concepts: situation.gone },
    { field: at('now_when'), concepts: situation.now_when.flatMap((set) => [...set.parts, ...set.unless]) },
  ];
}

/** Every concept list of the file, the situations' included. */
export function conceptLists(file: SafeguardingFile): ConceptList[] {
  const lists = fileConceptLists(file);
  for (const id of SITUATION_IDS) {
    const situation = file.situations[id];
    if (situation) lists.push(...situationConceptLists(id, situation));
  }
  return lists;
}
