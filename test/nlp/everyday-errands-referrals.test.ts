import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const referredTo = (question: string): string | undefined => findAnswer(kb, question).referral;

describe('errands only another office performs, in residents’ words', () => {
  it('refers moving where a pension is paid to BHXH, and keeps a pensioner’s allowance question with the center', () => {
    expect(referredTo('muốn chuyển nơi nhận lương hưu từ Hà Nội về quê thì làm thế nào')).toBe('bhxh');
    expect(findAnswer(kb, 'mẹ tôi đang lãnh lương hưu, có được thêm tiền người cao tuổi không')).toMatchObject({
      outcome: 'answer',
      entryId: 'elderly-allowance',
    });
  });

  it('refers the unemployment claim to the employment service, not to BHXH', () => {
    expect(referredTo('nộp hồ sơ hưởng bảo hiểm thất nghiệp ở đâu')).toBe('viec-lam');
  });

  it('refers hiring a domestic helper to the employment service, even beside care of the elderly', () => {
    expect(referredTo('nhà cần tuyển người giúp việc trông ông nội bị lẫn, tìm ở đâu')).toBe('viec-lam');
    expect(referredTo('chỗ nào đang tuyển dụng thợ hàn')).toBe('viec-lam');
  });

  it('refers a failed grade-10 exam to the school', () => {
    expect(referredTo('con thi trượt lớp 10 giờ xin học ở đâu')).toBe('giao-duc');
  });

  it('refers an electricity contract and a prepaid SIM to the provider', () => {
    expect(referredTo('hợp đồng điện đứng tên ông đã mất, sang tên thế nào')).toBe('dien-nuoc-vien-thong');
    expect(referredTo('doi sim tra truoc thanh tra sau')).toBe('dien-nuoc-vien-thong');
  });

  it('refers heroic mothers and war veterans to the officer for people with merit', () => {
    expect(referredTo('mẹ Việt Nam anh hùng được hưởng chế độ gì')).toBe('nguoi-co-cong');
    expect(referredTo('What allowance can a war veteran get?')).toBe('nguoi-co-cong');
    expect(referredTo('ông tôi hồi đi lính bị thương, giờ xin chế độ ở đâu')).toBe('nguoi-co-cong');
  });

  it('refers a debt and a family land dispute to legal aid and the courts', () => {
    expect(referredTo('muốn đưa người quen ra tòa để đòi lại tiền cho vay')).toBe('phap-ly');
    expect(referredTo('chia đất cho con cái thế nào')).toBe('phap-ly');
  });

  it('refers asking which hospital treats an illness to the health facilities', () => {
    expect(referredTo('bệnh viện nào nhận điều trị ARV')).toBe('y-te');
  });

  it('leaves a beaten wife’s wish to go to court with the violence service', () => {
    expect(findAnswer(kb, 'chồng đánh tôi nhiều lần, tôi muốn đưa ra tòa').referral).toBeUndefined();
  });

  it('refers the Youth Union’s own campaigns and membership there, and keeps a union member who asks the center', () => {
    expect(referredTo('sinh viên muốn đăng ký đi Mùa hè xanh thì hỏi ai')).toBe('doan-thanh-nien');
    expect(referredTo('làm sao để được kết nạp đoàn')).toBe('doan-thanh-nien');
    expect(findAnswer(kb, 'em là đoàn viên, muốn làm tình nguyện viên ở trung tâm thì đăng ký thế nào')).toMatchObject({
      outcome: 'answer',
      entryId: 'volunteer',
    });
  });

  it('refers a cut internet cable to the provider even when a line is asked, and keeps a dropped call to the center', () => {
    expect(referredTo('cáp internet nhà tui bị đứt, báo số nào')).toBe('dien-nuoc-vien-thong');
    expect(findAnswer(kb, 'đang gọi tổng đài của trung tâm thì bị rớt mạng, gọi lại có mất tiền không')).toMatchObject({
      outcome: 'answer',
      entryId: 'hotline',
    });
  });
});
