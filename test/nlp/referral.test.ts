import { loadKnowledge } from '../../src/knowledge.ts';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/kb/load.ts';
import { findAnswer } from '../../src/nlp/engine.ts';
import { ask, copyKnowledge, payloadsOf, realBot, realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('referrals to other agencies', () => {
  it('refers a near miss to the agency that handles it instead of offering an unrelated topic', () => {
    // Before agencies.yaml this was a did-you-mean about poverty support.
    expect(findAnswer(kb, 'gia han the bao hiem y te o dau')).toMatchObject({
      outcome: 'referral',
      referral: 'bhxh',
      entryId: null,
    });
    expect(findAnswer(kb, 'Đăng ký khai sinh cho con cần những gì?')).toMatchObject({
      outcome: 'referral',
      referral: 'tu-phap',
    });
    expect(findAnswer(kb, 'lam lai can cuoc cong dan bi mat')).toMatchObject({
      outcome: 'referral',
      referral: 'cong-an',
    });
    expect(findAnswer(kb, 'tiêm chủng cho trẻ ở đâu')).toMatchObject({ outcome: 'referral', referral: 'y-te' });
  });

  it("takes a near miss from a confident entry that never speaks of the agency's business", () => {
    // For the matcher alone (no intent model yet), "nộp hồ sơ" makes the allowance application entry
    // score as an answer; "thất nghiệp" is the question.
    const r = findAnswer({ ...kb, intents: undefined }, 'nop ho so that nghiep o dau');
    expect(r.score).toBeGreaterThanOrEqual(0.4);
    expect(r).toMatchObject({ outcome: 'referral', referral: 'viec-lam', entryId: null });
    expect(r.alternatives[0]?.id).toBe('apply-social-allowance');
    // The intent classifier reads it as out of scope as well: still the referral.
    expect(findAnswer(kb, 'nop ho so that nghiep o dau')).toMatchObject({ outcome: 'referral', referral: 'viec-lam' });
  });

  it('refers survivor pensions and household registration', () => {
    expect(findAnswer(kb, 'bố mất rồi, tiền tử tuất lãnh ở đâu').referral).toBe('bhxh');
    expect(findAnswer(kb, 'muon tach khau cho con trai ra rieng').referral).toBe('cong-an');
  });

  it('matches cues with or without accents, even where the lexicon reads bare syllables differently', () => {
    // Typed without accents, "to" is read as "tôi"; the cue "giấy tờ tùy thân" must still match.
    expect(findAnswer(kb, 'mat giay to tuy than thi lam sao').referral).toBe('cong-an');
    expect(findAnswer(kb, 'mất giấy tờ tùy thân thì làm sao').referral).toBe('cong-an');
  });

  it("keeps answering what the center itself does, even in the agencies' words", () => {
    expect(findAnswer(kb, 'Thẻ bảo hiểm y tế cho người trong hộ nghèo do ai cấp?')).toMatchObject({
      outcome: 'answer',
      entryId: 'service-poverty',
    });
    expect(findAnswer(kb, 'miễn học phí cho con hộ nghèo')).toMatchObject({
      outcome: 'answer',
      entryId: 'service-poverty',
    });
  });

  it("reads the name of the center's own sector as no cue of people with merit", () => {
    // "Lao động Thương binh Xã hội" is the department residents knew for social allowances; "thương binh" inside it is
    // no war invalid. Said of a person or a benefit, it still refers the question.
    const department = findAnswer(kb, 'phòng Lao động Thương binh Xã hội huyện có còn nhận hồ sơ trợ cấp không');
    expect(department.outcome).not.toBe('referral');
    expect(kb.agencies?.matcher.match(['can', 'bo', 'thuong', 'binh', 'xa', 'hoi', 'o', 'xa'])).toBeNull();
    expect(findAnswer(kb, 'ông tôi là thương binh, chế độ thương binh làm ở đâu').referral).toBe('nguoi-co-cong');
    expect(findAnswer(kb, 'bác tôi là thương binh hạng 2, trợ cấp thương binh nhận ở đâu').referral).toBe(
      'nguoi-co-cong',
    );
  });

  it('ignores a negated cue: "no pension" is a question about the center\'s allowances', () => {
    const r = findAnswer(kb, 'me toi 78 tuoi ko co luong huu thi duoc tro cap gi');
    expect(r.outcome).not.toBe('referral');
    expect(r.entryId).toBe('elderly-allowance');
  });

  it('reads a refusal or an unpaid debt before a cue as a dispute for the agency, not a thing the person lacks', () => {
    for (const question of [
      'vợ tôi không chịu ký đơn ly hôn thì tôi làm sao',
      'cho hàng xóm mượn tiền mà họ không trả, muốn khởi kiện thì làm thế nào',
    ])
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'referral', referral: 'phap-ly' });
    expect(findAnswer(kb, 'ông tôi không có lương hưu, có được tiền già không')).not.toMatchObject({
      outcome: 'referral',
    });
  });

  it('reads a paper or a procedure not done yet ("chưa làm", "chưa chuẩn hóa") as the agency\'s errand, not a lack', () => {
    const undone: Array<[string, string]> = [
      ['cháu nội tôi được 3 tuổi mà chưa làm khai sinh, giờ đăng ký trễ được không', 'tu-phap'],
      ['bà tôi mất năm ngoái nhưng nhà chưa làm giấy chứng tử, giờ làm ở đâu', 'tu-phap'],
      ['nhà mạng báo sim của bố tôi sắp bị khóa vì chưa chuẩn hóa thông tin', 'dien-nuoc-vien-thong'],
      ['bố tôi 90 tuổi chưa làm căn cước gắn chip, có ai đến nhà làm không', 'cong-an'],
    ];
    for (const [question, agency] of undone)
      expect(findAnswer(kb, question), question).toMatchObject({ outcome: 'referral', referral: agency });
    // Lacking a thing is still the center's question.
    expect(findAnswer(kb, 'bố tôi 80 tuổi chưa có lương hưu, có được trợ cấp không')).not.toMatchObject({
      outcome: 'referral',
    });
  });

  it('never lets an agency cue override danger or a disclosure', () => {
    const crisis = findAnswer(kb, 'cứu với, chồng tôi đang cầm dao đòi giết tôi, giấy tờ tùy thân bị nó đốt hết rồi');
    expect(crisis).toMatchObject({ outcome: 'crisis', crisis: true });
    expect(crisis.referral).toBeUndefined();
    const disclosure = findAnswer(kb, 'chồng tôi đánh tôi suốt, còn giữ hết căn cước của tôi không cho đi đâu');
    expect(['crisis', 'disclosure']).toContain(disclosure.outcome);
    expect(disclosure.referral).toBeUndefined();
  });

  it('keeps the safety check-in when a worrying message is also referred, then says who handles it', async () => {
    const text = 'tôi thấy bế tắc quá, làm lại căn cước ở đâu';
    const result = findAnswer(kb, text);
    expect(result).toMatchObject({ outcome: 'referral', referral: 'cong-an' });
    // Despair heard ("bế tắc"; session 37 added "tôi thấy bế tắc" to despair_self as well).
    expect(result.concern?.cues).toContain('hopeless: bế tắc');
    const replies = await ask(realBot(), text);
    expect(replies[0]?.text).toBe(kb.ui.concern_check_in);
    expect(replies.slice(1).some((r) => r.text.includes('Công an xã/phường'))).toBe(true);
  });

  it('says who handles it and how to reach them, with the hotline and the menu', async () => {
    const replies = await ask(realBot(), 'làm sao để nhận trợ cấp thất nghiệp');
    const text = replies[0]?.text ?? '';
    expect(text).toContain('Bảo hiểm xã hội');
    expect(text).toContain('1900 9068');
    expect(text).toContain(kb.center.hotline);
    expect(text).not.toMatch(/\{[a-z]+\}/);
    expect(replies[0]?.buttons?.some((b) => b.kind === 'call' && b.phone === kb.center.hotline_tel)).toBe(true);
    expect(payloadsOf(replies)).toEqual([...kb.ui.groups.map((g) => `g:${g.id}`), 'k:s']);
  });

  it('also offers the center topic that came close, so a question with two sides keeps both', async () => {
    const replies = await ask(realBot(), 'trẻ mồ côi cần làm giấy khai sinh để được trợ cấp');
    expect(replies[0]?.text).toContain('tư pháp');
    const topics = (replies[0]?.buttons ?? []).flatMap((b) =>
      b.kind === 'action' && b.payload.startsWith('e:') ? [b.payload] : [],
    );
    // "để được trợ cấp": who may receive the allowance is the side the center answers.
    expect(topics).toEqual(['e:eligibility-social-allowance']);
  });

  it('says honestly that it has no information when nothing matches, with the hotline and the menu', async () => {
    const replies = await ask(realBot(), 'công thức nấu phở bò');
    expect(replies[0]?.text).toContain('mình chưa có thông tin này');
    expect(replies[0]?.text).toContain(kb.center.hotline);
  });
});

