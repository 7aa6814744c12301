/**
 * Recognises questions that belong to another agency (agencies.yaml): a
 * resident asking about a pension, a birth certificate or a lost ID card
 * should be told where to go, not offered the center's closest topic.
 *
 * An agency is recognised by its cue phrases, matched as whole runs of
 * syllables after the same normalisation as the matcher (no accents,
 * lexicon applied), so "bảo hiểm thất nghiệp" and "bao hiem that nghiep"
 * are the same cue. Each cue is also read as if typed without accents,
 * because the lexicon reads some bare syllables differently ("to" → "tôi").
 * A negated cue ("không có lương hưu") is the center's business, not the
 * agency's, and is ignored. Whole phrases, not fuzzy similarity: a referral that
 * fires on a stray word would send people away from help the center gives.
 */
import type { Analyzer } from './matcher.ts';
import { foldAccents } from '../text/normalize.ts';
import { pause, runSteps, type Steps } from '../kb/steps.ts';

/** The agency fields the recogniser needs. */
export interface MatchableAgency {
  id: string;
  cues: readonly string[];
  /** Cues that name the agency itself or a procedure only it performs (matched like the others). */
  procedures?: readonly string[];
}

/** The agency a question belongs to, and how much of the question its cues explain. */
export interface AgencyMatch {
  id: string;
  /** Syllables of the question covered by the agency's cues. */
  covered: number;
  /** covered ÷ syllables in the question (0…1). */
  share: number;
  /** The agency's cue phrases found, as space-joined syllables. */
  cues: string[];
  /** The agency's `procedures` found (as space-joined syllables), not asked about as a requirement; empty when none. */
  procedures: string[];
  /**
   * True when every cue of the agency found tells the person's circumstances rather than asks for the agency's
   * business: something they have just done or reached ("mới chuyển hộ khẩu", "về hưu rồi").
   */
  context: boolean;
  /**
   * True when a cue of the agency asked about is followed shortly by a request to renew or replace the agency's card
   * itself ("thẻ bảo hiểm y tế có tự động gia hạn không"): see `OBJECT_ASKS`.
   */
  objectAsked: boolean;
}

/** Folded syllables that, just before a cue, negate it ("ko" is "không" after the lexicon). */
const NEGATIONS = new Set(['khong', 'chua', 'chang', 'cha']);
/** How many syllables before a cue a negation still applies to ("không có", "chưa được hưởng"). */
const NEGATION_REACH = 3;

interface Cue {
  agency: number;
  tokens: string[];
  key: string;
  procedure: boolean;
}

/** A cue the lexicon reads as one word or none: it matches far more than staff meant. */
export interface ShortenedCue {
  agency: string;
  cue: string;
  /** What is left of it, folded ("đổi họ" reads as "doi": "họ" is dropped as a pronoun). */
  reads: string;
}

/** The cues of every agency, by first syllable, and those read as one word or none. */
interface CueIndex {
  byFirst: Map<string, Cue[]>;
  shortened: ShortenedCue[];
}

/** Reads every cue of `agencies` into an index, pausing between agencies (all of them take 1–2 ms). */
function* cueIndexInSteps(agencies: readonly MatchableAgency[], analyze: Analyzer): Steps<CueIndex> {
  const byFirst = new Map<string, Cue[]>();
  const shortened: ShortenedCue[] = [];
  for (let index = 0; index < agencies.length; index++) {
    yield* pause();
    const agency = agencies[index] as MatchableAgency;
    const seen = new Set<string>();
    const procedures = new Set(agency.procedures ?? []);
    for (const cue of [...(agency.procedures ?? []), ...agency.cues]) {
      const readings = [analyze(cue), analyze(foldAccents(cue))];
      // Four words read as three stay specific; two read as one match any question with that word.
      const words = cue.trim().split(/\s+/).length;
      const short = readings.find((tokens) => tokens.length <= 1 && tokens.length < words);
      if (short) shortened.push({ agency: agency.id, cue, reads: short.join(' ') });
      for (const tokens of readings) {
        const first = tokens[0];
        const key = tokens.join(' ');
        if (first === undefined || seen.has(key)) continue;
        seen.add(key);
        const list = byFirst.get(first) ?? [];
        list.push({ agency: index, tokens, key, procedure: procedures.has(cue) });
        byFirst.set(first, list);
      }
    }
  }
  return { byFirst, shortened };
}

