/**
 * The corrections of issue 16 against Decree 20/2021/NĐ-CP, on the real
 * rules: the Art. 6.2 exception for single parents, ranges that only count
 * amount rows that can apply, the headline amount, the Art. 20 care support,
 * papers named once and the clause each category cites.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAnswers, type Answer, type Answers } from '../../src/eligibility/evaluate.ts';
import { headlineOf } from '../../src/eligibility/headline.ts';
import type { EligibilityRules } from '../../src/eligibility/rules.ts';
import { resultReplies } from '../../handlers/eligibility/render.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const rules = kb.eligibility as EligibilityRules;
const money = new Intl.NumberFormat('vi-VN');
/** Base level × coefficient, as the result computes it: tests follow the figures, not a copy of them. */
const times = (coefficient: number) => Math.round(rules.baseLevel.amount * coefficient);

function answersOf(facts: Record<string, string | number>): Answers {
  const answers: Record<string, Answer> = {};
  for (const [id, value] of Object.entries(facts)) {
    answers[id] =
      typeof value === 'number' ? { kind: 'number', min: value, max: value, option: null } : { kind: 'choice', value };
  }
  return answers;
}

function resultText(facts: Record<string, string | number>): string {
  const result = evaluateAnswers(rules, answersOf(facts));
  return resultReplies(kb, rules, result)
    .map((r) => r.text)
    .join('\n\n');
}

const singleMotherSevere = {
  who: 'self',
  age: 40,
  disability: 'yes',
  'disability-level': 'severe',
  household: 'poor',
  'single-parent': 'yes',
  hiv: 'no',
};

describe('eligibility corrections (Decree 20/2021/NĐ-CP)', () => {
  it('pays a single parent who is also severely disabled both amounts (Art. 6.2)', () => {
    const result = evaluateAnswers(rules, answersOf(singleMotherSevere));
    expect(result.likely.map((r) => r.category.id)).toEqual(['single-parent', 'disability']);
    const headline = headlineOf(result);
    expect(headline?.highest?.category.id).toBe('disability');
    expect(headline?.combined.map((r) => r.category.id)).toEqual(['single-parent']);
    expect(headline).toMatchObject({ min: times(1.5), max: times(1.5), likely: true });

    const text = resultText(singleMotherSevere);
    expect(text).toContain(
      `💰 Dự kiến nhận: ${money.format(times(1.5))} đồng/tháng, cộng thêm ${money.format(times(1))} đồng/tháng cho mỗi con đang nuôi.`,
    );
    expect(text).toContain('Diện “Người đơn thân thuộc hộ nghèo, cận nghèo đang nuôi con” được hưởng thêm');
    expect(text).toContain('Điều 6 khoản 2');
  });

  it('still pays only the highest amount when no category is combinable', () => {
    const noOneElse = { 'single-parent': 'no', hiv: 'no', support: 'none' };
    const facts = { who: 'other', age: 88, disability: 'no', household: 'poor', pension: 'none', ...noOneElse };
    const headline = headlineOf(evaluateAnswers(rules, answersOf(facts)));
    expect(headline?.highest?.category.id).toBe('elderly-poor-no-support');
    expect(headline?.setAside.map((r) => r.category.id)).toEqual(['social-pension']);
    expect(headline?.combined).toEqual([]);
    const text = resultText(facts);
    const [title, lead, why] = text.split('\n');
    expect(title).toContain('Kết quả kiểm tra nhanh');
    expect(lead).toBe(`💰 Dự kiến nhận: ${money.format(times(2))} đồng/tháng.`);
    expect(why).toBe(
      'Thuộc nhiều diện nên chỉ được hưởng một mức cao nhất: mức của diện “Người cao tuổi thuộc hộ nghèo không có người phụng dưỡng”.',
    );
  });

  it('starts the range for a person over 60 with an unknown disability level at coefficient 2.0', () => {
    const facts = { who: 'family', age: 65, disability: 'yes', 'disability-level': 'unknown', household: 'neither' };
    const disability = evaluateAnswers(rules, answersOf(facts)).possible.find((r) => r.category.id === 'disability');
    expect(disability?.amount).toMatchObject({ min: times(2), max: times(2.5), coefficient: null });
    expect(disability?.amount?.unclear.map((q) => q.id)).toEqual(['disability-level']);
    const text = resultText(facts);
    expect(text).toContain(`từ ${money.format(times(2))} đến ${money.format(times(2.5))} đồng/tháng`);
    expect(text).toContain(
      `💰 Dự kiến nhận, nếu đủ điều kiện: từ ${money.format(times(2))} đến ${money.format(times(2.5))} đồng/tháng.`,
    );
  });

  it('keeps the adult range (1.5 to 2.0) for a working-age person with an unknown level', () => {
    const facts = { who: 'self', age: 45, disability: 'yes', 'disability-level': 'unknown', household: 'neither' };
    const disability = evaluateAnswers(rules, answersOf(facts)).possible.find((r) => r.category.id === 'disability');
    expect(disability?.amount).toMatchObject({ min: times(1.5), max: times(2) });
  });

  it('leads every result that has an amount with one "Dự kiến nhận" line', () => {
    const facts = { who: 'self', age: 30, disability: 'yes', 'disability-level': 'severe', household: 'neither' };
    const lines = resultText(facts).split('\n');
    expect(lines[1]).toBe(`💰 Dự kiến nhận: ${money.format(times(1.5))} đồng/tháng.`);
    expect(lines[2]).toBe('');
    expect(lines.filter((l) => l.startsWith('💰')).length).toBe(1);
  });

  it('mentions the Art. 20 care support for an especially severe disability only', () => {
    const extreme = resultText({ ...singleMotherSevere, 'disability-level': 'extreme', 'single-parent': 'no' });
    expect(extreme).toContain(`hỗ trợ kinh phí chăm sóc ${money.format(times(1))} đồng/tháng`);
    expect(extreme).toContain('Điều 20');
    expect(resultText({ ...singleMotherSevere, 'single-parent': 'no' })).not.toContain('kinh phí chăm sóc');
  });

  it('lists the ID card once when two categories ask for it', () => {
    const facts = {
      who: 'family',
      age: 70,
      disability: 'yes',
      'disability-level': 'severe',
      household: 'poor',
      'single-parent': 'no',
      hiv: 'no',
      support: 'none',
      pension: 'yes',
    };
    const papers = resultText(facts)
      .split('\n')
      .filter((l) => l.startsWith('• Căn cước'));
    expect(papers).toEqual(['• Căn cước của người được đề nghị (trẻ em thì giấy khai sinh)']);
  });

  it('cites clause 8 of Art. 5 for adults with HIV and records where every rule was checked', () => {
    const adult = rules.categories.find((c) => c.id === 'adult-hiv');
    expect(adult?.source).toContain('Điều 5 khoản 8');
    for (const category of rules.categories) expect(category.checked_against, category.id).toBeTruthy();
  });
});