describe('agencies.yaml for staff', () => {
  it('loads without the file (no referrals then)', () => {
    const dir = copyKnowledge();
    rmSync(join(dir, 'agencies.yaml'));
    const copy = loadKnowledge(dir);
    expect(copy.agencies).toBeUndefined();
    expect(findAnswer(copy, 'gia han the bao hiem y te o dau').outcome).not.toBe('referral');
  });

  it('lists a cue the lexicon reads as a single word, which would match unrelated questions', () => {
    expect(kb.agencies?.matcher.shortened).toEqual([]);
    const dir = copyKnowledge();
    const file = join(dir, 'agencies.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('      - khai tử\n', '      - khai tử\n      - đổi họ\n'));
    // "họ" (they) is dropped as a pronoun: the cue would refer "bố mẹ tôi đòi ly hôn" to the justice officer.
    expect(loadKnowledge(dir).agencies?.matcher.shortened).toEqual([
      { agency: 'tu-phap', cue: 'đổi họ', reads: 'doi' },
    ]);
  });

  it('names the agency and the field when an agency is incomplete or its id is reused', () => {
    const dir = copyKnowledge();
    const file = join(dir, 'agencies.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('  - id: tu-phap\n', '  - id: bhxh\n')
      .replace(/( {2}- id: y-te\n {4}name: .*\n) {4}handles: .*\n/, '$1');
    writeFileSync(file, text);
    let error: unknown;
    try {
      loadKnowledge(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    const problems = (error as KnowledgeError).problems;
    expect(problems.some((p) => p.file === 'agencies.yaml' && p.field?.includes('handles'))).toBe(true);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /( {2}- id: y-te\n {4}name: .*\n)/,
        '$1    handles: khám chữa bệnh, tiêm chủng\n',
      ),
    );
    const duplicate = (() => {
      try {
        loadKnowledge(dir);
      } catch (e) {
        return e as KnowledgeError;
      }
      return undefined;
    })();
    expect(
      duplicate?.problems.some(
        (p) => p.file === 'agencies.yaml' && p.entryId === 'bhxh' && /mã này đã dùng/.test(p.message),
      ),
    ).toBe(true);
  });
});
