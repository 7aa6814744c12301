import { describe, expect, it } from 'vitest';
import { factsToVerify } from '../../src/admin/facts-to-verify.ts';
import { knowledgeBody } from '../../src/admin/knowledge-page.ts';
import { realKnowledge } from '../helpers/kb.ts';

const rules = realKnowledge().eligibility;

describe('the facts marked to verify', () => {
  it('lists the base level, categories and amounts of eligibility.yaml marked verify: true, and nothing else', () => {
    const facts = factsToVerify(rules);
    expect(facts[0]).toMatchObject({ where: 'base_level', source: 'Nghị định 76/2024/NĐ-CP' });
    expect(facts[0]?.what).toContain('500.000 đồng');
    expect(facts.map((f) => f.where)).toContain('categories › young-adult-studying');
    expect(facts.map((f) => f.where)).toContain('categories › young-adult-studying › amounts[1]');
    expect(facts.map((f) => f.where)).not.toContain('categories › child-no-caregiver');
    const marked = (rules?.categories ?? []).reduce(
      (n, c) => n + (c.verify ? 1 : 0) + c.amounts.filter((a) => a.verify).length,
      rules?.baseLevel.verify ? 1 : 0,
    );
    expect(facts).toHaveLength(marked);
    expect(factsToVerify(undefined)).toEqual([]);
  });

  it('shows them on the knowledge page with where to change them', async () => {
    const page = String(
      await knowledgeBody({ query: '', entries: [], warnings: [], toVerify: factsToVerify(rules), csrf: 'x' }),
    );
    expect(page).toContain('Thông tin cần đối chiếu văn bản gốc');
    expect(page).toContain(
      'Mức hưởng của diện “Người từ 16 đến 22 tuổi không có nguồn nuôi dưỡng, đang đi học”: hệ số 1,5',
    );
    expect(page).toContain('knowledge/eligibility.yaml');
    const none = String(await knowledgeBody({ query: '', entries: [], warnings: [], toVerify: [], csrf: 'x' }));
    expect(none).toContain('Mọi thông tin về chế độ đã được đối chiếu.');
  });
});
