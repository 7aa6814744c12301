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

/** A figure as it applies on the context's day. */
export interface FigureInForce {
  id: string;
  name: string;
  /** The level used for amounts (the provincial one when it applies). */
  point: FigurePoint;
  /** True when `point` is the province's own level. */
  provincial: boolean;
  /** The national level in force (same as `point` unless a provincial level applies). */
  national: FigurePoint;
  /** The last confirmed national level, when the one in force is not confirmed. */
  lastConfirmed?: FigurePoint;
}

const FIGURE_PLACEHOLDER = /\{figures\.([a-z_]+)\}/g;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day in Vietnam (YYYY-MM-DD), which is what a figure's `from` means. */
export function vietnamDay(now: Date): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The figure `id` in force on the context's day; undefined when unknown or not yet in force. */
export function figureInForce(id: string, context: FigureContext): FigureInForce | undefined {
  const figure = context.figures[id];
  if (!figure) return undefined;
  const today = vietnamDay(context.now);
  const started = (series: readonly FigurePoint[]): FigurePoint[] => series.filter((p) => p.from <= today);
  const national = started(figure.national).at(-1);
  if (!national) return undefined;
  const own = context.province ? started(figure.provinces[context.province] ?? []).at(-1) : undefined;
  // A province may only add to the national level, never pay less.
  const provincial = own !== undefined && own.value >= national.value;
  const lastConfirmed = national.verify ? started(figure.national).findLast((p) => !p.verify) : undefined;
  return {
    id,
    name: figure.name,
    point: provincial ? own : national,
    provincial,
    national,
    ...(lastConfirmed ? { lastConfirmed } : {}),
  };
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

/** 2024-07-01 → 1/7/2024, the way dates are written in Vietnamese. */
export function vietnameseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

const HEDGE_VI = 'chưa được xác nhận, vui lòng hỏi UBND xã/phường nơi cư trú';
const HEDGE_EN = 'not yet confirmed: please ask the People’s Committee of your commune/ward';

function pointVi(p: FigurePoint): string {
  return `${money.format(p.value)} đ/tháng, áp dụng từ ${vietnameseDate(p.from)} theo ${p.legal_basis}`;
}

function pointEn(p: FigurePoint): string {
  return `${moneyEn.format(p.value)} VND/month from ${p.from} under ${p.legal_basis}`;
}

/** The national level in Vietnamese: the last confirmed one first when the one in force is only reported. */
function nationalVi(f: FigureInForce): string {
  const p = f.national;
  if (!p.verify) return pointVi(p);
  if (!f.lastConfirmed) return `${pointVi(p)} (${HEDGE_VI})`;
  return `${pointVi(f.lastConfirmed)}; theo thông tin báo chí, từ ${vietnameseDate(p.from)} mức này có thể là ${money.format(p.value)} đ/tháng theo ${p.legal_basis} (${HEDGE_VI})`;
}

function nationalEn(f: FigureInForce): string {
  const p = f.national;
  if (!p.verify) return pointEn(p);
  if (!f.lastConfirmed) return `${pointEn(p)} (${HEDGE_EN})`;
  return `${pointEn(f.lastConfirmed)}; reportedly ${moneyEn.format(p.value)} VND/month from ${p.from} under ${p.legal_basis} (${HEDGE_EN})`;
}

/** "Mức chuẩn trợ giúp xã hội: 500.000 đ/tháng, áp dụng từ 1/7/2024 theo Nghị định 76/2024/NĐ-CP", hedged when unconfirmed. */
export function figureSentence(f: FigureInForce, context: FigureContext, language: 'vi' | 'en' = 'vi'): string {
  if (language === 'en') {
    if (!f.provincial) return nationalEn(f);
    const hedge = f.point.verify ? ` (${HEDGE_EN})` : '';
    return `${pointEn(f.point)}, ${context.provinceName}'s own level${hedge}; national level: ${nationalEn(f)}`;
  }
  if (!f.provincial) return nationalVi(f);
  const hedge = f.point.verify ? ` (${HEDGE_VI})` : '';
  return `${money.format(f.point.value)} đ/tháng, mức riêng của ${context.provinceName} áp dụng từ ${vietnameseDate(f.point.from)} theo ${f.point.legal_basis}${hedge}; mức chung cả nước: ${nationalVi(f)}`;
}

/** The `{figures.x}` ids a text uses that figures.yaml does not define. */
export function unknownFigureKeys(text: string, figures: FiguresFile): string[] {
  return [...text.matchAll(FIGURE_PLACEHOLDER)].map((m) => m[1] as string).filter((id) => !(id in figures));
}

/** Fills `{figures.x}` with the sentence of the level in force on the context's day. */
export function renderFigures(text: string, context: FigureContext, language: 'vi' | 'en' = 'vi'): string {
  return text.replace(FIGURE_PLACEHOLDER, (whole, id: string) => {
    const f = figureInForce(id, context);
    return f ? figureSentence(f, context, language) : whole;
  });
}
