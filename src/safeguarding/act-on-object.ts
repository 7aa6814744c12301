/**
 * An act told with what or whom it is done to (session 31, issue 10): "a man is touching my 8 year old niece", "someone
 * set fire to our door", "there is a man following my daughter from school", "có thằng cứ rình con bé nhà em". The
 * concepts list phrases, and a phrase holds at most one gap word: the words between the verb and its object ("my 8
 * year old", "our front") split them, and the act went unheard (a fallback), while the verb alone names no harm
 * ("touching the hot stove", "set fire to the old leaves", "following the recipe"). Heard by where the words lie:
 * one of a block's `verbs`, then at most `within` filler words (`between`, or a number: "my 8 year old"), then one
 * of its `objects`, all in one clause. The block's `not_after` words in the same clause before the verb (at most
 * `within` words back) make it no act done to the object: the object as the doer ("my daughter is touching my son's
 * toys"), an insect ("muỗi đốt cả nhà"), or the act only threatened ("lát nữa quay lại đốt nhà"). Heard, the act is
 * kept as the block's `reads_as` concept, which the situations' rules pair with what they need (a child, a time, a
 * repetition). A block with `after` words counts only when one of them comes before the verb in that clause: a verb of
 * every day ("touching") is an act of abuse with its doer named ("a man is touching my niece", "my uncle keeps
 * touching my daughter"), not a grandmother touching a baby's cheeks.
 */
import { startsWithDigit, type Token } from '../text/normalize.ts';
import type { SafeguardingFile } from '../kb/safeguarding-schema.ts';
import { CLAUSE_SEPARATOR } from './clause-separator.ts';
import { byFirstWord, oneAt, oneIndexedAt, type PhraseIndex, typedBetween, words } from './doer-named.ts';

type ActOnObject = NonNullable<SafeguardingFile['act_on_object']>[number];

/** One `act_on_object` block's word lists, tokenized once. */
interface ObjectActWords {
  /** The verbs by their first word's folded form: a message's words are looked up, not every verb tried at each. */
  verbsByFirst: PhraseIndex;
  between: Token[][];
  objects: Token[][];
  notAfter: Token[][];
  after: Token[][];
  within: number;
  readsAs: string;
}

/** The blocks' lists, tokenized. */
function objectActWords(blocks: readonly ActOnObject[]): ObjectActWords[] {
  return blocks.map((b) => ({
    verbsByFirst: byFirstWord(words(b.verbs)),
    between: words(b.between),
    objects: words(b.objects),
    notAfter: words(b.not_after),
    after: words(b.after),
    within: b.within,
    readsAs: b.reads_as,
  }));
}

/** True when one of `list` starts at a position in [from, to) of the same clause. */
function heardBack(list: readonly Token[][], tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    if (tokens[k] === CLAUSE_SEPARATOR) return false;
    if (oneAt(list, tokens, k, to)) return true;
  }
  return false;
}

/** The end of the object heard after the verb ending at `next`, or -1 (see the module comment). */
function objectEnd(block: ObjectActWords, tokens: readonly Token[], next: number): number {
  let at = next;
  for (let skipped = 0; skipped <= block.within && at < tokens.length; skipped++) {
    const object = oneAt(block.objects, tokens, at);
    if (object) return at + object.length;
    const token = tokens[at];
    if (token === undefined || token === CLAUSE_SEPARATOR) return -1;
    const filler = startsWithDigit(token.text) ? 1 : (oneAt(block.between, tokens, at)?.length ?? 0);
    if (filler === 0) return -1;
    at += filler;
  }
  return -1;
}

/** The blocks by their verbs' first words: a message's word is looked up once, not once per block. */
interface ObjectActs {
  blocks: readonly ObjectActWords[];
  /** Each first word's blocks, in block order (a block at most once per word). */
  blocksByFirst: ReadonlyMap<string, readonly number[]>;
}

/** The blocks' lists, tokenized and indexed by their verbs' first words. */
export function objectActs(source: readonly ActOnObject[]): ObjectActs {
  const blocks = objectActWords(source);
  const blocksByFirst = new Map<string, number[]>();
  blocks.forEach((block, b) => {
    for (const first of block.verbsByFirst.keys()) {
      const list = blocksByFirst.get(first);
      if (list) list.push(b);
      else blocksByFirst.set(first, [b]);
    }
  });
  return { blocks, blocksByFirst };
}

/**
 * Every act heard with its object: the concept it reads as and the words that told it, one per block, in block order.
 * Read on both readings of every message, so it allocates nothing until an act is heard, and it walks the message once,
 * looking each word up once among all blocks' verbs (a walk per block made a 4,000-character message look up every
 * word sixteen times); a block keeps the first position it hears, as a walk of its own would.
 */
export function objectActsIn(acts: ObjectActs, tokens: readonly Token[]): Array<{ concept: string; said: string }> {
  const { blocks, blocksByFirst } = acts;
  let heard: Array<string | undefined> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token === CLAUSE_SEPARATOR) continue;
    const candidates = blocksByFirst.get(token.folded);
    if (candidates === undefined) continue;
    for (const b of candidates) {
      if (heard?.[b] !== undefined) continue;
      const block = blocks[b] as ObjectActWords;
      const verb = oneIndexedAt(block.verbsByFirst, tokens, i);
      if (!verb) continue;
      const end = objectEnd(block, tokens, i + verb.length);
      if (end < 0) continue;
      const back = Math.max(0, i - block.within);
      if (block.notAfter.length > 0 && heardBack(block.notAfter, tokens, back, i)) continue;
      if (block.after.length > 0 && !heardBack(block.after, tokens, back, i)) continue;
      heard ??= new Array<string | undefined>(blocks.length);
      heard[b] = typedBetween(tokens, i, end);
    }
  }
  const out: Array<{ concept: string; said: string }> = [];
  if (heard)
    blocks.forEach((block, b) => {
      const said = heard[b];
      if (said !== undefined) out.push({ concept: block.readsAs, said });
    });
  return out;
}
