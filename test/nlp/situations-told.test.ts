/**
 * Issue 11: a life situation told outright (`person_asks › situations` in lexicon.yaml) answers with the entry that
 * covers it, only where the engine alone would fall back or offer that entry first (`decideTold` in engine.ts).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_CONFIG, findAnswer, withoutSituations } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const off = withoutSituations(DEFAULT_ENGINE_CONFIG);

describe('a life situation told outright answers with its entry', () => {
  it.each([
    ['nhà tôi hết gạo rồi, ba mẹ con đói từ hôm kia', 'emergency-assistance'],
    ['nha toi het gao roi, ba me con doi tu hom kia', 'emergency-assistance'],
    ['hai đứa nhỏ nhà tôi nhịn đói cả ngày nay rồi', 'emergency-assistance'],
    ['hai dua nho nha toi nhin doi ca ngay nay roi', 'emergency-assistance'],
    ['ông nội tôi 88 tuổi vừa mất, gia đình có được nhận tiền mai táng không', 'elderly-allowance'],
    ['ong noi toi 88 tuoi vua mat, gia dinh co duoc nhan tien mai tang khong', 'elderly-allowance'],
    ['chồng chị đi tù, chị nuôi 2 con một mình, có được giúp gì không', 'eligibility-social-allowance'],
    ['chong chi di tu, chi nuoi 2 con mot minh, co duoc giup gi khong', 'eligibility-social-allowance'],
    ['vợ mất sớm, anh gà trống nuôi con mấy năm nay, xin hỏi nhà nước có chế độ gì', 'eligibility-social-allowance'],
    ['ba tôi bị suy thận phải chạy thận, nhà không có tiền chữa', 'service-poverty'],
    ['ba toi bi suy than phai chay than, nha khong co tien chua', 'service-poverty'],
    ['tuần trước bão làm sập nhà tôi, giờ cả nhà ở tạm nhà bác', 'emergency-assistance'],
    ['tuan truoc bao lam sap nha toi, gio ca nha o tam nha bac', 'emergency-assistance'],
  ])('“%s” → %s', (question, entryId) => {
    // Without the situations reading the engine fell back or offered: the answer is this reading's alone.
    expect(['fallback', 'did-you-mean']).toContain(findAnswer(kb, question, off).outcome);
    const told = findAnswer(kb, question);
    expect(told).toMatchObject({ outcome: 'answer', entryId, crisis: false, safeguarding: null });
    expect(told.situationTold?.outcome).toBe(findAnswer(kb, question, off).outcome);
  });
});

describe('the situations reading changes nothing else', () => {
  it.each([
    // Not a household out of food, a funeral to pay for, a disaster suffered or a parent alone.
    'giá gạo hôm nay bao nhiêu một ký',
    'mua gạo cứu trợ ở đâu rẻ',
    'dự báo tuần sau có lũ quét không',
    'dịch vụ mai táng trọn gói giá bao nhiêu',
    'để con một mình ở nhà có sao không',
    'mẹ đơn thân, con em cần phẫu thuật sứt môi, có chương trình nào không',
    // The offer's first is what the request asks; the situation only says why.
    'Con em bị lao xương, nhà không đủ tiền chữa, trung tâm có hỗ trợ trẻ em bị bệnh hiểm nghèo không?',
    // A person on an allowance died: the allowances offered each say how to ask for the funeral money.
    'ba em đang hưởng trợ cấp người khuyết tật, giờ ba mất rồi thì có tiền mai táng không ạ',
  ])('“%s” is decided as without it', (question) => {
    const { situationTold: _, ...told } = findAnswer(kb, question);
    expect(told).toEqual(findAnswer(kb, question, off));
  });

  it('never answers over the safeguarding layer or a check-in', () => {
    for (const question of [
      'bố em bắt mấy đứa nhỏ nhịn đói mấy ngày nay',
      'me em mat roi, nha khong con ai lo dam tang, co ho tro mai tang phi ko',
    ]) {
      const told = findAnswer(kb, question);
      expect(told.situationTold).toBeUndefined();
      expect(told.outcome).not.toBe('answer');
    }
  });

  it('leaves a confident answer and a referral as they were', () => {
    for (const question of ['mức trợ cấp người cao tuổi là bao nhiêu', 'lương hưu của ba tôi tháng này chưa về']) {
      expect(findAnswer(kb, question)).toEqual(findAnswer(kb, question, off));
    }
  });
});
