/**
 * The facts of knowledge/eligibility.yaml marked `verify: true` (not yet
 * checked against the legal text, so residents are told to confirm them):
 * the base level, categories, and amount rows. The knowledge page lists them
 * so that staff see what still waits for a check of the source.
 */
import type { EligibilityRules } from '../eligibility/rules.ts';

/** One fact to verify: where it is in the file, what it says, and its legal source. */
export interface FactToVerify {
  /** The place in eligibility.yaml ("categories › young-adult-studying › amounts[1]"). */
  where: string;
  /** The fact in staff's words. */
  what: string;
  source: string;
}

/** A monthly amount in đồng, as staff read it ("500.000 đồng"). */
const dong = (amount: number): string => `${amount.toLocaleString('vi-VN')} đồng`;

/** Every fact of the eligibility rules marked to verify, in file order; none without the rules. */
export function factsToVerify(rules: EligibilityRules | undefined): FactToVerify[] {
  if (!rules) return [];
  const facts: FactToVerify[] = [];
  const base = rules.baseLevel;
  if (base.verify) {
    facts.push({
      where: 'base_level',
      what: `Mức chuẩn trợ giúp xã hội ${dong(base.amount)} từ ${base.since}`,
      source: base.source,
    });
  }
  for (const category of rules.categories) {
    const where = `categories › ${category.id}`;
    if (category.verify) facts.push({ where, what: `Điều kiện của diện “${category.title}”`, source: category.source });
    category.amounts.forEach((amount, i) => {
      if (!amount.verify) return;
      const figure =
        amount.coefficient !== undefined
          ? `hệ số ${amount.coefficient.toLocaleString('vi-VN')}`
          : dong(amount.fixed ?? 0);
      facts.push({
        where: `${where} › amounts[${i + 1}]`,
        what: `Mức hưởng của diện “${category.title}”: ${figure}`,
        source: category.source,
      });
    });
  }
  return facts;
}
