/**
 * Recognises messages about danger happening now (violence in progress,
 * suicide, a child being abused, someone being trafficked), so the bot can
 * put emergency numbers first. The words live in knowledge/crisis.yaml.
 * It runs on lexicon-rewritten tokens (so "k muon song" reads as "không muốn
 * sống") but before fillers are dropped ("cứu với" must keep its "với").
 */
import { PhraseRules } from './lexicon.ts';
import type { Token } from './normalize.ts';

/** Which rule fired, for logs and tests. */
export interface CrisisHit {
  rule: 'phrase' | 'combination';
}

/** A compiled crisis detector. */
export class CrisisDetector {
  private readonly phrases: PhraseRules;
  private readonly exactPhrases: PhraseRules;
  private readonly combinations: PhraseRules[][];

  /**
   * `phrases`: any one is enough; `combinations`: one phrase from every group
   * must appear; `exactPhrases`: like phrases, but only when typed with these
   * very accents ("tự vẫn" typed without accents is also "tư vấn").
   */
  constructor(
    phrases: readonly string[],
    combinations: ReadonlyArray<ReadonlyArray<readonly string[]>>,
    exactPhrases: readonly string[] = [],
  ) {
    this.phrases = new PhraseRules(phrases.map((p) => [p, ''] as const));
    this.exactPhrases = new PhraseRules(exactPhrases.map((p) => [p, ''] as const), { exactAccents: true });
    this.combinations = combinations.map((groups) =>
      groups.map((group) => new PhraseRules(group.map((p) => [p, ''] as const))),
    );
  }

  /** Returns why the message looks like an emergency, or null. */
  detect(tokens: readonly Token[]): CrisisHit | null {
    if (this.phrases.findAll(tokens).length > 0 || this.exactPhrases.findAll(tokens).length > 0) {
      return { rule: 'phrase' };
    }
    for (const groups of this.combinations) {
      if (groups.every((group) => group.findAll(tokens).length > 0)) return { rule: 'combination' };
    }
    return null;
  }
}