/** An `AgencyMatcher` built between answers: its cues read in slices (see kb/steps.ts). */
export function* agencyMatcherInSteps(agencies: readonly MatchableAgency[], analyze: Analyzer): Steps<AgencyMatcher> {
  return new AgencyMatcher(agencies, analyze, yield* cueIndexInSteps(agencies, analyze));
}

/** Cue phrases indexed by their first syllable; rebuilt when the knowledge base reloads. */
export class AgencyMatcher {
  private readonly ids: string[];
  private readonly byFirst: Map<string, Cue[]>;
  /** Cues read as one word or none ("kb check" lists them). */
  readonly shortened: ShortenedCue[];

  /** Indexes the cues of `agencies`, at once unless `cues` were read in steps (`agencyMatcherInSteps`). */
  constructor(
    agencies: readonly MatchableAgency[],
    analyze: Analyzer,
    cues: CueIndex = runSteps(cueIndexInSteps(agencies, analyze)),
  ) {
    this.ids = agencies.map((a) => a.id);
    this.byFirst = cues.byFirst;
    this.shortened = cues.shortened;
  }

  /** Number of agencies known. */
  get size(): number {
    return this.ids.length;
  }

  /** The agency whose cues cover most of the (already analysed) question, or null when no cue occurs. */
  match(syllables: readonly string[]): AgencyMatch | null {
    if (this.ids.length === 0 || syllables.length === 0) return null;
    // Per agency, which positions its cues cover (overlapping cues count once).
    const covered = new Map<number, Set<number>>();
    const found = new Map<number, string[]>();
    const procedures = new Map<number, string[]>();
    const asked = new Set<number>();
    // Where the last cue told as the person's circumstance ends: a cue inside it, or joined to it by "và" with at
    // most one word between ("chỉ có căn cước và sổ hộ khẩu"), goes on with the same list of what they have.
    let toldUntil = -1;
    // Where each cue told as a circumstance starts and ends, and the cues not told so: a shorter cue overlapping a
    // told one ("rút bảo hiểm" inside "rút bảo hiểm một lần hết rồi") is part of the same circumstance.
    const told: [number, number][] = [];
    const unsure: [number, number, number][] = [];
    const objectAsked = new Set<number>();
    this.scan(syllables, (cue, at) => {
      const end = at + cue.tokens.length;
      const listed = at < toldUntil || (at - toldUntil <= LIST_GAP && LIST_JOINS.has(syllables[toldUntil] as string));
      const required = requiredPaper(syllables, at);
      if (listed || required || tellsCircumstance(syllables, at, end)) {
        toldUntil = Math.max(toldUntil, end);
        told.push([at, end]);
      } else unsure.push([cue.agency, at, end]);
      if (cue.procedure && !required && !needsOrHolds(syllables, at))
        procedures.set(cue.agency, [...(procedures.get(cue.agency) ?? []), cue.key]);
      let positions = covered.get(cue.agency);
      if (!positions) covered.set(cue.agency, (positions = new Set()));
      for (let k = 0; k < cue.tokens.length; k++) positions.add(at + k);
      found.set(cue.agency, [...(found.get(cue.agency) ?? []), cue.key]);
      return undefined;
    });
    for (const [agency, at, end] of unsure)
      if (!told.some(([start, stop]) => at < stop && start < end)) {
        asked.add(agency);
        if (asksForObject(syllables, end)) objectAsked.add(agency);
      }
    let best: { agency: number; count: number } | null = null;
    for (const [agency, positions] of covered) {
      if (!best || positions.size > best.count || (positions.size === best.count && agency < best.agency))
        best = { agency, count: positions.size };
    }
    if (!best) return null;
    return {
      id: this.ids[best.agency] as string,
      covered: best.count,
      share: best.count / syllables.length,
      cues: found.get(best.agency) ?? [],
      procedures: procedures.get(best.agency) ?? [],
      context: !asked.has(best.agency),
      objectAsked: objectAsked.has(best.agency),
    };
  }

  /** Every cue phrase (space-joined syllables) that occurs in a text's analysed syllables. */
  cuesIn(syllables: readonly string[]): Set<string> {
    const keys = new Set<string>();
    this.scan(syllables, (cue) => {
      keys.add(cue.key);
      return undefined;
    });
    return keys;
  }

  /** True when some cue phrase occurs in a text's analysed syllables: `cuesIn(…).size > 0`, stopping at the first, with no set built. */
  hasCue(syllables: readonly string[]): boolean {
    return this.scan(syllables, () => true);
  }

