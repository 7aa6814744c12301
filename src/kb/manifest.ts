/**
 * knowledge/manifest.yaml: how complete the safety-critical data was when
 * staff last checked it. A slow or broken upload (SFTP) can leave
 * safeguarding.yaml or lexicon.yaml cut short but still valid YAML, silently
 * dropping cues, rules or spellings; such a file passes every schema, so it
 * is measured instead. The manifest keeps, per concept and per situation,
 * how many cue phrases, rules and emergency numbers there were, the
 * lexicon's sizes, and each file's sha256. A file that matches its checksum
 * is complete; one edited since may grow freely, but is refused when any
 * count falls below the manifest's (a floor). Staff who remove cues on
 * purpose write a new manifest with `npm run kb:check -- --write-manifest`.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { z } from 'zod';
import type { KbProblem } from './problems.ts';
import type { SafeguardingFile } from './safeguarding-schema.ts';
import type { LexiconFile } from './schema.ts';

/** The manifest's file name, in the knowledge folder. */
export const MANIFEST_FILE = 'manifest.yaml';

const SAFEGUARDING_FILE = 'safeguarding.yaml';
const LEXICON_FILE = 'lexicon.yaml';
const count = z.number().int().min(0);
const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/** What the manifest records about safeguarding.yaml (and its trained classifier). */
const safeguardingFloorsSchema = z.strictObject({
  /** sha256 of the file as checked: equal means complete, whatever the counts. */
  sha256: sha256Schema,
  /** Whether safeguarding-model.json must be present. */
  classifier: z.boolean(),
  /** Rules and emergency numbers per situation. */
  situations: z.record(z.string(), z.strictObject({ rules: count, numbers: count })),
  /** Cue phrases per concept (`phrases` and `exact` together). */
  concepts: z.record(z.string(), count),
  neutral: count,
  english_words: count,
});

/** What it records about lexicon.yaml, through which the safeguarding layer also reads ("ck" → "chồng"). */
const lexiconFloorsSchema = z.strictObject({
  sha256: sha256Schema,
  replacements: count,
  /** Spellings rewritten, over all replacements. */
  replacement_phrases: count,
  fillers: count,
  end_particles: count,
});

/** The shape of manifest.yaml. */
export const manifestSchema = z.strictObject({
  [SAFEGUARDING_FILE]: safeguardingFloorsSchema,
  [LEXICON_FILE]: lexiconFloorsSchema,
});
export type Manifest = z.infer<typeof manifestSchema>;

