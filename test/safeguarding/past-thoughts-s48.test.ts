/**
 * Session 48 (issue 10): a suicidal thought or plan told as once ("từng có lúc nghĩ quẩn", "có lần định ôm con nhảy
 * sông", "có bữa tính uống thuốc chuột", "I had suicidal thoughts after giving birth"), with the writer better now or
 * still sad and asking where to get help, is a disclosure answered with the mental-health service: never the emergency
 * screen, never a did-you-mean. A wish to die told now after it ("…, giờ em không muốn sống nữa"), a plan for tonight
 * or means at hand keep danger now (see also the acute turn `wish_now_told`).
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('suicidal thoughts or a plan told as once (session 48)', () => {
  it.each([
    'sau sinh em từng có lúc nghĩ quẩn, giờ đỡ rồi nhưng vẫn buồn, có chỗ nào tư vấn không',
    'hồi sinh bé đầu em bị trầm cảm sau sinh, có lần định ôm con nhảy sông, giờ bé 3 tuổi rồi em vẫn hay buồn, em nên đi khám ở đâu',
    'mẹ em từng có lúc nghĩ quẩn sau khi ba mất, giờ bà ổn hơn, có nhóm hỗ trợ nào cho người nhà không',
    'tui có bữa tính uống thuốc chuột, giờ qua rồi mà vẫn buồn, có chỗ nào nói chuyện hông',
    'em co lan dinh nhay song, gio do roi, co cho nao tu van khong',
    'mạ tui có lần tính nhảy sông, chừ đỡ rồi, có chỗ mô khám tâm lý không',
    'anh tui có lần tính quyên sinh hồi thất nghiệp, chừ ảnh đi làm lại rồi, tui muốn tìm chỗ tư vấn cho ảnh',
    "I had suicidal thoughts after giving birth, I'm better now, where can I get counselling",
    'She had suicidal thoughts after her divorce, she is better now, is there a counsellor she can talk to',
  ])('"%s" is a disclosure with the mental-health service', (text) => {
    const r = findAnswer(kb, text);
    expect(r.crisis).toBe(false);
    expect(r.safeguarding?.situation).toBe('suicide');
    expect(r.safeguarding?.outcome).toBe('disclosure');
    expect(r.entryId).toBe('service-mental-health');
  });

  it.each([
    'hồi trước em từng cắt tay, giờ em không muốn sống nữa',
    'hoi truoc em co lan dinh nhay song, gio em khong muon song nua',
    'tui có bữa tính uống thuốc chuột, giờ tui hổng muốn sống nữa',
    'dạo này em có lúc nghĩ quẩn, không biết sống để làm gì',
    'em có lần định nhảy cầu, tối nay em lại ra cầu rồi',
    'em từng có lúc nghĩ quẩn, tối nay lại muốn đi luôn',
    'I tried to kill myself last year, now I want to die again',
    'I had suicidal thoughts last winter and tonight I have the pills ready',
  ])('"%s" is danger now, 115 first', (text) => {
    const r = findAnswer(kb, text);
    expect(r.crisis).toBe(true);
    expect(r.safeguarding?.situation).toBe('suicide');
    expect(r.safeguarding?.outcome).toBe('danger-now');
  });

  it.each([
    'làm sao vượt qua những lúc nghĩ quẩn',
    'năm ngoái em từng uống thuốc ngủ, giờ em hết muốn chết rồi, có chỗ nào tư vấn không',
    'hồi trước em từng cắt tay, giờ em không còn muốn chết nữa, em muốn tìm chỗ tư vấn',
    'chồng em có lần định bỏ việc để về quê, có được hỗ trợ học nghề không',
    'em có lần tính mở quán ăn nhỏ, có chương trình vay vốn nào không',
    'bà ngoại từng có lúc quên đường về nhà, giờ đỡ rồi, có lớp nào cho người chăm sóc không',
  ])('"%s" is not danger now', (text) => {
    const r = findAnswer(kb, text);
    expect(r.crisis).toBe(false);
    expect(r.safeguarding?.outcome ?? 'none').not.toBe('danger-now');
  });
});
