/**
 * The parsed files a reload need not send from the check worker: a section
 * whose file is unchanged since the served snapshot is the served snapshot's
 * own (a parsed file is never changed once parsed). Sent again, the
 * safeguarding file alone is 270 kB of objects cloned in one task on the main
 * thread, and all of them are young objects the next collection copies.
 */
import type { KnowledgeSource } from './load.ts';

/** The file each section of the parsed files is parsed from (all of it, and from nothing else). */
const SECTION_FILES = {
  center: 'center.yaml',
  ui: 'ui.yaml',
  lexicon: 'lexicon.yaml',
  safeguarding: 'safeguarding.yaml',
  eligibility: 'eligibility.yaml',
  figures: 'figures.yaml',
  events: 'events.yaml',
  agencies: 'agencies.yaml',
} as const;

/** A section of the parsed files that the worker may leave out. */
export type KeptSection = keyof typeof SECTION_FILES;

/** Every section the worker may leave out. */
export const KEPT_SECTIONS = Object.keys(SECTION_FILES) as KeptSection[];

/** The parsed files with the kept sections left out. */
export type SourceWithoutKept = Omit<KnowledgeSource, KeptSection> & Partial<Pick<KnowledgeSource, KeptSection>>;

/** The sections whose file has the same digest as in the served snapshot (a file absent from either is never kept). */
export function keptSections(
  digests: Readonly<Record<string, string>>,
  servedDigests: Readonly<Record<string, string>> | undefined,
): KeptSection[] {
  return KEPT_SECTIONS.filter((section) => {
    const digest = digests[SECTION_FILES[section]];
    return digest !== undefined && servedDigests?.[SECTION_FILES[section]] === digest;
  });
}

/** The parsed files without the kept sections, to send. */
export function withoutKept<S extends Partial<Pick<KnowledgeSource, KeptSection>>>(
  source: S,
  kept: readonly KeptSection[],
): S {
  const sent: S = { ...source };
  for (const section of kept) delete sent[section];
  return sent;
}

/** The parsed files again, the kept sections taken from the served snapshot's. */
export function withServedSections(
  sent: SourceWithoutKept,
  kept: readonly KeptSection[],
  served: KnowledgeSource,
): KnowledgeSource {
  const source = { ...sent } as Record<string, unknown>;
  for (const section of kept) source[section] = served[section];
  return source as unknown as KnowledgeSource;
}
