/**
 * knowledge/manifest.yaml: how complete the safety-critical data was when
 * staff last checked it. A slow or broken upload (SFTP) can leave
 * safeguarding.yaml cut short but still valid YAML, silently dropping cues and
 * rules; such a file passes every schema, so it is measured instead. The
 * manifest keeps, per concept and per situation, how many cue phrases and
 * rules there were, and the file's sha256. A file that matches the checksum
 * is complete; one edited since may grow freely, but is refused when any
 * count falls below the manifest's (a floor). Staff who remove cues on
 * purpose write a new manifest with `npm run kb:check -- --write-manifest`.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { z } from 'zod';
import type { KbProblem } from './load.ts';
import type { SafeguardingFile } from '../safeguarding/schema.ts';

/** The manifest's file name, in the knowledge folder. */
export const MANIFEST_FILE = 'manifest.yaml';

const SAFEGUARDING_FILE = 'safeguarding.yaml';
const count = z.number().int().min(0);

/** What the manifest records about safeguarding.yaml (and its trained classifier). */
const safeguardingFloorsSchema = z.strictObject({
  /** sha256 of the file as checked: equal means complete, whatever the counts. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Rules per situation. */
  situations: z.record(z.string(), count),
  /** Cue phrases per concept (`phrases` and `exact` together). */
  concepts: z.record(z.string(), count),
  neutral: count,
  english_words: count,
  /** Whether safeguarding-model.json must be present. */
  classifier: z.boolean(),
});
type SafeguardingFloors = z.infer<typeof safeguardingFloorsSchema>;

/** The shape of manifest.yaml. */
export const manifestSchema = z.strictObject({ [SAFEGUARDING_FILE]: safeguardingFloorsSchema });
export type Manifest = z.infer<typeof manifestSchema>;

/** The safeguarding data as read from disk: its text, its parsed form, and whether the classifier came with it. */
export interface SafeguardingData {
  text: string;
  file: SafeguardingFile;
  hasModel: boolean;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function measure(data: SafeguardingData): SafeguardingFloors {
  const { file } = data;
  const situations: Record<string, number> = {};
  for (const [id, situation] of Object.entries(file.situations)) situations[id] = situation.rules.length;
  const concepts: Record<string, number> = {};
  for (const [name, concept] of Object.entries(file.concepts)) {
    concepts[name] = Array.isArray(concept) ? concept.length : concept.phrases.length + concept.exact.length;
  }
  return {
    sha256: sha256(data.text),
    situations,
    concepts,
    neutral: file.neutral.length,
    english_words: file.english_words.length,
    classifier: data.hasModel,
  };
}

/** The manifest for the safeguarding data as it is now. */
export function buildManifest(data: SafeguardingData): Manifest {
  return { [SAFEGUARDING_FILE]: measure(data) };
}

/** manifest.yaml's text, with a header telling staff what it is and how to renew it. */
export function renderManifest(manifest: Manifest): string {
  return [
    '# Tệp này do máy viết, đừng sửa tay. Ghi lại bằng: npm run kb:check -- --write-manifest',
    '# Trợ lý chỉ nhận safeguarding.yaml khi tệp khớp mã sha256 dưới đây, hoặc khi mỗi khái niệm, mỗi',
    '# tình huống còn ít nhất số cụm từ, số quy tắc ghi ở đây (tệp tải lên dở dang sẽ bị từ chối).',
    stringify(manifest, { lineWidth: 0 }).trimEnd(),
    '',
  ].join('\n');
}

/** True when safeguarding.yaml is byte for byte the file the manifest was written from. */
export function manifestMatches(manifest: Manifest, safeguardingText: string): boolean {
  return manifest[SAFEGUARDING_FILE].sha256 === sha256(safeguardingText);
}

const WHAT_TO_DO =
  'Có thể tệp chưa tải lên xong hoặc bị cắt cụt: hãy tải lại nguyên tệp. Nếu anh/chị cố ý xóa bớt, chạy npm run kb:check -- --write-manifest để ghi lại manifest.yaml.';

/**
 * Refuses safeguarding data smaller than the manifest records (unless it
 * matches the checksum): every shortfall is pushed as a problem for staff.
 */
export function checkManifest(manifest: Manifest, data: SafeguardingData, problems: KbProblem[]): void {
  if (manifestMatches(manifest, data.text)) return;
  const floors = manifest[SAFEGUARDING_FILE];
  const now = measure(data);
  const short = (field: string, what: string): void => {
    problems.push({ file: SAFEGUARDING_FILE, field, message: `${what}. ${WHAT_TO_DO}` });
  };
  for (const [id, rules] of Object.entries(floors.situations)) {
    const left = now.situations[id] ?? 0;
    if (left < rules) short(`situations › ${id} › rules`, `còn ${left} quy tắc, ít hơn ${rules} quy tắc ghi trong ${MANIFEST_FILE}`);
  }
  for (const [name, phrases] of Object.entries(floors.concepts)) {
    const left = now.concepts[name];
    if (left === undefined) short(`concepts › ${name}`, `khái niệm này có trong ${MANIFEST_FILE} nhưng không còn trong tệp`);
    else if (left < phrases) short(`concepts › ${name}`, `còn ${left} cụm từ, ít hơn ${phrases} cụm từ ghi trong ${MANIFEST_FILE}`);
  }
  if (now.neutral < floors.neutral) short('neutral', `còn ${now.neutral} cụm, ít hơn ${floors.neutral} cụm ghi trong ${MANIFEST_FILE}`);
  if (now.english_words < floors.english_words) {
    short('english_words', `còn ${now.english_words} từ, ít hơn ${floors.english_words} từ ghi trong ${MANIFEST_FILE}`);
  }
  if (floors.classifier && !now.classifier) {
    problems.push({
      file: 'safeguarding-model.json',
      message: `thiếu tệp bộ phân loại thống kê, mà ${MANIFEST_FILE} ghi là phải có. Hãy tải tệp này lên (hoặc chạy npm run train:safeguarding).`,
    });
  }
}
