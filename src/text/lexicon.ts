/**
 * Applies the staff-editable lexicon (knowledge/lexicon.yaml): abbreviations,
 * teencode and dialect words are rewritten to standard words, and filler words
 * are dropped. The same rules run over the knowledge base and over each
 * question, so both sides meet in one vocabulary.
 *
 * Matching rule for a pattern word:
 * - written without diacritics ("ko", "dc"): matches any token with that folded form;
 * - written with diacritics ("tự tử", "mô"): matches that exact word, or the same
 *   letters typed with no accents at all ("tu tu"), but not other accents ("từ từ").
 */
import { tokenize, type Token } from './normalize.ts';
import { ResidencePhrases } from './residence.ts';

/** One parsed rewrite rule: a sequence of pattern words and what replaces them. */
interface Rule {
  pattern: Token[];
  replacement: Token[];
}

/** The rules of one first word (folded): those of one word, and longer ones by their second word, longest first. */
interface RulesOfFirstWord {
  single: Rule[];
  bySecond: Map<string, Rule[]>;
}

/** A compiled set of phrase rules, looked up by the folded first word. */
export class PhraseRules {
  private readonly byFirst = new Map<string, RulesOfFirstWord>();
  private readonly exactAccents: boolean;
  /** Words in the longest pattern. */
  readonly longest: number = 0;

  /**
   * Compiles `[from, to]` pairs; an empty `to` deletes the phrase. With
   * `exactAccents`, a pattern word matches only the same word with the same accents.
   */
  constructor(pairs: ReadonlyArray<readonly [string, string]>, options: { exactAccents?: boolean } = {}) {
    this.exactAccents = options.exactAccents ?? false;
    for (const [from, to] of pairs) {
      const pattern = tokenize(from, 200);
      const first = pattern[0];
      if (!first) continue;
      const rule: Rule = { pattern, replacement: tokenize(to, 200) };
      this.longest = Math.max(this.longest, pattern.length);
      let rules = this.byFirst.get(first.folded);
      if (!rules) this.byFirst.set(first.folded, (rules = { single: [], bySecond: new Map() }));
      const second = pattern[1];
      if (!second) rules.single.push(rule);
      else rules.bySecond.set(second.folded, [...(rules.bySecond.get(second.folded) ?? []), rule]);
    }
    // Longest phrases first, so "cho em hỏi" wins over "em" (a sort keeps the order of rules of one length).
    for (const { bySecond } of this.byFirst.values())
      for (const list of bySecond.values()) list.sort((a, b) => b.pattern.length - a.pattern.length);
  }

  /** Rewrites a token list, longest match first, left to right. Replacement words are not rewritten again. */
  apply(tokens: readonly Token[]): Token[] {
    const out: Token[] = [];
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i] as Token;
      const rule = this.matchAt(tokens, i, token);
      if (rule) {
        out.push(...rule.replacement);
        i += rule.pattern.length;
      } else {
        out.push(token);
        i += 1;
      }
    }
    return out;
  }

  /** Returns the positions where any rule matches, as [start, length] pairs. */
  findAll(tokens: readonly Token[]): Array<[number, number]> {
    const hits: Array<[number, number]> = [];
    for (let i = 0; i < tokens.length; i++) {
      const rule = this.matchAt(tokens, i, tokens[i] as Token);
      if (rule) hits.push([i, rule.pattern.length]);
    }
    return hits;
  }

  /** True when some rule matches at `start`. */
  matchesAt(tokens: readonly Token[], start: number): boolean {
    const first = tokens[start];
    return first !== undefined && this.matchAt(tokens, start, first) !== undefined;
  }

  /** Words in the longest rule matching at `start`, or 0 when none does. */
  lengthAt(tokens: readonly Token[], start: number): number {
    const first = tokens[start];
    return first === undefined ? 0 : (this.matchAt(tokens, start, first)?.pattern.length ?? 0);
  }

  private matchAt(tokens: readonly Token[], start: number, first: Token): Rule | undefined {
    const rules = this.byFirst.get(first.folded);
    if (!rules) return undefined;
    // A word matches only a token with the same folded form, so a longer rule can match only under its second word.
    const next = tokens[start + 1];
    const longer = next ? rules.bySecond.get(next.folded) : undefined;
    return (longer && this.firstMatch(longer, tokens, start)) ?? this.firstMatch(rules.single, tokens, start);
  }

  /** The first of `candidates` whose every word matches `tokens` from `start`. */
  private firstMatch(candidates: readonly Rule[], tokens: readonly Token[], start: number): Rule | undefined {
    for (const rule of candidates) {
      if (start + rule.pattern.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < rule.pattern.length; k++) {
        const pattern = rule.pattern[k] as Token;
        const token = tokens[start + k] as Token;
        if (this.exactAccents ? pattern.text !== token.text : !wordMatches(pattern, token)) {
          ok = false;
          break;
        }
      }
      if (ok) return rule;
    }
    return undefined;
  }
}

