/**
 * A cry for help, blood flowing, or an act told now in a clause of its own outranks the framing that would make a
 * message a game, a joke, a precaution or a question (session 27, issue 10). "em đang chơi liên quân thì bố vào đánh
 * em chảy máu đầu" was a game ("liên quân"), "mua vòng định vị phòng khi bà đi lạc nhưng giờ bà đang mất tích, cứu
 * em" a precaution ("phòng khi"): one framing word anywhere made the whole message a topic. Heard by where the cues
 * lie, like `acute_turn`: the now word and the act must share a part of a clause that holds no framing cue, so "trong
 * game bị team bạn đánh" (the act inside the game's own part) is no turn; a cry is heard anywhere, blood in a part no
 * framing cue shares, and the detector asks for a real person and nothing told as past before it lets this outrank
 * the framing.
 */
import { wordMatches } from '../text/lexicon.ts';
import type { Token } from '../text/normalize.ts';
import type { SafeguardingFile } from '../kb/safeguarding-schema.ts';
import { clauses, type Kept } from './acute-turn.ts';

type NowOverFraming = NonNullable<SafeguardingFile['now_over_framing']>;

/** What was heard ("concept: phrase" or "now … act") and the concepts it rests on, or null. */
export interface Outranking {
  said: string;
  concepts: readonly string[];
  /** True when a wish of the writer's own outranks the question (`wishes`), not a cry, blood or an act. */
  wish?: boolean;
}

/** The cry, the blood or the act told now heard in one reading of a message (see `now_over_framing`), or null. */
export function nowOverFramingIn(
  rule: NowOverFraming,
  breaks: readonly Token[],
  kept: readonly Kept[],
  tokens: readonly Token[],
  breaksAfter: readonly Token[] = [],
  wishAfter: WishAfterWords | null = null,
): Outranking | null {
  const sets = setsOf(rule);
  const clauseOf = clauses(tokens);
  // A clause cut again where "thì", "mà", "nhưng" turn from what the writer was doing to what happened ("em đang chơi
  // liên quân | thì bố vào đánh em chảy máu đầu"), and after "xong" that closes it ("xem phim xong | chồng em đánh em
  // chảy máu", session 28, issue 10): the framing speaks for its own part only.
  const partOf: number[] = [];
  const cutByBreak = new Set<number>();
  let part = 0;
  // Plain loops, no closure per word: this reads both readings of every message.
  const breaksFolded = foldedOf(breaks);
  const breaksAfterFolded = foldedOf(breaksAfter);
  for (let i = 0; i < tokens.length; i++) {
    const cut =
      i > 0 &&
      (matchesOne(breaks, breaksFolded, tokens[i] as Token) ||
        matchesOne(breaksAfter, breaksAfterFolded, tokens[i - 1] as Token));
    if (i > 0 && (clauseOf[i] !== clauseOf[i - 1] || cut)) {
      part++;
      if (cut && clauseOf[i] === clauseOf[i - 1]) cutByBreak.add(part);
    }
    partOf.push(part);
  }
  const framed = new Set<number | undefined>();
  for (const k of kept) if (sets.framing.has(k.concept)) framed.add(partOf[k.start]);
  // A cry is heard anywhere ("cứu em" after a question); blood only in a part no game, film or question frames.
  const cry = kept.find(
    (k) => sets.cries.has(k.concept) && (sets.anywhere.has(k.concept) || !framed.has(partOf[k.start])),
  );
  if (cry) return { said: cry.phrase, concepts: [cry.concept] };
  const question = askedPart(rule, sets, kept, partOf);
  const wish =
    question < 0
      ? null
      : (wishBeforeQuestion(sets, question, kept, partOf, framed) ??
        (wishAfter ? wishAfterQuestion(sets, wishAfter, question, kept, tokens, partOf, framed) : null));
  if (wish) return { said: wish.phrase, concepts: [wish.concept], wish: true };
  for (const now of kept) {
    const clause = partOf[now.start] as number;
    if (framed.has(clause)) {
      // "đang xem phim thì chồng em cầm dao dọa giết em", "vừa xem phim xong thì…": the writer was doing something now
      // when the act came; the now carries to an act in the very next part, cut off by a break, that no framing cue
      // shares (`carries_now`, session 28, issue 10). A real person must be told in that part: "em đang chơi liên quân
      // thì bị team bạn đánh hội đồng" is still the game's own team.
      const next = clause + 1;
      if (!sets.carriesNow.has(now.concept) || !cutByBreak.has(next) || framed.has(next)) continue;
      if (!kept.some((k) => sets.real.has(k.concept) && partOf[k.start] === next)) continue;
      const carried = kept.find((k) => sets.acts.has(k.concept) && partOf[k.start] === next);
      if (carried) return { said: `${now.phrase} … ${carried.phrase}`, concepts: [carried.concept] };
      continue;
    }
    if (!sets.now.has(now.concept)) continue;
    // "đến giờ" (until now), "mấy giờ": a now word inside a longer cue of another kind tells a duration or an hour.
    if (
      kept.some(
        (k) =>
          !sets.now.has(k.concept) && k.start <= now.start && now.end <= k.end && k.end - k.start > now.end - now.start,
      )
    )
      continue;
    const act = kept.find(
      (k) =>
        sets.acts.has(k.concept) &&
        k.start >= now.end &&
        k.start - now.end <= rule.within &&
        partOf[k.start] === clause,
    );
    if (act) return { said: `${now.phrase} … ${act.phrase}`, concepts: [now.concept, act.concept] };
  }
  return null;
}

