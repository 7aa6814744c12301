/**
 * The questions residents ask most, read as a social worker reads them: a
 * person described by a group (an age of 60 or more written any way, a
 * condition, an orphan) and an ask about money ("có được trợ cấp không",
 * "nhận tiền gì") name that group's entry. The words are staff's
 * (lexicon.yaml, `person_asks`); the ages and the combination are read here.
 * A message that names another business (a nursing home, a health-insurance
 * card, papers, an amount) is not read this way: the engine decides it as
 * before.
 */
import type { KbProblem } from '../kb/problems.ts';
import type { LexiconFile } from '../kb/schema.ts';
import { PhraseRules } from '../text/lexicon.ts';
import { type Token, tokenize } from '../text/normalize.ts';
import { isOlder, mayStartAge, readAdultAges, readAges } from './age.ts';
import { hearAgesAsThreshold } from './age-threshold.ts';

/** One group of people and the entry a money ask about them names (none for a circumstance: poor, alone). */
interface PersonGroup {
  id: string;
  words: PhraseRules;
  money?: string;
  /** The group's service entries (what the center does for them), which do not answer a money question. */
  services: readonly string[];
  /** True for a group that is itself the carer ("mẹ đơn thân nuôi 2 con"): a carer's verb after it does not unname it. */
  caring: boolean;
}

/** One aspect of an allowance a question may ask about a person (an amount, papers) and the entry that answers it. */
interface PersonAspect {
  entry: string;
  words: PhraseRules;
  /** The groups whose question about this aspect the entry answers; empty: every group. */
  groups: readonly string[];
}

/** A request that names a neighbour of the entry ranked first (lexicon.yaml, `person_asks › neighbours`). */
interface NeighbourAsk {
  entry: string;
  /** The entries it is asked for instead of. */
  over: readonly string[];
  words: PhraseRules;
  /** When listed, one of these must be said too. */
  with: PhraseRules | null;
  /** None of these may be said. */
  unless: PhraseRules;
}

/** A life situation told outright and the entry that covers it (lexicon.yaml, `person_asks › situations`). */
interface ToldSituation {
  entry: string;
  words: PhraseRules;
  /** One of these must be said too, when any are listed ("mai táng" with "lũ": a funeral after a disaster). */
  with: PhraseRules | null;
  /** None of these may be said. */
  unless: PhraseRules;
  /** Told where the engine offers nothing, it is still answered (lexicon.yaml `on_fallback`). */
  onFallback: boolean;
}

/** The group read from an older person's age. */
const ELDERLY = 'elderly';

/** The person a money question is about, and the entries that may answer it. */
export interface PersonAsked {
  /** The groups and circumstances named ("elderly", "alone"…), first named first. */
  groups: string[];
  /**
   * The entries that answer it: one group's entry, or for a person in two groups or with a circumstance (an older
   * person living alone, an older person with a disability) each group's and `both_money`; the engine answers with
   * the one it ranks first.
   */
  entryIds: string[];
  /** The service entries of the groups named: ranked first by the engine, they give way to `entryIds`. */
  services: string[];
  /** True when an aspect asked (an amount, papers) named `entryIds`, rather than the groups' money. */
  aspect?: true;
}

/** True when one of `rules`' phrases is said in `words`. */
function saidIn(rules: PhraseRules, words: readonly Token[]): boolean {
  return rules.findAll(words).length > 0;
}

/** Reads lexicon.yaml's `person_asks` once per snapshot; `read` then decides a message. */
export class PersonAskReader {
  private readonly groups: PersonGroup[];
  private readonly bothMoney: string | undefined;
  private readonly money: PhraseRules;
  private readonly moneyNamed: PhraseRules;
  private readonly otherTopics: PhraseRules;
  private readonly elsewhere: PhraseRules;
  private readonly besidesMoney: PhraseRules;
  private readonly carers: PhraseRules;
  private readonly aspects: PersonAspect[];
  private readonly neighbours: NeighbourAsk[];
  private readonly situations: ToldSituation[];
  private readonly asks: PhraseRules;
  private readonly relatives: PhraseRules;
  private readonly followOn: PhraseRules;
  private readonly year: number | undefined;
  /** The highest older age the entries state (see the constructor): what the check worker sends with its indexes. */
  readonly thresholdAge: number | undefined;
  /** The parsed lists it was built from (never changed once parsed), for `builtFrom`. */
  private readonly lists: LexiconFile['person_asks'];

