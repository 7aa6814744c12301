/**
 * How the detector reads syllables typed without accents where the letters
 * alone are ambiguous: runs that form a common harmless word ("kin dao" is
 * "kín đáo", never a knife) and the "co" that opens a yes/no question ("co …
 * ko" is "có … không", never "cố"). Both come from safeguarding.yaml
 * (`unaccented_words`, `question_frames`), so staff can extend them.
 */
import { tokenize, type Token } from '../text/normalize.ts';
import { CLAUSE_SEPARATOR } from './clause-separator.ts';

/** A run of tokens, end exclusive. */
export interface Span {
  start: number;
  end: number;
  /** A common word's syllables from here on were typed with their own accents ("tui sợ"): no cue misreads them. */
  accentedFrom?: number;
}

interface QuestionFrame {
  reads: Token[];
  closers: ReadonlySet<string>;
}

/**
 * The first of `words` (longest first) typed at `at`, or undefined: its first syllable without accents (the ambiguous
 * one), each later one either without accents or with the word's own accents. A writer who types "trước cửa" with its
 * accents after a marks-free "ngay" wrote "ngay trước cửa" (right in front of the door), never "ngày trước cửa" (session
 * 42, issue 10: "đâm nhau ngay trước cửa nhà tui" read as a past); a later syllable with other accents is another word.
 * Loops rather than `find` and `every` with closures: this runs on every unaccented syllable of both readings of every
 * message.
 */
function typedAt(words: readonly Token[][] | undefined, tokens: readonly Token[], at: number): Token[] | undefined {
  if (!words) return undefined;
  next: for (const word of words) {
    if (tokens[at]?.plain !== true) continue;
    for (let k = 0; k < word.length; k++) {
      const token = tokens[at + k];
      if (token === undefined || !isWord(token, word[k] as Token)) continue next;
    }
    return word;
  }
  return undefined;
}

interface StillRule {
  typed: string;
  reads: Token;
  before: Token[][];
  after: readonly Token[];
  keptBy: readonly Token[];
}

/** The token is the word as written: by its letters when typed without accents, else with its accents. */
function isWord(token: Token, word: Token): boolean {
  return token.plain ? token.folded === word.folded : token.text === word.text;
}

function isWordAt(tokens: readonly Token[], at: number, word: Token): boolean {
  const token = tokens[at];
  return token !== undefined && isWord(token, word);
}

/** The compiled `unaccented_words`, `question_frames` and `unaccented_still`. */
export class UnaccentedReadings {
  /** Common words by their first folded syllable, longest first. */
  private readonly commonWords = new Map<string, Token[][]>();
  /** Question frames by the folded opener. */
  private readonly frames = new Map<string, QuestionFrame>();
  /** The question frames each folded closer closes: one lookup per word instead of a look at every frame. */
  private readonly framesClosedBy = new Map<string, QuestionFrame[]>();

  /** `unaccented_still`: "con" read as "còn" before "nghe", "thấy". */
  private readonly still: StillRule | undefined;

  constructor(
    words: readonly string[],
    frames: ReadonlyArray<{ opener: string; reads: readonly string[]; closers: readonly string[] }>,
    still?: {
      typed: string;
      reads: string;
      before: readonly string[];
      after: readonly string[];
      kept_by: readonly string[];
    },
  ) {
    const reads = still && tokenize(still.reads, 50)[0];
    const typed = still && tokenize(still.typed, 50)[0];
    if (still && reads && typed)
      this.still = {
        typed: typed.folded,
        reads,
        before: still.before.map((w) => tokenize(w, 50)).filter((w) => w.length > 0),
        after: still.after.flatMap((w) => tokenize(w, 50).slice(0, 1)),
        keptBy: still.kept_by.flatMap((w) => tokenize(w, 50).slice(0, 1)),
      };
    for (const word of words) {
      const syllables = tokenize(word, 200);
      const first = syllables[0];
      if (!first || syllables.length < 2) continue;
      const list = this.commonWords.get(first.folded) ?? [];
      list.push(syllables);
      list.sort((a, b) => b.length - a.length);
      this.commonWords.set(first.folded, list);
    }
    for (const frame of frames) {
      const reads = frame.reads.flatMap((r) => tokenize(r, 50).slice(0, 1));
      const closers = new Set(frame.closers.flatMap((c) => tokenize(c, 50).map((t) => t.folded)));
      for (const opener of tokenize(frame.opener, 50).slice(0, 1)) this.frames.set(opener.folded, { reads, closers });
    }
    for (const frame of this.frames.values())
      for (const closer of frame.closers)
        this.framesClosedBy.set(closer, [...(this.framesClosedBy.get(closer) ?? []), frame]);
  }

