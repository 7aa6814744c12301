/**
 * The writer asking whether to die, or whether death would end the pain (session 30, issue 10): "em có nên chết đi
 * không", "chết có hết khổ không ad", "chết đi có phải là hết mệt không". The death word alone is a topic ("chết não là
 * gì", "người ta chết rồi đi đâu"), and "có nên", "có phải là" made the wish a hypothetical question: the message got a
 * check-in or a fallback. Heard by where the words lie, in one clause:
 * - the writer (`selves`), then a should (`should`), then a death (`deaths`): "em có nên chết đi không";
 * - a death that opens its clause or follows the writer or a lead word (`lead`: "nếu", "hay là"), then up to
 *   `joins_within` joining words (`joins`: "có", "thì", "có phải là"), then an end of suffering: a relief (`reliefs`:
 *   "hết", "đỡ", "thoát") with a pain (`pains`: "khổ", "mệt"), or a release (`releases`: "giải thoát"). A death with
 *   anyone else before it ("người ta chết có hết khổ không", "người chết có hết nợ không") is a question about others.
 * A bare "chết" before one of `not_before` is a figure ("chết mê", "chết cười", "chết máy"). Heard, it adds a cue of
 * `reads_as`, which the suicide rules raise and `modifiers.personal` makes the writer's own.
 */
import type { Token } from '../text/normalize.ts';
import type { SafeguardingFile } from '../kb/safeguarding-schema.ts';
import { CLAUSE_SEPARATOR } from './clause-separator.ts';
import { oneAt, typedBetween, words } from './doer-named.ts';

type OwnDeathAsked = NonNullable<SafeguardingFile['own_death_asked']>;

/** `own_death_asked`'s word lists, tokenized once. */
export interface OwnDeathWords {
  selves: Token[][];
  should: Token[][];
  deaths: Token[][];
  lead: Token[][];
  joins: Token[][];
  joinsWithin: number;
  reliefs: Token[][];
  pains: Token[][];
  releases: Token[][];
  notBefore: Token[][];
  readsAs: string;
  /** The folded first word of every death phrase: a message with none of them asks nothing here. */
  deathStarts: ReadonlySet<string>;
}

/** The block's lists, tokenized. */
export function ownDeathWords(rule: OwnDeathAsked): OwnDeathWords {
  const deaths = words(rule.deaths);
  return {
    selves: words(rule.selves),
    should: words(rule.should),
    deaths,
    lead: words(rule.lead),
    joins: words(rule.joins),
    joinsWithin: rule.joins_within,
    reliefs: words(rule.reliefs),
    pains: words(rule.pains),
    releases: words(rule.releases),
    notBefore: words(rule.not_before),
    readsAs: rule.reads_as,
    deathStarts: new Set(deaths.flatMap((phrase) => (phrase[0] ? [phrase[0].folded] : []))),
  };
}

/** True when a phrase of `list` ends right before `at` in the same clause. */
function endsAt(list: readonly Token[][], tokens: readonly Token[], at: number): boolean {
  for (const phrase of list) {
    const from = at - phrase.length;
    if (from >= 0 && oneAt([phrase], tokens, from, at)) return true;
  }
  return false;
}

/** The death heard at `at` (not a figure: "chết mê", "chết cười"), or undefined. */
function deathAt(rule: OwnDeathWords, tokens: readonly Token[], at: number): Token[] | undefined {
  const death = oneAt(rule.deaths, tokens, at);
  if (!death || oneAt(rule.notBefore, tokens, at + death.length)) return undefined;
  return death;
}

/** Where the end of suffering heard after the death that ends at `at` ends (past up to `joinsWithin` joining words), or -1. */
function endOfSufferingAfter(rule: OwnDeathWords, tokens: readonly Token[], at: number): number {
  let i = at;
  for (let joined = 0; joined <= rule.joinsWithin; joined++) {
    const release = oneAt(rule.releases, tokens, i);
    if (release) return i + release.length;
    const relief = oneAt(rule.reliefs, tokens, i);
    const pain = relief && oneAt(rule.pains, tokens, i + relief.length);
    if (relief && pain) return i + relief.length + pain.length;
    const join = oneAt(rule.joins, tokens, i);
    if (!join) return -1;
    i += join.length;
  }
  return -1;
}

/** The words that asked, when the writer asks whether to die or whether death ends the pain (see the module comment). */
export function ownDeathAskedIn(rule: OwnDeathWords, tokens: readonly Token[]): string | null {
  // Every reading below needs a death phrase, and a phrase is heard only where its first word's folded form is
  // (`wordMatches`): without one, the message is not walked phrase by phrase (a 4,000-character message cost 0.5 ms).
  if (!tokens.some((t) => rule.deathStarts.has(t.folded))) return null;
  for (let i = 0; i < tokens.length; i++) {
    const opens = i === 0 || tokens[i - 1] === CLAUSE_SEPARATOR;
    const self = endsAt(rule.selves, tokens, i);
    // The writer, a should, a death: "em có nên chết đi không".
    if (self) {
      const should = oneAt(rule.should, tokens, i);
      const death = should && deathAt(rule, tokens, i + should.length);
      if (should && death) return typedBetween(tokens, i, i + should.length + death.length);
    }
    if (!opens && !self && !endsAt(rule.lead, tokens, i)) continue;
    const death = deathAt(rule, tokens, i);
    const end = death ? endOfSufferingAfter(rule, tokens, i + death.length) : -1;
    if (end > 0) return typedBetween(tokens, i, end);
  }
  return null;
}
