/**
 * Session 45 (issue 10): a harm told as a pattern with "right now" denied in English ("not right now, but it happens
 * often") got the emergency screen. Harmless messages must be a disclosure (the warm reply with the service, 111 for a
 * child); dangerous ones, worded alike, keep danger now.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itIsDangerNowAs } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const heard = (text: string) => findAnswer(kb, text).safeguarding;

function itIsADisclosure(texts: string[], situation: string, numbers: readonly string[]): void {
  it.each(texts)(`"%s" is a disclosure: ${situation}`, (text) => {
    const r = findAnswer(kb, text);
    expect([r.outcome, r.safeguarding?.outcome, r.safeguarding?.situation]).toEqual([
      'disclosure',
      'disclosure',
      situation,
    ]);
    for (const n of numbers) expect(r.safeguarding?.numbers).toContain(n);
  });
}

describe('"right now" denied in English is a safety told, not an urgent now (neutral, safety_assured)', () => {
  itIsADisclosure(
    [
      "my sister's husband hits her when he drinks. not right now, he's away. where can she get counselling?",
      "He pushes me sometimes. It's not happening right now, I just want to know my options as a foreign wife.",
      "my friend's boyfriend slaps her a lot, not right now though. where should she go for counselling?",
      "my mother-in-law hits my wife when I'm at work. nothing is happening right now, is there counselling for us?",
    ],
    'violence',
    ['113'],
  );
  itIsADisclosure(
    ["My neighbour's son has bruises most days. Nothing is happening right now, but who can I report it to?"],
    'child-abuse',
    ['111'],
  );
  itIsDangerNowAs(
    heard,
    [
      'he is hitting her right now, please help',
      'not right now, he has a knife at her throat, please come',
      "my husband is beating me right now and I can't get out",
      'nothing is happening right now but he just said he will kill me tonight',
      "he's not hitting her right now but he locked her in the bathroom and she is bleeding",
      'I want to help her, he is stabbing her in the kitchen right now',
    ],
    'violence',
  );
});