  /**
   * Calls `onCue` for every cue found, in order, until it returns true; true when it did. A cue inside the name of
   * the center's own sector is not found (`SECTOR_NAMES`).
   */
  private scan(syllables: readonly string[], onCue: (cue: Cue, at: number) => boolean | undefined): boolean {
    // Built only once a cue matches: most messages scanned hold none.
    let sector: boolean[] | undefined;
    for (let i = 0; i < syllables.length; i++) {
      const cues = this.byFirst.get(syllables[i] as string);
      if (cues === undefined) continue;
      for (const cue of cues) {
        if (i + cue.tokens.length > syllables.length) continue;
        let same = true;
        for (let k = 1; k < cue.tokens.length && same; k++) same = syllables[i + k] === cue.tokens[k];
        if (!same) continue;
        sector ??= sectorNamed(syllables);
        if (sector[i] && sector[i + cue.tokens.length - 1]) continue;
        if (overlapsCenterName(syllables, i, i + cue.tokens.length)) continue;
        if (!negated(syllables, i) && !chargedWith(syllables, i) && onCue(cue, i) === true) return true;
      }
    }
    return false;
  }
}

/**
 * Folded names of the center's own sector, the Department of Labour, Invalids and Social Affairs ("phòng Lao động
 * Thương binh Xã hội", "cán bộ thương binh xã hội ở xã"): a cue inside one ("thương binh", people with merit) names
 * the office residents knew for social allowances, not the agency's business.
 */
const SECTOR_NAMES: readonly (readonly string[])[] = [['thuong', 'binh', 'xa', 'hoi']];

/**
 * Folded names of the center's own allowances that share a syllable with another agency's cues: "trợ cấp hưu trí xã
 * hội" (the social pension for older people without a pension, paid by the commune) is the center's business, while
 * "tiền hưu", "sổ hưu" and "hưu" are BHXH's. A cue that runs into one ("làm hồ sơ hưu trí xã hội" folds to "ho so huu
 * tri…", whose "so huu" reads as "sổ hưu"; "tiền hưu trí xã hội") is a misreading of the center's name, not a request
 * for the agency, so it is not found even when it only overlaps the name.
 */
const CENTER_NAMES: readonly (readonly string[])[] = [['huu', 'tri', 'xa', 'hoi']];

/** True when the cue at `at`…`end` shares a syllable with one of `CENTER_NAMES` in `syllables`. */
function overlapsCenterName(syllables: readonly string[], at: number, end: number): boolean {
  for (const name of CENTER_NAMES)
    for (let i = Math.max(0, at - name.length + 1); i < end && i + name.length <= syllables.length; i++)
      if (name.every((word, k) => syllables[i + k] === word)) return true;
  return false;
}

/** For each syllable, whether it lies inside one of `SECTOR_NAMES`. */
function sectorNamed(syllables: readonly string[]): boolean[] {
  const inside = syllables.map(() => false);
  for (const name of SECTOR_NAMES)
    for (let i = 0; i + name.length <= syllables.length; i++)
      if (name.every((word, k) => syllables[i + k] === word))
        for (let k = 0; k < name.length; k++) inside[i + k] = true;
  return inside;
}

/** Folded "cần": a procedure just after it is a paper the center's own procedure may need ("có cần chứng thực CCCD không"). */
const NEEDS = 'can';

/**
 * Folded "đang": a procedure just after it is something the person already has ("đang hưởng chế độ người có công,
 * có được thêm tiền già không"), asked about beside the center's own help.
 */
const ALREADY = 'dang';

/**
 * True when "cần" comes within two syllables before position `at` (the procedure is asked about as a requirement),
 * or "đang" does (the person already has it).
 */
function needsOrHolds(syllables: readonly string[], at: number): boolean {
  for (let k = Math.max(0, at - 2); k < at; k++) if (syllables[k] === NEEDS || syllables[k] === ALREADY) return true;
  return false;
}

/**
 * Folded words that, just before a cue, say it is the person's circumstance, not their request: just done ("mới
 * chuyển hộ khẩu", "vừa nghỉ hưu"). Not "đang" nor "cần": folded, they are also "đăng ký", "cao đẳng", "căn cước".
 */
const CIRCUMSTANCE_BEFORE = new Set(['moi', 'vua']);
/** How many syllables before a cue such a word still applies ("vừa bị lừa qua điện thoại"). */
const CIRCUMSTANCE_REACH = 2;
/**
 * Folded words just before a cue that ask whether it is required ("hồ sơ có cần giấy khám sức khỏe không", "xin trợ cấp
 * có cần phải công chứng không"): the cue is a paper the procedure asked about may need, so when a center topic is
 * offered the question is about the center's procedure, and the agency's cue is its setting (tune20 referred
 * such a question to the agency that issues the paper). Read as a pair, because folded "cần" alone is also "căn" and
 * "cán" ("căn cước", "cán bộ tư pháp").
 */