/** The safety-critical files as read from disk: their text, their parsed form, and whether the classifier came with them. */
export interface SafetyData {
  safeguarding: { text: string; file: SafeguardingFile; hasModel: boolean };
  lexicon: { text: string; file: LexiconFile };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The manifest for the safety-critical files as they are now. */
export function buildManifest(data: SafetyData): Manifest {
  const { file } = data.safeguarding;
  const situations: Record<string, { rules: number; numbers: number }> = {};
  for (const [id, situation] of Object.entries(file.situations))
    situations[id] = { rules: situation.rules.length, numbers: situation.numbers.length };
  const concepts: Record<string, number> = {};
  for (const [name, concept] of Object.entries(file.concepts)) {
    concepts[name] = Array.isArray(concept) ? concept.length : concept.phrases.length + concept.exact.length;
  }
  const lexicon = data.lexicon.file;
  return {
    [SAFEGUARDING_FILE]: {
      sha256: sha256(data.safeguarding.text),
      classifier: data.safeguarding.hasModel,
      situations,
      concepts,
      neutral: file.neutral.length,
      english_words: file.english_words.length,
    },
    [LEXICON_FILE]: {
      sha256: sha256(data.lexicon.text),
      replacements: lexicon.replacements.length,
      replacement_phrases: lexicon.replacements.reduce((sum, r) => sum + r.from.length, 0),
      fillers: lexicon.fillers.length,
      end_particles: lexicon.end_particles.length,
    },
  };
}

/** manifest.yaml's text, with a header telling staff what it is and how to renew it. */
export function renderManifest(manifest: Manifest): string {
  return [
    '# Tệp này do máy viết, đừng sửa tay. Ghi lại bằng: npm run kb:check -- --write-manifest',
    '# Trợ lý chỉ nhận safeguarding.yaml và lexicon.yaml khi tệp khớp mã sha256 dưới đây, hoặc khi',
    '# không mục nào ít hơn số ghi ở đây (tệp tải lên dở dang sẽ bị từ chối).',
    stringify(manifest, { lineWidth: 0 }).trimEnd(),
    '',
  ].join('\n');
}

/** True when both files are byte for byte those the manifest was written from. */
export function manifestMatches(manifest: Manifest, data: SafetyData): boolean {
  return (
    manifest[SAFEGUARDING_FILE].sha256 === sha256(data.safeguarding.text) &&
    manifest[LEXICON_FILE].sha256 === sha256(data.lexicon.text)
  );
}

const WHAT_TO_DO =
  'Có thể tệp chưa tải lên xong hoặc bị cắt cụt: hãy tải lại nguyên tệp. Nếu anh/chị cố ý xóa bớt, chạy npm run kb:check -- --write-manifest để ghi lại manifest.yaml.';

/**
 * Refuses safety-critical files smaller than the manifest records (a file
 * that matches its checksum is complete): every shortfall is pushed as a
 * problem for staff.
 */
export function checkManifest(manifest: Manifest, data: SafetyData, problems: KbProblem[]): void {
  const now = buildManifest(data);
  const atLeast = (file: string, field: string, left: number | undefined, floor: number, unit: string): void => {
    if (left === undefined) {
      problems.push({
        file,
        field,
        message: `mục này có trong ${MANIFEST_FILE} nhưng không còn trong tệp. ${WHAT_TO_DO}`,
      });
    } else if (left < floor) {
      problems.push({
        file,
        field,
        message: `còn ${left} ${unit}, ít hơn ${floor} ${unit} ghi trong ${MANIFEST_FILE}. ${WHAT_TO_DO}`,
      });
    }
  };
  const floors = manifest[SAFEGUARDING_FILE];
  const safeguarding = now[SAFEGUARDING_FILE];
  if (floors.sha256 !== safeguarding.sha256) {
    const file = SAFEGUARDING_FILE;
    for (const [id, floor] of Object.entries(floors.situations)) {
      const left = safeguarding.situations[id];
      atLeast(file, `situations › ${id} › rules`, left?.rules, floor.rules, 'quy tắc');
      if (left) atLeast(file, `situations › ${id} › numbers`, left.numbers, floor.numbers, 'số khẩn cấp');
    }
    for (const [name, floor] of Object.entries(floors.concepts))
      atLeast(file, `concepts › ${name}`, safeguarding.concepts[name], floor, 'cụm từ');
    atLeast(file, 'neutral', safeguarding.neutral, floors.neutral, 'cụm');
    atLeast(file, 'english_words', safeguarding.english_words, floors.english_words, 'từ');
  }
  if (floors.classifier && !safeguarding.classifier) {
    problems.push({
      file: 'safeguarding-model.json',
      message: `thiếu tệp bộ phân loại thống kê, mà ${MANIFEST_FILE} ghi là phải có. Hãy tải tệp này lên (hoặc chạy npm run train:safeguarding).`,
    });
  }
  const lexiconFloors = manifest[LEXICON_FILE];
  const lexicon = now[LEXICON_FILE];
  if (lexiconFloors.sha256 !== lexicon.sha256) {
    atLeast(LEXICON_FILE, 'replacements', lexicon.replacements, lexiconFloors.replacements, 'mục thay thế');
    atLeast(
      LEXICON_FILE,
      'replacements › from',
      lexicon.replacement_phrases,
      lexiconFloors.replacement_phrases,
      'cách viết',
    );
    atLeast(LEXICON_FILE, 'fillers', lexicon.fillers, lexiconFloors.fillers, 'từ đệm');
    atLeast(LEXICON_FILE, 'end_particles', lexicon.end_particles, lexiconFloors.end_particles, 'từ cuối câu');
  }
}
