/**
 * Issue 11: a life situation told outright (`person_asks › situations` in lexicon.yaml) answers with the entry that
 * covers it, only where the engine alone offers that very entry first in a did-you-mean (`decideTold` in engine.ts):
 * a fallback stays a fallback, the entry never changes; a household out of food and a funeral to pay for
 * (`on_fallback`) are the exceptions.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_CONFIG, findAnswer, withoutSituations } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const off = withoutSituations(DEFAULT_ENGINE_CONFIG);

describe('a life situation told outright confirms the offer of its entry', () => {
  it.each([
    ['bà ngoại tôi 86 tuổi vừa mất, gia đình có được tiền mai táng không', 'elderly-allowance'],
    ['ba ngoai toi 86 tuoi vua mat, gia dinh co duoc tien mai tang khong', 'elderly-allowance'],
    ['ông tôi 91 tuổi mới mất tuần này, nhà có được nhận tiền mai táng không ạ', 'elderly-allowance'],
    ['ong toi 91 tuoi moi mat tuan nay, nha co duoc nhan tien mai tang khong a', 'elderly-allowance'],
    ['tuần trước bão làm sập nhà tôi, giờ cả nhà ở tạm nhà bác', 'emergency-assistance'],
    ['tuan truoc bao lam sap nha toi, gio ca nha o tam nha bac', 'emergency-assistance'],
  ])('“%s” → %s', (question, entryId) => {
    // Without the situations reading the engine offered this very entry first: only the extra "có" is saved.
    const main = findAnswer(kb, question, off);
    expect(main).toMatchObject({ outcome: 'did-you-mean', entryId });
    const told = findAnswer(kb, question);
    expect(told).toMatchObject({ outcome: 'answer', entryId, crisis: false, safeguarding: null });
    expect(told.situationTold).toEqual(main);
    expect(told.alternatives.map((c) => c.id)).not.toContain(entryId);
  });
});

describe('a household out of food is answered even where nothing was offered', () => {
  it.each([
    'nhà tôi hết gạo rồi, ba mẹ con đói từ hôm kia',
    'nha toi het gao roi, ba me con doi tu hom kia',
    'nhà em hết gạo, mấy mẹ con đói 2 ngày rồi',
    'mấy đứa nhỏ nhà em nhịn đói từ hôm qua',
    'may dua nho nha em nhin doi tu hom qua',
  ])('“%s” → the emergency aid (rice relief), not “chưa có thông tin”', (question) => {
    expect(findAnswer(kb, question, off).outcome).toBe('fallback');
    expect(findAnswer(kb, question)).toMatchObject({
      outcome: 'answer',
      entryId: 'emergency-assistance',
      crisis: false,
      safeguarding: null,
    });
  });

  it.each(['hết gạo rồi đi mua ở đâu rẻ', 'het gao roi di mua o dau re', 'nhà tôi nghèo, không có gạo ăn'])(
    '“%s” is no household to relieve this way',
    (question) => {
      expect(findAnswer(kb, question).entryId).not.toBe('emergency-assistance');
    },
  );
});

describe('a funeral to pay for is answered even where nothing was offered', () => {
  it.each([
    ['ba em mới mất, xin mai táng phí ở đâu', 'elderly-allowance'],
    ['ong noi mat roi xin tien mai tang o dau', 'elderly-allowance'],
    ['cụ ông nhà tôi 87 tuổi vừa qua đời, con cháu muốn hỏi tiền mai táng', 'elderly-allowance'],
    ['ba em mat roi, xin mai tang phi o dau', 'elderly-allowance'],
  ])('“%s” → %s (its funeral support), not “chưa có thông tin”', (question, entryId) => {
    expect(findAnswer(kb, question, off).outcome).toBe('fallback');
    expect(findAnswer(kb, question)).toMatchObject({ outcome: 'answer', entryId, crisis: false, safeguarding: null });
  });

  it("a disaster's funeral is the emergency aid's, never the allowance's", () => {
    expect(findAnswer(kb, 'anh tôi bị lũ cuốn mất, xin tiền mai táng ở đâu').entryId).toBe('emergency-assistance');
  });

  it.each(['giá xăng ngày mai tăng', 'gia xang ngay mai tang', 'dịch vụ mai táng trọn gói ở đâu'])(
    '“%s” is no funeral to pay for',
    (question) => {
      expect(findAnswer(kb, question).situationTold).toBeUndefined();
    },
  );
});

describe('the situations reading changes nothing else', () => {
  it.each([
    // Fallbacks stay fallbacks, though a situation is told: the engine found no entry to confirm (only a household
    // out of food and a funeral to pay for are answered over a fallback, above).
    'chồng chị đi tù, chị nuôi 2 con một mình, có được giúp gì không',
    'chong chi di tu, chi nuoi 2 con mot minh, co duoc giup gi khong',
    'ba toi bi suy than phai chay than, nha khong co tien chua',
    // A did-you-mean whose words are not the situation's ("lo nổi đám tang") keeps its offer.
    'mẹ tôi 80 tuổi mất, nhà khó khăn không lo nổi đám tang',
    'me toi 80 tuoi mat, nha kho khan khong lo noi dam tang',
    // Not a household out of food, a funeral to pay for, a disaster suffered or a parent alone.
    'giá gạo hôm nay bao nhiêu một ký',
    'dự báo tuần sau có lũ quét không',
    'dịch vụ mai táng trọn gói giá bao nhiêu',
    'để con một mình ở nhà có sao không',
    'cắt tóc mái ở đâu đẹp',
    'cat toc mai o dau dep',
    // The safeguarding layer or a check-in heard something: never answered over it.
    'bố em bắt mấy đứa nhỏ nhịn đói mấy ngày nay',
    'me em mat roi, nha khong con ai lo dam tang, co ho tro mai tang phi ko',
    'nhà nghèo, con tôi bị bệnh tim cần mổ mà không có tiền',
    // A confident answer and a referral stay as they were.
    'mức trợ cấp người cao tuổi là bao nhiêu',
    'lương hưu của ba tôi tháng này chưa về',
    'ba toi mat vi duoi nuoc trong tran lu, co duoc ho tro tien mai tang khong',
  ])('“%s” is decided as without it', (question) => {
    const told = findAnswer(kb, question);
    expect(told.situationTold).toBeUndefined();
    expect(told).toEqual(findAnswer(kb, question, off));
  });
});