const REQUIRED_BEFORE: readonly (readonly string[])[] = [
  ['can', 'giay'],
  ['can', 'co'],
  ['can', 'phai'],
];

/**
 * True when the cue at `at` is asked about as a requirement: "cần giấy …", "cần có …", "cần phải …". Not "phải" alone:
 * "có phải … không" also asks whether an agency is the place ("có phải tư pháp xã không", tune4).
 */
function requiredPaper(syllables: readonly string[], at: number): boolean {
  return REQUIRED_BEFORE.some(
    (words) => at >= words.length && words.every((word, k) => syllables[at - words.length + k] === word),
  );
}

/**
 * Folded pairs that ask to renew or replace the agency's card itself ("gia hạn", "cấp lại", "đổi thẻ", "thẻ mới"). Just
 * after an agency's cue ("thẻ bảo hiểm y tế người cao tuổi hết hạn rồi, đổi thẻ mới ở đâu", "đang hưởng lương hưu thì
 * thẻ BHYT cấp lại ở chỗ nào") they say the card is what is asked for, not the group it is asked for: the social
 * insurance office renews the card, though the center's entry on older people speaks of it (issue 11). Not an
 * application ("nộp đơn", "làm đơn"): after "miễn học phí" it was tried (session 45) and sent a blind set's in-scope
 * question away, as the school-fee override of an earlier session did. Nor "đăng ký", "hồ sơ": "người khuyết tật học
 * nghề có được miễn học phí không, đăng ký ở đâu" asks the center's vocational help.
 */
const OBJECT_ASKS: readonly (readonly [string, string])[] = [
  ['gia', 'han'],
  ['cap', 'lai'],
  ['doi', 'the'],
  ['the', 'moi'],
];
/** How many syllables after a cue such a request may start ("thẻ bảo hiểm y tế người cao tuổi hết hạn rồi, đổi thẻ"). */
const OBJECT_ASK_REACH = 8;
/**
 * Folded words between the cue and the request that name another thing wanted: "trợ" (trợ cấp, hỗ trợ: the center's
 * own help, "có thẻ bảo hiểm y tế, hỗ trợ tiền ăn có phải gia hạn không"), "muốn", "xin", "vào" ("có thẻ bảo hiểm y
 * tế, muốn xin giấy xác nhận khuyết tật cấp lại"). The request is then for that thing, and the cue only tells who the
 * person is.
 */
const OTHER_WANT = new Set(['tro', 'muon', 'xin', 'vao']);

/**
 * True when one of `OBJECT_ASKS` starts within `OBJECT_ASK_REACH` syllables after `end`, with no `OTHER_WANT` before
 * it other than one that opens the request itself ("xin cấp lại", "muốn gia hạn").
 */
function asksForObject(syllables: readonly string[], end: number): boolean {
  const asksAt = (k: number): boolean =>
    OBJECT_ASKS.some(([first, second]) => syllables[k] === first && syllables[k + 1] === second);
  for (let k = end; k < Math.min(syllables.length - 1, end + OBJECT_ASK_REACH); k++) {
    if (asksAt(k)) return true;
    if (OTHER_WANT.has(syllables[k] as string) && !asksAt(k + 1)) return false;
  }
  return false;
}

/** Folded "rồi" just after a cue: a state reached ("tui về hưu rồi"), not a request. */
const DONE_AFTER = 'roi';
/**
 * Folded words that may stand between a cue and "rồi" and still say it is done: "rút bảo hiểm một lần hết rồi", "làm
 * xong rồi". A story tells what was settled long ago before the question it asks.
 */
const DONE_BETWEEN = new Set(['het', 'xong']);

/**
 * Folded "chỉ có" just before a cue: the papers the person holds, listed in a story ("mẹ chỉ có căn cước và sổ hộ
 * khẩu cũ"), not a request for the agency that issues them. Only "chỉ có": "đã có căn cước cũ, giờ đổi ở đâu" asks
 * the agency, and a bare "có" opens most questions ("có làm lại căn cước được không").
 */
const HOLDS_ONLY = ['chi', 'co'];
/** Folded words that join one cue to the one before it in a list of the same kind ("căn cước và sổ hộ khẩu"). */
const LIST_JOINS = new Set(['va', 'voi']);
/** How far after the join the next cue may start: the join, then one word naming the paper ("và sổ hộ khẩu"). */
const LIST_GAP = 2;

