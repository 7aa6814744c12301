/**
 * Session 34 (issue 11): English drug names and quarrels read as the words the English questions use, and a father
 * acknowledged for a child goes to the justice officer.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEnglish } from '../../src/nlp/english.ts';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

describe('English drug names and quarrels', () => {
  it('reads a named drug as "drug" and fighting as arguing', () => {
    expect(analyzeEnglish('smoking meth and heroin')).toEqual(['smok', 'drug', 'drug']);
    expect(analyzeEnglish('methadone clinic')).toEqual(['drug', 'clinic']);
    expect(analyzeEnglish('we fight and quarrel')).toEqual(['argue', 'argue']);
  });

  it('offers the drug services to a family whose relative uses a named drug', () => {
    for (const question of [
      'My brother-in-law smokes meth every day. Is there a rehabilitation program for him?',
      'My son is on heroin. Where can he get treatment support?',
    ]) {
      const result = findAnswer(kb, question);
      expect(result.entryId, question).toBe('service-social-evils');
      expect(result.outcome, question).not.toBe('fallback');
    }
  });

  it('offers family counselling to a couple who keep fighting', () => {
    const question = 'My husband and I fight every week about his parents. Can someone counsel us?';
    const result = findAnswer(kb, question);
    expect(result.entryId).toBe('service-family');
    expect(result.outcome).not.toBe('fallback');
  });
});

describe('a father acknowledged for a child', () => {
  it('refers acknowledging a father for a child, and a single-status certificate asked in English', () => {
    expect(referredTo('bạn em sinh con một mình, giờ bố bé muốn làm thủ tục nhận cha thì lên đâu')).toBe('tu-phap');
    expect(referredTo('chị tôi muốn làm nhận cha cho con trước khi bé vào lớp 1')).toBe('tu-phap');
    expect(referredTo('Where can I get a single status certificate before my wedding in Vietnam?')).toBe('tu-phap');
  });

  it('keeps a father taken into care with the center', () => {
    expect(referredTo('xin tiếp nhận cha tôi 85 tuổi vào trung tâm bảo trợ được không')).toBeUndefined();
  });
});

describe('a negation that closed a failed attempt', () => {
  it('refers the cue asked in the next clause', () => {
    expect(referredTo('bên kia lấn ranh vườn nhà em, hòa giải không được, giờ kiện ở đâu ạ')).toBe('phap-ly');
    expect(referredTo('cho mượn tiền đòi hoài không được thì khởi kiện ở tòa nào')).toBe('phap-ly');
  });

  it('still reads a cue right after the negation as what the person lacks', () => {
    expect(referredTo('ba tui 82 tuổi không có lương hưu thì có được tiền già không')).toBeUndefined();
  });
});
