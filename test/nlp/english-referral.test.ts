/**
 * English questions that belong to another agency, worded for someone else ("claim her pension", "enrol my
 * niece", "register a death"): referred there, while the center's own questions about a pension stay answered.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('English referrals', () => {
  const referred: Array<[string, string]> = [
    ['How can my grandmother claim her pension from her old job?', 'bhxh'],
    ['My uncle retired last year, when will his pension be increased?', 'bhxh'],
    ['Where do we go to register a death in our family?', 'tu-phap'],
    ['How do I enrol my niece in a kindergarten near our new home?', 'giao-duc'],
    ['Can I enroll my grandson in the village primary school?', 'giao-duc'],
    // A pension not paid, a visa to extend, a custody case, land to register: other agencies' business in English.
    ['My mother retired in March but her pension payments have not started, who should we ask?', 'bhxh'],
    ["My grandfather's pension has not been paid since June, who can check it?", 'bhxh'],
    ["I'm a teacher from Canada, where do I go to extend my visa?", 'cong-an'],
    ['We are divorcing, where do I file for divorce and ask about child custody?', 'phap-ly'],
    ['Where do we register the land we bought last year?', 'dat-dai'],
    ['Is a red book needed to sell our house?', 'dat-dai'],
  ];
  for (const [text, agency] of referred) {
    it(`refers "${text}" to ${agency}`, () => {
      expect(findAnswer(kb, text)).toMatchObject({ english: true, outcome: 'referral', referral: agency });
    });
  }

  it('still answers the elderly allowance asked beside a pension', () => {
    for (const text of [
      'My grandfather has no pension, can he get the elderly allowance?',
      'My grandfather is 83, can he get the elderly allowance if he already has his pension?',
    ]) {
      expect(findAnswer(kb, text), text).toMatchObject({ outcome: 'answer', entryId: 'elderly-allowance' });
    }
  });
});