/** True when the cue at `at`…`end` tells the person's circumstances (see `CIRCUMSTANCE_BEFORE`, `DONE_AFTER`). */
function tellsCircumstance(syllables: readonly string[], at: number, end: number): boolean {
  if (syllables[end] === DONE_AFTER) return true;
  if (DONE_BETWEEN.has(syllables[end] as string) && syllables[end + 1] === DONE_AFTER) return true;
  if (at >= 2 && syllables[at - 2] === HOLDS_ONLY[0] && syllables[at - 1] === HOLDS_ONLY[1]) return true;
  for (let k = Math.max(0, at - CIRCUMSTANCE_REACH); k < at; k++)
    if (CIRCUMSTANCE_BEFORE.has(syllables[k] as string)) return true;
  return false;
}

/**
 * Folded verbs that, just after a negation, say someone refuses to do something or does not pay ("chồng không chịu
 * ký đơn ly hôn", "mượn tiền không trả, kiện ra tòa"): a dispute, which is the agency's business, not a thing the
 * person lacks ("không có lương hưu"), so the cue after them is not negated.
 */
const REFUSALS = new Set(['chiu', 'tra', 'ky']);

/**
 * Folded verbs that, just after a negation, say a paper or a procedure is still to be done ("chưa làm giấy khai sinh",
 * "sim bị khóa vì chưa chuẩn hóa thông tin"): the agency that does it is where to go, not a thing the person lacks.
 * "Tiêm" too (session 38): a vaccination not yet given ("bé chưa tiêm vắc xin sởi, tiêm ở đâu") is still to be done
 * at the health station; the vaccine is no support the person lacks, which the center could give.
 */
const UNDONE = new Set(['lam', 'chuan', 'tiem']);

/**
 * Folded verbs of knowing that, just after a negation, say the person does not know something ("không biết đi xuất
 * khẩu lao động đơn hàng nào uy tín", "chưa biết làm hộ chiếu ở đâu"): the question that follows is still asked, and
 * the cue in it is the agency's business, not a thing the person lacks (session 43).
 */
const UNKNOWN = new Set(['biet']);

/**
 * Folded words that, just before "không", make it the question's tag ("có huỷ được không, hỏi luật sư ở đâu"): the
 * question ends there and the cue after it opens the next one, so it is not negated. Punctuation is gone by now.
 */
const QUESTION_TAG_BEFORE = new Set(['duoc']);

/**
 * Folded words that open the next clause ("hòa giải không được, giờ kiện ở đâu", "xin không được thì kiện ai"): the
 * negation before them closed what was tried and failed, and the cue after them is what is asked now, so it is not
 * negated. Punctuation is gone by now, so the comma cannot say it (session 34).
 */
const CLAUSE_OPENERS = new Set(['gio', 'thi', 'nen']);

/** True when a negation word comes shortly before position `at`, and says the person lacks the cue's thing. */
function negated(syllables: readonly string[], at: number): boolean {
  for (let k = Math.max(0, at - NEGATION_REACH); k < at; k++)
    if (
      NEGATIONS.has(syllables[k] as string) &&
      !(syllables[k] === 'khong' && QUESTION_TAG_BEFORE.has(syllables[k - 1] as string)) &&
      !REFUSALS.has(syllables[k + 1] as string) &&
      !UNDONE.has(syllables[k + 1] as string) &&
      !UNKNOWN.has(syllables[k + 1] as string) &&
      !syllables.slice(k + 1, at).some((s) => CLAUSE_OPENERS.has(s))
    )
      return true;
  return false;
}

/**
 * Folded words that, before "tội" (folded "toi"), name a charge: "vì tội", "phạm tội", "về tội".
 */
const CHARGE_BEFORE = new Set(['vi', 'pham', 've']);

/**
 * True when the cue at `at` is the offence someone is charged with or served time for ("vừa ra trại vì tội cướp giật",
 * "phạm tội lừa đảo qua mạng"): a police cue there tells what a young offender did, whose rehabilitation is the
 * center's business, not a theft or a fraud its victim should report. Only after "tội" that follows one of
 * `CHARGE_BEFORE`: a bare "tôi" reads as "toi" too ("giúp tôi, lừa đảo qua mạng thì báo ai" is a victim's).
 */
function chargedWith(syllables: readonly string[], at: number): boolean {
  return syllables[at - 1] === 'toi' && CHARGE_BEFORE.has(syllables[at - 2] as string);
}