  /**
   * `year`: the current year (the snapshot's clock), that a birth year is read against; `thresholdAge`: the highest
   * older person's age the entries name ("80 tuổi", see `age-threshold.ts`).
   */
  constructor(lists: LexiconFile['person_asks'], options: { year?: number; thresholdAge?: number } = {}) {
    this.year = options.year;
    this.thresholdAge = options.thresholdAge;
    this.lists = lists;
    const rules = (words: readonly string[]): PhraseRules => new PhraseRules(words.map((w) => [w, ''] as const));
    this.groups = lists.groups.map((g) => ({
      id: g.id,
      words: rules(g.words),
      ...(g.money ? { money: g.money } : {}),
      services: g.services,
      caring: g.caring,
    }));
    this.bothMoney = lists.both_money;
    this.money = rules(lists.money);
    this.moneyNamed = rules(lists.money_named);
    this.otherTopics = rules(lists.other_topics);
    this.elsewhere = rules(lists.elsewhere);
    this.besidesMoney = rules(lists.besides_money);
    this.carers = rules(lists.carers);
    this.aspects = lists.aspects.map((a) => ({ entry: a.entry, words: rules(a.words), groups: a.groups }));
    this.neighbours = lists.neighbours.map((n) => ({
      entry: n.entry,
      over: n.over,
      words: rules(n.words),
      with: n.with.length > 0 ? rules(n.with) : null,
      unless: rules(n.unless),
    }));
    this.situations = lists.situations.map((t) => ({
      entry: t.entry,
      words: rules(t.words),
      with: t.with.length > 0 ? rules(t.with) : null,
      unless: rules(t.unless),
      onFallback: t.on_fallback,
    }));
    this.asks = rules(lists.asks);
    this.relatives = rules(lists.relatives);
    this.followOn = new PhraseRules(
      lists.follow_on.map((w) => [w, ''] as const),
      { exactAccents: true },
    );
  }

  /** The entry every group shares (who qualifies for the allowance), named by `both_money`. */
  get sharedMoney(): string | undefined {
    return this.bothMoney;
  }

  /**
   * True when this reader is what `new PersonAskReader(lists, options)` would build: the very same parsed lists
   * (an unchanged lexicon.yaml gives a reload the served snapshot's own) and the same year and threshold age. A
   * reload then keeps it rather than compile about a thousand phrase rules again (about 1 ms between answers).
   */
  builtFrom(lists: LexiconFile['person_asks'], options: { year?: number; thresholdAge?: number }): boolean {
    return this.lists === lists && this.year === options.year && this.thresholdAge === options.thresholdAge;
  }

  /** The entries a person described and a money ask name, or null (no group, no ask, or another business named). */
  read(words: readonly Token[]): PersonAsked | null {
    // "Còn bà nội em 76 tuổi thì sao" asks the last question again for someone else: the follow-ups' business.
    if (words.length === 0 || this.followOn.matchesAt(words, 0)) return null;
    const aspects = this.aspects.filter((a) => a.words.findAll(words).length > 0);
    if (aspects.length > 1 || this.namesOtherTopic(words, aspects)) return null;
    const groups = this.groupsNamed(words);
    // "Ông em 85 tuổi mỗi tháng nhận bao nhiêu": the aspect asked (an amount, papers) wins over the person described.
    const [aspect] = aspects;
    if (aspect) {
      // Papers for a person with a disability are mostly the disability certificate's: an aspect names its entry only
      // for the groups it lists (none listed: every group).
      const fits = groups.every(
        (g) => g.money === undefined || aspect.groups.length === 0 || aspect.groups.includes(g.id),
      );
      return groups.length > 0 && fits
        ? { groups: groups.map((g) => g.id), entryIds: [aspect.entry], services: [], aspect: true }
        : null;
    }
    // "Ngoài tiền trợ cấp ra còn được gì": what is asked is help besides the money.
    if (this.money.findAll(words).length === 0 || this.besidesMoney.findAll(words).length > 0) return null;
    const answering = groups.flatMap((g) => (g.money === undefined ? [] : [g.money]));
    if (answering.length === 0) return null;
    const distinct = [...new Set(answering)];
    // Three circumstances or more (old, poor, no one to support them) ask which group the person is in: the entry
    // that lists who qualifies. One group, or one group and a circumstance its entry covers (an older person living
    // alone, poor, with no pension: the elderly allowance's own questions): its entry. Two groups: either.
    const entryIds =
      groups.length > 2 ? [this.bothMoney] : distinct.length === 1 ? distinct : [...distinct, this.bothMoney];
    const known = [...new Set(entryIds)].filter((id): id is string => id !== undefined);
    // "Cháu có được hưởng gì" asks for help as much as money: the services keep their place unless money is named.
    const services = this.moneyNamed.findAll(words).length > 0 ? groups.flatMap((g) => g.services) : [];
    return known.length > 0 ? { groups: groups.map((g) => g.id), entryIds: known, services } : null;
  }