/** `now_over_framing`'s concept lists as sets: every kept cue of both readings of every message is looked up in them. */
interface FramingSets {
  framing: ReadonlySet<string>;
  cries: ReadonlySet<string>;
  anywhere: ReadonlySet<string>;
  wishes: ReadonlySet<string>;
  wishAsks: ReadonlySet<string>;
  wishFraming: ReadonlySet<string>;
  now: ReadonlySet<string>;
  acts: ReadonlySet<string>;
  real: ReadonlySet<string>;
  carriesNow: ReadonlySet<string>;
}

/** The sets of a rule, made once per rule (the rule object lives as long as its knowledge base). */
const setsOfRule = new WeakMap<NowOverFraming, FramingSets>();

function setsOf(rule: NowOverFraming): FramingSets {
  let sets = setsOfRule.get(rule);
  if (!sets) {
    sets = {
      framing: new Set(rule.framing),
      cries: new Set(rule.cries),
      anywhere: new Set(rule.anywhere),
      wishes: new Set(rule.wishes),
      wishAsks: new Set(rule.wish_asks),
      wishFraming: new Set(rule.wish_framing),
      now: new Set(rule.now),
      acts: new Set(rule.acts),
      real: new Set(rule.real),
      carriesNow: new Set(rule.carries_now),
    };
    setsOfRule.set(rule, sets);
  }
  return sets;
}

/** The folded forms of a word list, computed once per list: every match needs the token's folded form among them. */
const foldedOfList = new WeakMap<readonly Token[], ReadonlySet<string>>();

/** The folded forms of a word list (see `foldedOfList`): fetched once per message, not once per word. */
function foldedOf(words: readonly Token[]): ReadonlySet<string> {
  let folded = foldedOfList.get(words);
  if (!folded) {
    folded = new Set(words.map((w) => w.folded));
    foldedOfList.set(words, folded);
  }
  return folded;
}

/** True when the token is one of the words (one-word entries, the lexicon's matching rule); `folded` is `foldedOf(words)`. */
function matchesOne(words: readonly Token[], folded: ReadonlySet<string>, token: Token): boolean {
  // `wordMatches` holds only for equal folded forms: most words of a long message are ruled out by one set lookup
  // instead of a comparison with every word of the list (this runs for every word of both readings).
  if (!folded.has(token.folded)) return false;
  for (const word of words) if (wordMatches(word, token)) return true;
  return false;
}

/**
 * A wish, an intent or a plan of one's own (`wishes`) in a part no framing cue shares (`framed`), before a part that
 * asks how to (`wish_asks`), with no framing anywhere but the question's (`wish_framing`) (session 29, issue 10): "em
 * muốn chết, làm sao để bớt đau", "tôi định uống thuốc ngủ cho xong, làm sao để không ai biết". A joke, a game or a
 * precaution anywhere ("game nay ngu thật, chết đi chết lại") and a question asked before the words ("cho t hỏi, chữ
 * 'unalive' là gì") keep their reading.
 */
function wishBeforeQuestion(
  sets: FramingSets,
  question: number,
  kept: readonly Kept[],
  partOf: readonly number[],
  framed: ReadonlySet<number | undefined>,
): Kept | null {
  for (const k of kept) {
    const part = partOf[k.start] as number;
    if (sets.wishes.has(k.concept) && part < question && !framed.has(part)) return k;
  }
  return null;
}

/** `wish_after`'s word lists, one token each (as `breaks`). */
export interface WishAfterWords {
  self: readonly Token[];
  reported: readonly Token[];
}

/**
 * A wish of the writer's own told AFTER the question, in a part of its own (session 30, issue 10): "có ai biết làm
 * sao để hết đau không, em mệt quá rồi, không muốn sống nữa". The question came first, then the writer turned to
 * themself; `wishBeforeQuestion` heard only the other order, and the message was a topic. The wish counts when it
 * lies in an unframed part after the last part that asks (`wish_asks`), the writer speaks of themself there or in an
 * unframed part between (`wish_after › self`: "em", "tôi", "mình"), and no word of speech comes before the wish in its
 * own part (`wish_after › reported`: "bạn em nói không muốn sống nữa, làm sao để giúp" is someone's words, asked
 * about). No joke, game or precaution anywhere, as before the question.
 */
function wishAfterQuestion(
  sets: FramingSets,
  words: WishAfterWords,
  question: number,
  kept: readonly Kept[],
  tokens: readonly Token[],
  partOf: readonly number[],
  framed: ReadonlySet<number | undefined>,
): Kept | null {
  const selfFolded = foldedOf(words.self);
  const reportedFolded = foldedOf(words.reported);
  for (const k of kept) {
    const part = partOf[k.start] as number;
    if (!sets.wishes.has(k.concept) || part <= question || framed.has(part)) continue;
    let self = false;
    let reported = false;
    for (let i = 0; i < tokens.length; i++) {
      const p = partOf[i] as number;
      if (p <= question || p > part || framed.has(p)) continue;
      const token = tokens[i] as Token;
      if (matchesOne(words.self, selfFolded, token)) self = true;
      if (p === part && i < k.start && matchesOne(words.reported, reportedFolded, token)) reported = true;
    }
    if (self && !reported) return k;
  }
  return null;
}

/**
 * The last part that asks how to, what to do or whom to call (`wish_asks`), or -1 when none does, no wish is listed,
 * or a framing other than the question's own (a joke, a game, a precaution) is heard anywhere.
 */
function askedPart(rule: NowOverFraming, sets: FramingSets, kept: readonly Kept[], partOf: readonly number[]): number {
  if (rule.wishes.length === 0) return -1;
  let question = -1;
  for (const k of kept) {
    if (sets.framing.has(k.concept) && !sets.wishFraming.has(k.concept)) return -1;
    if (sets.wishAsks.has(k.concept)) question = Math.max(question, partOf[k.start] as number);
  }
  return question;
}
