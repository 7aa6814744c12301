/**
 * An English question whose story dilutes the match (a relative, an age, a place, a feeling before the question)
 * and that offers one entry alone is answered with that entry; a close second candidate, anything the safeguarding
 * layer hears, or another agency's business keeps the did-you-mean.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('English single offers', () => {
  const answered: Array<[string, string]> = [
    // Each was a did-you-mean offering this entry alone before session 27.
    [
      'My niece is 7 and has autism, we just moved to Quang Ninh. Do you do screening and how long do we wait?',
      'service-autism',
    ],
    [
      'I am living with HIV and just moved to Quang Ninh for a new job. Where can I get free counselling?',
      'service-hiv',
    ],
    [
      'I feel lonely and anxious since I moved to Vietnam for work. Is there free counselling in English?',
      'service-mental-health',
    ],
    [
      'My daughter is 6 and has Down syndrome, I am a foreign mother. How do we get her a disability certificate?',
      'disability-registration',
    ],
    ['What is the process to place an abandoned newborn in a state care center?', 'service-residential-care'],
    ['My mother is 79 and lives alone in Hanoi. What help can your center give her?', 'service-elderly'],
  ];
  for (const [text, id] of answered) {
    it(`answers "${text}" with ${id}`, () => {
      const result = findAnswer(kb, text);
      expect(result.english).toBe(true);
      expect(result).toMatchObject({ outcome: 'answer', entryId: id });
    });
  }

  it('answers an adult who lost a limb with the disability services, not the orphans whose parents were lost', () => {
    const limb = findAnswer(kb, 'My cousin lost both legs in a crash, what can your center do for him?');
    expect(limb.entryId).toBe('service-disability');
    const orphan = findAnswer(kb, 'A girl in my street lost both her parents, can the center help her?');
    expect([orphan.outcome, orphan.entryId]).toEqual(['answer', 'service-children']);
  });

  it('answers grief after a death in the family with counselling', () => {
    for (const text of [
      'My grandfather has been depressed ever since grandma passed away. Is there someone he can talk to?',
      'My aunt is depressed since her son passed away, can your center help?',
    ])
      expect(findAnswer(kb, text), text).toMatchObject({ outcome: 'answer', entryId: 'service-mental-health' });
  });

  it('keeps the offer when another entry is close, when a worry is heard, or when the question is not the center’s', () => {
    // Two entries near each other: the resident chooses.
    const two = findAnswer(kb, 'How much is the monthly social allowance for someone over 80 with no pension?');
    expect(two.outcome).not.toBe('answer');
    // A plea heard by the safeguarding layer keeps its check-in with the offer.
    const plea = findAnswer(kb, 'My brother is deaf, please help him, can the center find him sign language classes?');
    expect(plea.outcome).not.toBe('answer');
    // Out of scope stays unanswered.
    expect(findAnswer(kb, 'What is a good birthday gift for my 80-year-old grandpa?').outcome).not.toBe('answer');
  });
});