  /**
   * The syllables the matcher and the classifier read, with an older person's age at or past the entries' highest
   * ("bố em 82 tuổi") heard as that age, when the message asks money for that person and nothing else (`read`
   * names the older person's entry alone); otherwise `syllables` as they are.
   */
  hearAge(words: readonly Token[], syllables: readonly string[]): readonly string[] {
    const threshold = this.thresholdAge;
    const elderlyMoney = this.groups.find((g) => g.id === ELDERLY)?.money;
    if (threshold === undefined || elderlyMoney === undefined) return syllables;
    if (olderAgeAt(words, this.year) === -1) return syllables;
    // A second group ("83 tuổi bị mù") may be answered by who qualifies as much: the engine decides as before.
    const entryIds = this.read(words)?.entryIds;
    if (entryIds?.length !== 1 || entryIds[0] !== elderlyMoney) return syllables;
    return hearAgesAsThreshold(syllables, threshold, this.year);
  }

  /**
   * True when `entryId` is a group's own entry (not the one every group shares) and the message names that group
   * but asks for nothing (`asks`): "người già 80 tuổi nên uống sữa gì" describes an older person, and the older
   * person's allowance is not what it asks about.
   */
  onlyDescribes(words: readonly Token[], entryId: string): boolean {
    if (entryId === this.bothMoney || this.asks.findAll(words).length > 0 || this.money.findAll(words).length > 0)
      return false;
    return this.groupsNamed(words).some((g) => g.money === entryId);
  }

  /**
   * True when `entryId` is the own entry (an allowance, a service) of a group the message names and the question asks
   * for another agency's business beside it (`elsewhere`): "hộ nghèo có được giảm tiền điện không" names the poor and
   * asks the power company, so the poor's services describe the person, not what is asked.
   */
  asksElsewhere(words: readonly Token[], entryId: string): boolean {
    if (this.elsewhere.findAll(words).length === 0) return false;
    return this.groupsNamed(words).some((g) => g.money === entryId || g.services.includes(entryId));
  }

  /**
   * True when `entryId` is the older people's own entry (their allowance or services) and the message tells the
   * person's age, and it is under 60: "ba tôi sinh năm 1980 có được trợ cấp gì không" asks for a man of 46, whom the
   * older person's allowance never covers, however much the words "ba", "trợ cấp" sound like its questions. A message
   * that also names an older person (an age of 60 or more, "người già", "cao tuổi") keeps the entry.
   */
  tooYoungFor(words: readonly Token[], entryId: string): boolean {
    return this.forOlderPeople(entryId) && this.toldYounger(words);
  }

  /** True when `entryId` is the older people's own entry: their allowance or one of their services. */
  forOlderPeople(entryId: string): boolean {
    const elderly = this.groups.find((g) => g.id === ELDERLY);
    return elderly !== undefined && (elderly.money === entryId || elderly.services.includes(entryId));
  }

  /** True when the message tells the person's age, under 60, and names no older person (see `tooYoungFor`). */
  toldYounger(words: readonly Token[]): boolean {
    const elderly = this.groups.find((g) => g.id === ELDERLY);
    if (!elderly || !words.some((w) => mayStartAge(w.folded))) return false;
    if (olderAgeAt(words, this.year) !== -1 || elderly.words.findAll(words).length > 0) return false;
    const folded = words.map((w) => w.folded);
    return readAdultAges(folded, this.year).length > 0 || readAges(folded, this.year).length > 0;
  }

  /**
   * The neighbour of `entryId` the question asks for instead ("trung tâm có nhận nuôi dưỡng ông không": a place, not
   * the services at home; "ngoài tiền ra còn hỗ trợ gì": a named group's services, not its allowance), or undefined.
   */
  neighbourAsked(words: readonly Token[], entryId: string): string | undefined {
    // `saidIn` rather than a named closure made per call: under tsx (esbuild's keepNames) each costs a defineProperty.
    const listed = this.neighbours.find(
      (n) =>
        n.over.includes(entryId) &&
        saidIn(n.words, words) &&
        (n.with === null || saidIn(n.with, words)) &&
        !saidIn(n.unless, words),
    );
    if (listed) return listed.entry;
    if (!this.isMoneyEntry(entryId) || !saidIn(this.besidesMoney, words)) return undefined;
    return this.groupsNamed(words).flatMap((g) => g.services)[0];
  }

