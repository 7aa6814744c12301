/**
 * The legal figures in force on a given day, and the sentence that says one
 * to a resident: the amount, the day it applies from and its legal basis,
 * hedged and pointed to the commune when it is not confirmed.
 */
import type { FigurePoint, FiguresFile } from './figures-schema.ts';

/** Which figures apply: the file, the center's province code (may be empty) and the day. */
export interface FigureContext {
  figures: FiguresFile;
  /** figures.yaml's province code chosen by the center file; '' for national levels only. */
  province: string;
  /** The province as residents say it ("Quảng Ninh"), for "mức riêng của …". */
  provinceName: string;
  now: Date;
}

/** `{figures.base_level}` (the sentence) or `{figures.base_level.amount}` (just "500.000 đồng"). */
const FIGURE_PLACEHOLDER = /\{figures\.([a-z_]+)(\.amount)?\}/g;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day in Vietnam (YYYY-MM-DD), which is what a figure's `from` means. */
export function vietnamDay(now: Date): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** A level that has reached its date but is not confirmed: named with a hedge, never used as fact. */
interface ReportedLevel {
  point: FigurePoint;
  /** True when it is the province's own level. */
  provincial: boolean;
}

/** A figure as it applies on the context's day. */
export interface FigureInForce {
  id: string;
  name: string;
  /** True for a coefficient of the base level rather than an amount in đồng. */
  coefficient: boolean;
  /** The level amounts are computed with: the latest confirmed one (the province's when it has its own). */
  point: FigurePoint;
  /** True when `point` is the province's own level. */
  provincial: boolean;
  /** Newer levels in force but unconfirmed (national, then provincial), said with a hedge. */
  reported: ReportedLevel[];
}

/** The figure `id` in force on the context's day; undefined when unknown or not yet in force. */
export function figureInForce(id: string, context: FigureContext): FigureInForce | undefined {
  const figure = context.figures[id];
  if (!figure) return undefined;
  const today = vietnamDay(context.now);
  const started = (series: readonly FigurePoint[]): FigurePoint[] => series.filter((p) => p.from <= today);
  const national = started(figure.national);
  const own = context.province ? started(figure.provinces[context.province] ?? []) : [];
  const latest = national.at(-1);
  if (!latest) return undefined;
  // With nothing confirmed yet, the unconfirmed level is all there is; `verify` still hedges it.
  const nationalPoint = national.findLast((p) => !p.verify) ?? latest;
  const ownConfirmed = own.findLast((p) => !p.verify);
  // A province may only add to the national level, never pay less.
  const provincial = ownConfirmed !== undefined && ownConfirmed.value >= nationalPoint.value;
  const point = provincial ? ownConfirmed : nationalPoint;
  const reported: ReportedLevel[] = [];
  if (latest !== nationalPoint && latest.value > point.value) reported.push({ point: latest, provincial: false });
  const ownLatest = own.at(-1);
  if (ownLatest?.verify && ownLatest.value > point.value) reported.push({ point: ownLatest, provincial: true });
  return { id, name: figure.name, coefficient: figure.unit === 'coefficient', point, provincial, reported };
}

/** The first day a figure's level changes after the context's day (to know when to re-render). */
export function nextFigureChange(context: FigureContext): string | undefined {
  const today = vietnamDay(context.now);
  const days = Object.values(context.figures).flatMap((f) => [
    ...f.national.map((p) => p.from),
    ...(context.province ? (f.provinces[context.province] ?? []).map((p) => p.from) : []),
  ]);
  return days.filter((d) => d > today).sort()[0];
}

const money = new Intl.NumberFormat('vi-VN');
const moneyEn = new Intl.NumberFormat('en-US');
/** Coefficients as the law writes them: "1,5", "2,0". */
const coefficientVi = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
const coefficientEn = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

/** 2024-07-01 → 1/7/2024, the way dates are written in Vietnamese. */
function vietnameseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

const HEDGE_VI = 'chưa được xác nhận, vui lòng hỏi UBND xã/phường nơi cư trú';
const HEDGE_EN = 'not yet confirmed: please ask the People’s Committee of your commune/ward';

function levelVi(p: FigurePoint, province: string | undefined, coefficient = false): string {
  const own = province ? `, mức riêng của ${province}` : '';
  const value = coefficient ? `hệ số ${coefficientVi.format(p.value)}` : `${money.format(p.value)} đ/tháng`;
  return `${value}${own}, áp dụng từ ${vietnameseDate(p.from)} theo ${p.legal_basis}`;
}

function levelEn(p: FigurePoint, province: string | undefined, coefficient = false): string {
  const own = province ? `, ${province}'s own level` : '';
  const value = coefficient ? `coefficient ${coefficientEn.format(p.value)}` : `${moneyEn.format(p.value)} VND/month`;
  return `${value}${own} from ${p.from} under ${p.legal_basis}`;
}

/** The newer unconfirmed levels of a figure in Vietnamese ("540.000 đ/tháng, áp dụng từ 1/7/2026 theo …"); '' when none. */
export function reportedLevels(f: FigureInForce, context: FigureContext): string {
  return f.reported
    .map((r) => levelVi(r.point, r.provincial ? context.provinceName : undefined, f.coefficient))
    .join('; hoặc ');
}

/** "Mức chuẩn …: 500.000 đ/tháng, áp dụng từ 1/7/2024 theo Nghị định 76/2024/NĐ-CP", unconfirmed news hedged after it. */
function figureSentence(f: FigureInForce, context: FigureContext, language: 'vi' | 'en' = 'vi'): string {
  const province = (provincial: boolean): string | undefined => (provincial ? context.provinceName : undefined);
  if (language === 'en') {
    const main = levelEn(f.point, province(f.provincial), f.coefficient);
    const news = f.reported.map((r) => levelEn(r.point, province(r.provincial), f.coefficient));
    const reported = news.length > 0 ? `; reportedly ${news.join('; ')}` : '';
    return main + reported + (f.point.verify || news.length > 0 ? ` (${HEDGE_EN})` : '');
  }
  const main = levelVi(f.point, province(f.provincial), f.coefficient);
  const news = reportedLevels(f, context);
  const reported = news ? `; mức mới có thể là ${news}` : '';
  return main + reported + (f.point.verify || news.length > 0 ? ` (${HEDGE_VI})` : '');
}

/** The `{figures.x}` ids a text uses that figures.yaml does not define. */
export function unknownFigureKeys(text: string, figures: FiguresFile): string[] {
  return [...text.matchAll(FIGURE_PLACEHOLDER)].map((m) => m[1] as string).filter((id) => !(id in figures));
}

/** Fills `{figures.x}` with the sentence of the level in force on the context's day, `{figures.x.amount}` with its amount. */
export function renderFigures(text: string, context: FigureContext, language: 'vi' | 'en' = 'vi'): string {
  return text.replace(FIGURE_PLACEHOLDER, (whole, id: string, amountOnly: string | undefined) => {
    const f = figureInForce(id, context);
    if (!f) return whole;
    if (!amountOnly) return figureSentence(f, context, language);
    if (f.coefficient) return (language === 'en' ? coefficientEn : coefficientVi).format(f.point.value);
    return language === 'en' ? `${moneyEn.format(f.point.value)} VND` : `${money.format(f.point.value)} đồng`;
  });
}
