/** Schema of `knowledge/figures.yaml`: legal amounts as dated series, national and provincial. */
import { z } from 'zod';

/** The file of dated figures, at the top of the knowledge folder. */
export const FIGURES_FILE = 'figures.yaml';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A province code in figures.yaml and center.yaml (`quang-ninh`, `hue`). */
const provinceCodeSchema = z
  .string()
  .regex(/^[a-z0-9-]{2,24}$/, 'mã tỉnh chỉ gồm chữ thường không dấu, số, dấu gạch ngang, ví dụ quang-ninh');

const VALUE_HINT = 'value là số đồng mỗi tháng, chỉ gồm chữ số, không dấu chấm, không chữ "đồng", ví dụ 500000';

/** One level of a figure and the day it applies from. */
const figurePointSchema = z.strictObject({
  // Whole đồng, or a coefficient such as 1.5 (checked against the figure's unit below).
  value: z.number({ message: VALUE_HINT }).positive(VALUE_HINT),
  // YAML reads an unquoted 2024-07-01 as a date; both spellings are accepted.
  from: z.union([z.string(), z.date()]).transform((v, ctx) => {
    const iso = typeof v === 'string' ? v : v.toISOString().slice(0, 10);
    if (!DATE.test(iso))
      ctx.addIssue({ code: 'custom', message: 'ngày áp dụng viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2024-07-01' });
    return iso;
  }),
  legal_basis: z.string().trim().min(3, 'ghi văn bản quy định, ví dụ Nghị định 76/2024/NĐ-CP'),
  source: z.string().trim().min(3, 'ghi nơi đã thấy con số này, để người sau kiểm tra lại'),
  verify: z.boolean({ message: 'ghi verify: true (chưa đối chiếu văn bản gốc) hoặc verify: false (đã xác nhận)' }),
});
export type FigurePoint = z.infer<typeof figurePointSchema>;

/** A series, oldest first, so the level in force is the last one whose date has come. */
const seriesSchema = z
  .array(figurePointSchema)
  .min(1, 'cần ít nhất một mức')
  .refine((s) => s.every((p, i) => i === 0 || (s[i - 1] as FigurePoint).from < p.from), {
    message: 'các mức phải xếp theo ngày áp dụng tăng dần, mỗi ngày một dòng',
  });

/** A figure's unit: đồng per month (the default when absent) or a coefficient of the base level (eligibility.yaml). */
const figureUnitSchema = z.enum(['dong', 'coefficient'], {
  message: 'unit là dong (số đồng, mặc định) hoặc coefficient (hệ số nhân với mức chuẩn)',
});

/** One figure: its name as said to residents, its unit, the national series, and provincial ones. */
const figureSchema = z
  .strictObject({
    name: z.string().trim().min(3),
    unit: figureUnitSchema.optional(),
    national: seriesSchema,
    provinces: z.record(provinceCodeSchema, seriesSchema).default({}),
  })
  .superRefine((figure, ctx) => {
    if (figure.unit === 'coefficient') return;
    const points = [...figure.national, ...Object.values(figure.provinces).flat()];
    if (points.some((p) => !Number.isInteger(p.value))) ctx.addIssue({ code: 'custom', message: VALUE_HINT });
  });

/** A figure's id as written in templates (`{figures.base_level}`). */
export const figureIdSchema = z.string().regex(/^[a-z_]{2,32}$/, 'mã con số chỉ gồm chữ thường không dấu và "_"');

/** knowledge/figures.yaml */
export const figuresFileSchema = z.record(figureIdSchema, figureSchema);
export type FiguresFile = z.infer<typeof figuresFileSchema>;