/** The matching rule described in the module comment. */
export function wordMatches(pattern: Token, token: Token): boolean {
  if (pattern.plain) return pattern.folded === token.folded;
  return pattern.text === token.text || (token.plain && pattern.folded === token.folded);
}

/** lexicon.yaml's `residence` lists: who says where they live, and what limits such a phrase. */
export interface ResidenceLists {
  who: readonly string[];
  says: readonly string[];
  places: readonly string[];
  services: readonly string[];
  not_names: readonly string[];
  ends_before: readonly string[];
}

/** Past this many syllables, what follows an opening greeting is what the person came for, asked or not. */
const STATEMENT_AFTER_GREETING = 12;

/** A greeting that opens a conversation ("chào", "xin chào"; "hi" is rewritten to it), not a thanks or an "ok". */
const SALUTATION = 'chao';

/** How near the start the salutation stands ("xin chào ad" is rewritten to "xin xin chào"). */
const SALUTATION_POSITIONS = 3;

/** A message's opening clause, up to its first comma or sentence mark ("cảm ơn, …", "ok cảm ơn! …"). */
const OPENING_CLAUSE = /^([^,.!?;:\n]*)[,.!;:\n]+\s*/u;

/** True when the rewritten message starts with a salutation ("chào ad", "xin chào"). */
function opensWithSalutation(rewritten: readonly Token[]): boolean {
  return rewritten.slice(0, SALUTATION_POSITIONS).some((t) => t.folded === SALUTATION);
}

/** The lexicon as the engine uses it: rewrites, then filler removal. */
export class Lexicon {
  readonly rewrites: PhraseRules;
  readonly fillers: PhraseRules;
  readonly endParticles: PhraseRules;
  readonly greetings: PhraseRules;
  readonly questionWords: PhraseRules;
  /** Phrases in which a question word does not ask ("ai đó", "ai cũng", "không ai"). */
  private readonly notQuestions: PhraseRules;
  readonly residence: ResidencePhrases;

  constructor(
    replacements: ReadonlyArray<{ from: readonly string[]; to: string }>,
    fillers: readonly string[],
    endParticles: readonly string[] = [],
    more: {
      greetings?: readonly string[];
      questionWords?: readonly string[];
      notQuestions?: readonly string[];
      residence?: ResidenceLists;
    } = {},
  ) {
    const pairs: Array<[string, string]> = [];
    for (const r of replacements) for (const f of r.from) pairs.push([f, r.to]);
    this.rewrites = new PhraseRules(pairs);
    this.fillers = new PhraseRules(fillers.map((f) => [f, ''] as const));
    this.endParticles = new PhraseRules(endParticles.map((f) => [f, ''] as const));
    this.greetings = new PhraseRules((more.greetings ?? []).map((f) => [f, ''] as const));
    this.questionWords = new PhraseRules((more.questionWords ?? []).map((f) => [f, ''] as const));
    this.notQuestions = new PhraseRules((more.notQuestions ?? []).map((f) => [f, ''] as const));
    const phrases = (list: readonly string[] = [], exactAccents = false): PhraseRules =>
      new PhraseRules(
        list.map((w) => [w, ''] as const),
        { exactAccents },
      );
    const lists = more.residence;
    const residence = (exact: boolean) => ({
      who: phrases(lists?.who, exact),
      says: phrases(lists?.says, exact),
      places: phrases(lists?.places, exact),
    });
    this.residence = new ResidencePhrases(residence(true), residence(false), {
      services: phrases(lists?.services),
      notNames: phrases(lists?.not_names),
      endsBefore: phrases(lists?.ends_before),
    });
  }

  /**
   * Drops "where I live" phrases ("em ở phường 5", "tôi là người dân thôn 3")
   * from a message's text (`tokenized`: its tokens): the answer does not depend on them. See residence.ts.
   */
  dropResidence(text: string, tokenized: readonly Token[]): { text: string; tokens: readonly Token[] } {
    return this.residence.drop(text, tokenized, (tokens, at) =>
      Math.max(
        this.questionWords.lengthAt(tokens, at),
        this.fillers.lengthAt(tokens, at),
        this.greetings.lengthAt(tokens, at),
        this.endParticles.lengthAt(tokens, at),
      ),
    );
  }

