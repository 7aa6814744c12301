/**
 * Placeholders in knowledge files. `{center.hotline}` and friends are filled
 * from center.yaml when the knowledge base loads; `{name}` placeholders in
 * ui.yaml are filled when the bot speaks.
 */
import type { FiguresFile } from './figures-schema.ts';
import { unknownFigureKeys } from './figures.ts';
import type { Center, HotlineHoursWords } from './schema.ts';

const CENTER_PLACEHOLDER = /\{center\.([a-z_]+)\}/g;
const ANY_PLACEHOLDER = /\{([a-z_.]+)\}/g;

/** The `{center.x}` keys a text uses that center.yaml does not define. */
export function unknownCenterKeys(text: string, center: Center): string[] {
  const unknown: string[] = [];
  for (const m of text.matchAll(CENTER_PLACEHOLDER)) {
    const key = m[1] as string;
    if (!(key in center)) unknown.push(key);
  }
  return unknown;
}

/** Placeholders other than `{center.x}` (and `{figures.x}` when figures are given) that a text uses. */
export function otherPlaceholders(text: string, figures?: FiguresFile): string[] {
  return [...text.matchAll(ANY_PLACEHOLDER)]
    .map((m) => m[1] as string)
    .filter((k) => !k.startsWith('center.') && !(figures && k.startsWith('figures.')));
}

/** What is wrong with a text's placeholders, as messages for staff (empty when all is well). */
export function placeholderProblems(text: string, center: Center, figures?: FiguresFile): string[] {
  const allowed = figures ? '{center.…} và {figures.…}' : '{center.…}';
  return [
    ...unknownCenterKeys(text, center).map((key) => `chỗ trống {center.${key}} không có trong center.yaml.`),
    ...(figures ? unknownFigureKeys(text, figures) : []).map(
      (key) => `chỗ trống {figures.${key}} không có trong figures.yaml.`,
    ),
    ...otherPlaceholders(text, figures).map((key) => `chỗ trống {${key}} không hợp lệ; chỉ dùng được ${allowed}.`),
  ];
}

/**
 * Fills `{center.x}` from the center's facts. An empty fact becomes
 * `missing` (itself filled), so an answer never shows a blank where an
 * address or opening hours should be; list lines ("• Địa chỉ: {center.address}")
 * whose facts are empty become one line, so `missing` is said once, not once
 * per fact.
 */
export function renderCenter(text: string, center: Center, missing: string, hoursWords?: HotlineHoursWords): string {
  const fill = (t: string): string =>
    t.replace(CENTER_PLACEHOLDER, (whole, key: string) => {
      const value = centerText(center, key, hoursWords);
      if (value === undefined) return whole;
      return value === '' ? '' : value;
    });
  const filledMissing = fill(missing);
  const merged = mergeEmptyListLines(text, center, filledMissing, hoursWords);
  return merged.replace(CENTER_PLACEHOLDER, (whole, key: string) => {
    const value = centerText(center, key, hoursWords);
    if (value === undefined) return whole;
    return value === '' ? filledMissing : value;
  });
}

const LIST_LINE = /^(\s*[•\-*]\s+)(.*?)\s*:?\s*\{center\.([a-z_]+)\}\s*\.?\s*$/;

/** List lines that only announce an empty fact, joined into one: "• Địa chỉ, giờ làm việc: {missing}". */
function mergeEmptyListLines(text: string, center: Center, missing: string, hoursWords?: HotlineHoursWords): string {
  const lines = text.split('\n');
  const empty = lines.flatMap((line, index) => {
    const m = LIST_LINE.exec(line);
    return m && centerText(center, m[3] as string, hoursWords) === ''
      ? [{ index, bullet: m[1] as string, label: m[2] as string }]
      : [];
  });
  if (empty.length < 2) return text;
  const [first] = empty;
  if (!first) return text;
  const labels = empty.map((e, i) =>
    i === 0 ? e.label : e.label.charAt(0).toLocaleLowerCase('vi') + e.label.slice(1),
  );
  const drop = new Set(empty.map((e) => e.index));
  return lines
    .flatMap((line, index) => {
      if (index === first.index) return [`${first.bullet}${labels.join(', ')}: ${missing.replace(/[.!]?$/, '.')}`];
      return drop.has(index) ? [] : [line];
    })
    .join('\n');
}

/** A center fact that can stand in a sentence (text fields, and the hotline's hours when their words are given). */
function centerText(center: Center, key: string, hoursWords?: HotlineHoursWords): string | undefined {
  if (key === 'hotline_hours') return hoursWords ? hotlineHoursText(center.hotline_hours, hoursWords) : '';
  const value: unknown = (center as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** Days 1 (Monday) to 7 (Sunday) in words: runs of three or more as a range ("thứ Hai đến thứ Sáu"), all seven as one. */
function daysText(days: readonly number[], words: HotlineHoursWords): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return words.every_day;
  const name = (day: number): string => words.weekdays[day - 1] ?? '';
  const runs: number[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) =>
      run.length >= 3
        ? fill(words.days_range, { first: name(run[0] as number), last: name(run.at(-1) as number) })
        : run.map(name).join(', '),
    )
    .join(', ');
}

/**
 * `{center.hotline_hours}` in words (ui.yaml `hotline_hours_words`). Unknown hours are not left to `missing` ("call
 * the hotline to be told"), which would send a person to the line to ask when it answers: they are said to be
 * unpublished, so no answer promises the hotline at night (knowledge/facts: staffing unconfirmed).
 */
function hotlineHoursText(hours: Center['hotline_hours'], words: HotlineHoursWords): string {
  if (hours === '24/7') return words.always;
  if (hours.length === 0) return words.unknown;
  return hours
    .map((span) => fill(words.span, { days: daysText(span.days, words), from: span.from, to: span.to }))
    .join('; ');
}

/** Fills `{name}` placeholders of a ui.yaml sentence at the moment the bot says it. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(ANY_PLACEHOLDER, (whole, key: string) => {
    const value = vars[key];
    return value === undefined ? whole : String(value);
  });
}