  /**
   * The entries covering the life situations the message tells in so many words ("nhà em hết gạo": a household out
   * of food, the emergency aid's rice), first listed first: a resident writes what is happening, not a question in the
   * entry's words, so the matcher only offers the entry or nothing; the situation told says what they need.
   */
  situationsTold(words: readonly Token[], onFallbackOnly = false): string[] {
    return this.situations
      .filter(
        (t) =>
          (!onFallbackOnly || t.onFallback) &&
          t.words.findAll(words).length > 0 &&
          (t.with === null || t.with.findAll(words).length > 0) &&
          t.unless.findAll(words).length === 0,
      )
      .map((t) => t.entry);
  }

  /** True for an entry that answers a money question: a group's, the one every group shares, an aspect's. */
  isMoneyEntry(entryId: string): boolean {
    return (
      entryId === this.bothMoney ||
      this.groups.some((g) => g.money === entryId) ||
      this.aspects.some((a) => a.entry === entryId)
    );
  }

  /** True when the message names another business, outside the words that describe the person ("không có lương hưu"). */
  private namesOtherTopic(words: readonly Token[], aspects: readonly PersonAspect[]): boolean {
    const other = this.otherTopics.findAll(words);
    if (other.length === 0) return false;
    const described = [...this.groups, ...aspects].flatMap((g) => g.words.findAll(words));
    return other.some(([at]) => !described.some(([start, n]) => at >= start && at < start + n));
  }

  /** True when the message names an older person: an age of 60 or more, or the elderly group's words ("người già"). */
  namesOlderPerson(words: readonly Token[]): boolean {
    return this.groupsNamed(words).some((g) => g.id === ELDERLY);
  }

  /** True when the message names a relative ("mẹ em", "ông nội"): the person described is not the one writing. */
  namesRelative(words: readonly Token[]): boolean {
    return this.relatives.findAll(words).length > 0;
  }

  /** True when a phrase is one of the groups' words ("tai biến"): a condition named, not another topic. */
  isGroupWord(phrase: string): boolean {
    const words = tokenize(phrase);
    return this.groups.some((g) => g.words.lengthAt(words, 0) === words.length && words.length > 0);
  }

  /** The groups a message names, first named first; an older person's age names the elderly. */
  private groupsNamed(words: readonly Token[]): PersonGroup[] {
    const at = new Map<PersonGroup, number>();
    for (const group of this.groups) {
      // "Ông bà già nuôi": a group followed by a carer's verb looks after the person asked about, and is not them;
      // but a single mother raising two children ("mẹ đơn thân nuôi 2 con nhỏ") is the one asking (`caring`, issue 11).
      const [first] = group.words
        .findAll(words)
        .filter(([start, n]) => group.caring || this.carers.lengthAt(words, start + n) === 0);
      if (first) at.set(group, first[0]);
    }
    const elderly = this.groups.find((g) => g.id === ELDERLY);
    const age = olderAgeAt(words, this.year);
    if (elderly && age !== -1) at.set(elderly, Math.min(at.get(elderly) ?? age, age));
    return [...at].sort((a, b) => a[1] - b[1]).map(([group]) => group);
  }
}

/**
 * Where an older person's age is written (60 to 120: "82 tuổi", "82t", "ngoài 80", "U80", "tám mươi tuổi", a birth
 * year against `year`), or -1.
 */
export function olderAgeAt(words: readonly Token[], year?: number): number {
  // Most questions name no age: they allocate nothing here.
  if (!words.some((w) => mayStartAge(w.folded))) return -1;
  const folded = words.map((w) => w.folded);
  return readAges(folded, year).find((age) => isOlder(age.years))?.at ?? -1;
}

/** lexicon.yaml's `person_asks` entries that name no entry, for staff: which group, which field, which id. */
export function personAskProblems(
  lists: LexiconFile['person_asks'],
  entryIds: Pick<ReadonlySet<string>, 'has'>,
): KbProblem[] {
  const problems: KbProblem[] = [];
  const check = (field: string, id: string | undefined): void => {
    if (id !== undefined && !entryIds.has(id))
      problems.push({ file: 'lexicon.yaml', field, message: `không có mục nào mang mã "${id}".` });
  };
  for (const group of lists.groups) {
    check(`person_asks › groups › ${group.id} › money`, group.money);
    for (const id of group.services) check(`person_asks › groups › ${group.id} › services`, id);
  }
  check('person_asks › both_money', lists.both_money);
  for (const aspect of lists.aspects) check('person_asks › aspects › entry', aspect.entry);
  for (const told of lists.situations) check('person_asks › situations › entry', told.entry);
  return problems;
}
