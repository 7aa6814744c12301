/**
 * What staff must confirm before the bot goes live and re-check as time
 * passes (`kb check`, fatal with `--strict`): facts marked `verify`, entries
 * not reviewed for 12 months, empty center facts. Messages are in Vietnamese
 * because staff read them.
 */
import type { KnowledgeSource } from './load.ts';
import type { KbProblem } from './problems.ts';

/** Center facts answers can quote through `{center.…}`; an empty one makes the bot point to the hotline instead. */
const TEMPLATE_FIELDS = ['address', 'hours', 'website', 'email'] as const;

/** How long a review stays fresh. */
const REVIEW_MONTHS = 12;

/** "YYYY-MM-DD" a year before `today` (UTC): entries reviewed before it are due. */
function reviewCutoff(today: Date): string {
  const cutoff = new Date(today.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - REVIEW_MONTHS);
  return cutoff.toISOString().slice(0, 10);
}

/** Facts marked `verify` in center.yaml, figures.yaml and eligibility.yaml. */
function verifyItems(source: KnowledgeSource): KbProblem[] {
  const items: KbProblem[] = source.center.verify.map((field) => ({
    file: 'center.yaml',
    field,
    message: 'đánh dấu verify: cần trung tâm xác nhận, rồi xóa tên trường này khỏi danh sách verify.',
  }));
  const confirm = 'chưa đối chiếu được với văn bản gốc (verify: true); đối chiếu xong thì đổi thành verify: false.';
  for (const [id, figure] of Object.entries(source.figures)) {
    const series: Array<[string, typeof figure.national]> = [
      [`${id} › national`, figure.national],
      ...Object.entries(figure.provinces).map(([code, points]): [string, typeof figure.national] => [
        `${id} › provinces › ${code}`,
        points,
      ]),
    ];
    for (const [where, points] of series)
      for (const point of points)
        if (point.verify) items.push({ file: 'figures.yaml', field: `${where} › ${point.from}`, message: confirm });
  }
  const eligibility = source.eligibility;
  if (!eligibility) return items;
  for (const category of eligibility.categories) {
    const where = `categories › ${category.id}`;
    if (category.verify) items.push({ file: 'eligibility.yaml', field: where, message: confirm });
    category.amounts.forEach((row, i) => {
      if (row.verify)
        items.push({ file: 'eligibility.yaml', field: `${where} › amounts › dòng ${i + 1}`, message: confirm });
    });
    if (category.care_support?.verify)
      items.push({ file: 'eligibility.yaml', field: `${where} › care_support`, message: confirm });
  }
  return items;
}

/** Entries (and eligibility.yaml) whose `reviewed` date is more than 12 months before today. */
function staleItems(source: KnowledgeSource, today: Date): KbProblem[] {
  const cutoff = reviewCutoff(today);
  const message = (reviewed: string) =>
    `rà soát lần cuối ngày ${reviewed}, đã hơn ${REVIEW_MONTHS} tháng: đọc lại, sửa nếu cần, rồi ghi ngày rà soát mới.`;
  const items: KbProblem[] = source.entries
    .filter((entry) => entry.reviewed < cutoff)
    .map((entry) => ({ file: entry.file, entryId: entry.id, field: 'reviewed', message: message(entry.reviewed) }));
  const eligibility = source.eligibility;
  if (eligibility && eligibility.reviewed < cutoff)
    items.push({ file: 'eligibility.yaml', field: 'reviewed', message: message(eligibility.reviewed) });
  return items;
}

/** Center facts left empty. */
function emptyCenterItems(source: KnowledgeSource): KbProblem[] {
  const { center } = source;
  const items: KbProblem[] = TEMPLATE_FIELDS.filter((field) => center[field] === '').map((field) => ({
    file: 'center.yaml',
    field,
    message: 'đang để trống; trợ lý sẽ mời người dân gọi tổng đài thay vì trả lời mục này.',
  }));
  if (Array.isArray(center.hotline_hours) && center.hotline_hours.length === 0)
    items.push({
      file: 'center.yaml',
      field: 'hotline_hours',
      message: 'chưa ghi giờ tổng đài nghe máy; trong lúc đó trợ lý không hứa tổng đài nghe máy vào giờ nào.',
    });
  return items;
}

/** Every open item, in the order staff usually work through them: to confirm, to review, to fill in. */
export function freshnessReport(source: KnowledgeSource, today: Date): KbProblem[] {
  return [...verifyItems(source), ...staleItems(source, today), ...emptyCenterItems(source)];
}
