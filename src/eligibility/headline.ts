/**
 * The one amount a result leads with. Decree 20/2021/NĐ-CP Art. 6.2: a person
 * in several categories receives only the highest amount, except categories
 * marked `combines_with` (the single parent raising children), which are paid
 * on top of the one they are combined with.
 */
import type { CategoryResult, CheckResult } from './evaluate.ts';

/** What "Dự kiến nhận" says and why. */
export interface Headline {
  /** Likely categories lead; when none is likely, the possible ones give an amount "if eligible". */
  likely: boolean;
  /** The category whose amount is taken; undefined when only combined categories have an amount. */
  highest: CategoryResult | undefined;
  /** Lowest and highest amount the highest-amount rule leaves, in đồng. */
  min: number;
  max: number;
  /** Other categories with an amount that the highest-amount rule set aside. */
  setAside: CategoryResult[];
  /** Categories paid on top (Art. 6.2 exception). */
  combined: CategoryResult[];
}

/** Whether a category is paid on top of another one in the same result. */
function combinesWithin(result: CategoryResult, group: readonly CategoryResult[]): boolean {
  return group.some((other) => result.category.combines_with.includes(other.category.id));
}

/** The headline amount of a result, or undefined when no category in it has an amount. */
export function headlineOf(result: CheckResult): Headline | undefined {
  const likely = result.likely.filter((r) => r.amount);
  const group = likely.length > 0 ? likely : result.possible.filter((r) => r.amount);
  if (group.length === 0) return undefined;
  const combined = group.filter((r) => combinesWithin(r, group));
  const rest = group.filter((r) => !combined.includes(r));
  const byAmount = [...rest].sort(
    (a, b) => (b.amount?.max ?? 0) - (a.amount?.max ?? 0) || (b.amount?.min ?? 0) - (a.amount?.min ?? 0),
  );
  const [highest] = byAmount;
  // Each amount may be anywhere in its range, so the highest of them starts at the largest minimum.
  const min = Math.max(0, ...rest.map((r) => r.amount?.min ?? 0));
  const max = Math.max(0, ...rest.map((r) => r.amount?.max ?? 0));
  return { likely: likely.length > 0, highest, min, max, setAside: byAmount.slice(1), combined };
}
