/**
 * Session 48 (issue 10): a count of pills no prescription gives, swallowed a moment ago, is danger now whatever
 * illness is named beside it and whatever the classifier says ("em bị tâm thần phân liệt, vừa uống 30 viên thuốc rồi"
 * was a did-you-mean). The count is heard apart from dose_amount's words, so a glass finished stays calm.
 */
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

describe('safeguarding: session 48, a count of pills swallowed a moment ago', () => {
  it.each([
    'em bị tâm thần phân liệt, vừa uống 30 viên thuốc rồi',
    'anh tôi bị tâm thần phân liệt, vừa uống 30 viên thuốc rồi',
    'em bi tam than phan liet, vua uong 30 vien thuoc roi',
    'tui bị trầm cảm, mới nuốt 25 viên thuốc xong',
    'chi tui bi roi loan luong cuc, vua moi uong 40 vien thuoc cua ba',
    'my brother has schizophrenia and just took 50 tablets',
    'she just swallowed 30 pills, she has bipolar disorder',
  ])('"%s" is danger now, 115 first', (text) => {
    const result = detect(text);
    expect(result?.outcome).toBe('danger-now');
    expect(['suicide', 'medical']).toContain(result?.situation);
    expect(result?.numbers[0]).toBe('115');
  });
  it.each(['bé nhà em vừa uống nhầm 15 viên thuốc của bà', 'con tôi vừa nuốt nhầm 12 viên thuốc bổ của ông'])(
    '"%s" swallowed by mistake stays a medical emergency',
    (text) => {
      const result = detect(text);
      expect(result?.outcome).toBe('danger-now');
      expect(result?.situation).toBe('medical');
    },
  );
  it.each([
    'bác sĩ kê mỗi ngày uống 10 viên vitamin, có nhiều quá không',
    'vừa uống 2 viên hạ sốt',
    'vừa uống hết ly sữa',
    'thuốc bắc mỗi lần uống 20 viên hoàn có đúng không',
    'em vừa mua 30 viên vitamin C ở nhà thuốc',
    'vừa nuốt 2 viên kẹo ngậm ho',
    'em vừa uống 3 viên canxi sau bữa sáng',
    'mỗi tối bà uống 12 viên thuốc bắc theo lời thầy thuốc',
    'thuoc bo mot hop 60 vien, moi ngay uong 2 vien co duoc khong',
  ])('"%s" stays calm: a dose, a prescription, a purchase or a drink', (text) => {
    expect(detect(text)?.outcome).not.toBe('danger-now');
  });
});