  /**
   * True when rewritten tokens ask something: a question word ("không", "ở đâu", "bao nhiêu", "ai") anywhere, but
   * not inside a phrase that tells rather than asks. "Ai" asks who does something ("cảm ơn, vậy ai xét"), yet
   * "cảm ơn ai đó đã giúp mình", "ai cũng tốt" and "chẳng ai giúp" are statements: without the `not_questions`
   * phrases a thanks like these would be read as a question and lose its thanks reply.
   */
  asks(rewritten: readonly Token[]): boolean {
    for (let i = 0; i < rewritten.length; ) {
      const telling = this.notQuestions.lengthAt(rewritten, i);
      if (telling > 0) {
        i += telling;
        continue;
      }
      if (this.questionWords.matchesAt(rewritten, i)) return true;
      i++;
    }
    return false;
  }

  /**
   * Drops greetings and thanks ("chào bạn", "cảm ơn ạ") from rewritten tokens
   * when a real question, or after an opening greeting a long statement,
   * remains; a greeting alone is kept, so it is still answered as a greeting.
   */
  dropGreetings(rewritten: readonly Token[]): Token[] {
    const rest = this.greetings.apply(rewritten);
    if (rest.length === rewritten.length || rest.length < 2) return [...rewritten];
    const said = this.fillers.apply(rest);
    // "Chào ad, bé nhà mình 5 tuổi bị điếc bẩm sinh, mình nghe nói có chương trình cấy ốc tai miễn phí": after an
    // opening greeting, a long statement says what the person came for as surely as a question would.
    // A thanks later on ("chào cả nhà, em nghỉ việc từ thứ 2, cảm ơn mọi người") makes it a social message still.
    const told =
      said.length >= STATEMENT_AFTER_GREETING &&
      opensWithSalutation(rewritten) &&
      this.greetings.findAll(rewritten).every(([start]) => start < SALUTATION_POSITIONS);
    if (!this.asks(rest) && !told) return [...rewritten];
    // "Chào ad, em muốn hỏi" opens a question that has not come yet: still a greeting.
    if (said.length === 0) return [...rewritten];
    return rest;
  }

  /**
   * A message's opening clause of greetings and thanks and the question after it ("cảm ơn, vậy ai xét" → "cảm ơn",
   * "vậy ai xét"); undefined when the message opens otherwise or nothing is asked after it. `dropGreetings` does this
   * for the engine's words; the follow-up reading works on the text, so it gets the question the same way instead of
   * reading a thanks into it.
   */
  openingGreeting(text: string): { opening: string; rest: string } | undefined {
    const cut = OPENING_CLAUSE.exec(text);
    if (!cut) return undefined;
    const opening = cut[1] as string;
    const said = this.rewrite(tokenize(opening));
    const greeted = this.fillers.apply(this.endParticles.apply(this.greetings.apply(said)));
    if (said.length === 0 || greeted.length > 0 || this.greetings.findAll(said).length === 0) return undefined;
    const rest = text.slice(cut[0].length);
    const asked = this.rewrite(tokenize(rest));
    // "Chào ad, cho em hỏi" opens a question that has not come yet: the message stays as it is.
    return this.asks(asked) && this.fillers.apply(asked).length > 0 ? { opening, rest } : undefined;
  }

  /**
   * True when a message is nothing but a hail ("ad ơi", "dạ cho hỏi"): polite words that open a
   * conversation and ask nothing yet, which the greeting answers by inviting the question.
   */
  onlyHails(tokens: readonly Token[]): boolean {
    const rewritten = this.rewrite(tokens);
    const said = this.fillers.apply(rewritten);
    if (said.length === rewritten.length) return false;
    return this.endParticles.apply(this.greetings.apply(said)).length === 0;
  }

  /** Rewrites abbreviations, teencode and dialect words to standard words. */
  rewrite(tokens: readonly Token[]): Token[] {
    return this.rewrites.apply(tokens);
  }

  /**
   * Drops polite fillers ("dạ", "cho em hỏi") anywhere and particles ("nha",
   * "ạ") at the end, unless nothing would be left. End particles are only
   * dropped at the end because typed without accents they collide with
   * words ("nha" is also "nhà").
   */
  dropFillers(tokens: readonly Token[]): Token[] {
    const kept = this.fillers.apply(tokens);
    let end = kept.length;
    while (end > 0) {
      // Only a particle ending at `end` matters, so look no further back than the longest one
      // (a message of nothing but particles would otherwise be read again for each one dropped).
      const from = Math.max(0, end - this.endParticles.longest);
      const hits = this.endParticles.findAll(kept.slice(from, end));
      const last = hits.find(([start, length]) => from + start + length === end);
      if (!last) break;
      end = from + last[0];
    }
    const result = kept.slice(0, end);
    return result.length > 0 ? result : [...tokens];
  }
}