  /**
   * Reads runs of unaccented syllables that form a common harmless word ("kin dao", "bo roi") as that
   * word, with its accents, and returns where each lies.
   */
  readWords(tokens: readonly Token[]): { tokens: Token[]; words: Span[] } {
    const out = [...tokens];
    const words: Span[] = [];
    if (this.commonWords.size === 0) return { tokens: out, words };
    // Matched on the letters as typed, so words may overlap ("lan roi ma": "lần rồi" and "rồi mà").
    // A word lying wholly inside a longer one read before it is not read: "di bo doi" is "đi bộ đội" (military
    // service), and the "bỏ đói" (starved) its last two syllables also spell must not overwrite it (session 28,
    // issue 10). Overlapping words that reach past each other are both read, as before.
    let readTo = 0;
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i] as Token;
      if (!first.plain) continue;
      const word = typedAt(this.commonWords.get(first.folded), tokens, i);
      if (!word || i + word.length <= readTo) continue;
      readTo = i + word.length;
      for (let k = 0; k < word.length; k++) out[i + k] = word[k] as Token;
      let accentedFrom = i + word.length;
      while (accentedFrom > i && tokens[accentedFrom - 1]?.plain !== true) accentedFrom--;
      words.push(
        accentedFrom < i + word.length
          ? { start: i, end: i + word.length, accentedFrom }
          : { start: i, end: i + word.length },
      );
    }
    this.readStill(out);
    return { tokens: out, words };
  }

  /**
   * "con" typed without accents before "nghe", "thấy" read as "còn" (still) where no child can be meant: the bare
   * word "con" is a child cue, so "chị hàng xóm bị chồng nhốt…, con nghe tiếng khóc" (still heard crying) made an
   * adult held by her husband a child, 111 before 113 (session 38, issue 10). Never opening the message and never
   * when a parent is named, where "con" is a child speaking of themself; "thằng con nghe" is no clause break.
   */
  private readStill(out: Token[]): void {
    const rule = this.still;
    if (!rule) return;
    for (let i = 1; i < out.length - 1; i++) {
      const token = out[i] as Token;
      if (!token.plain || token.folded !== rule.typed) continue;
      const prev = out[i - 1] as Token;
      if (prev !== CLAUSE_SEPARATOR && !rule.after.some((w) => isWord(prev, w))) continue;
      if (!rule.before.some((w) => w.every((t, k) => isWordAt(out, i + 1 + k, t)))) continue;
      if (out.some((t) => rule.keptBy.some((w) => isWord(t, w)))) return;
      out[i] = rule.reads;
    }
  }

  /** Unaccented openers of a yes/no question ("co … ko") by position, each with the accents it may be read with. */
  openers(tokens: readonly Token[]): Map<number, readonly Token[]> {
    const openers = new Map<number, readonly Token[]>();
    if (this.frames.size === 0) return openers;
    // Right to left: an opener counts when its closer follows it in the same clause.
    const closed = new Set<QuestionFrame>();
    for (let i = tokens.length - 1; i >= 0; i--) {
      const token = tokens[i] as Token;
      if (token === CLAUSE_SEPARATOR) {
        closed.clear();
        continue;
      }
      const frame = this.frames.get(token.folded);
      if (frame && token.plain && closed.has(frame)) openers.set(i, frame.reads);
      const closes = this.framesClosedBy.get(token.folded);
      if (closes) for (const f of closes) closed.add(f);
    }
    return openers;
  }
}
