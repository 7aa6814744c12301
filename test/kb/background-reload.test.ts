import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { KnowledgeStore, loadKnowledge } from '../../src/knowledge.ts';
import { fixedClock } from '../../src/clock.ts';
import { checkKnowledgeFolder } from '../../src/knowledge-worker.ts';
import { unpackEntriesInSteps } from '../../src/kb/entry-transfer.ts';
import { runSteps } from '../../src/kb/steps.ts';
import { silentLogger } from '../../src/log.ts';
import { copyKnowledge } from '../helpers/kb.ts';
import { parseEvalLines } from '../../src/eval.ts';
import { tokenize } from '../../src/text/normalize.ts';

// The stores share one checking worker, whose modules load under tsx: slow on a loaded machine.
describe('reloading in the background', { timeout: 60_000 }, () => {
  it('checks a broken folder in the worker and names the file, without touching what is served', async () => {
    const dir = copyKnowledge();
    const logger = silentLogger();
    const errors = vi.spyOn(logger, 'error');
    const store = new KnowledgeStore(dir, logger);
    const before = store.current;
    try {
      const file = join(dir, 'entries', 'hotline.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^id: hotline$/m, 'id: Hot Line!'));
      expect(await store.reloadInBackground()).toBe(false);
      expect(store.current).toBe(before);
      expect(String(errors.mock.calls[0]?.[1])).toContain('entries/hotline.yaml');
    } finally {
      store.close();
    }
  });

  it('keeps the rendered entries of unchanged files, and renders them again when the center or the figures in force changed', async () => {
    const dir = copyKnowledge();
    const clock = fixedClock(new Date('2025-06-30T03:00:00Z'));
    const store = new KnowledgeStore(dir, silentLogger(), { clock });
    const hotline = join(dir, 'entries', 'hotline.yaml');
    const original = readFileSync(hotline, 'utf8');
    let edits = 0;
    const editHotline = (): void =>
      writeFileSync(hotline, original.replace(/^title: .*$/m, `title: Tổng đài, bản sửa ${++edits}`));
    const freshEntries = () => [...loadKnowledge(dir, { now: clock.now() }).entries];
    try {
      const first = store.current;
      editHotline();
      expect(await store.reloadInBackground()).toBe(true);
      const second = store.current;
      expect(second.entries.get('emergency') === first.entries.get('emergency')).toBe(true);
      expect(second.entries.get('hotline') === first.entries.get('hotline')).toBe(false);
      expect([...second.entries]).toEqual(freshEntries());

      const center = join(dir, 'center.yaml');
      writeFileSync(center, readFileSync(center, 'utf8').replace('hotline: 1800 1769', 'hotline: 1800 0000'));
      expect(await store.reloadInBackground()).toBe(true);
      const third = store.current;
      expect(third.entries.get('emergency')?.answer).toContain('1800 0000');
      expect([...third.entries]).toEqual(freshEntries());

      // The social pension comes into force on 1 July 2025: the day after, its entry reads differently.
      clock.set(new Date('2025-07-02T03:00:00Z'));
      editHotline();
      expect(await store.reloadInBackground()).toBe(true);
      const fourth = store.current;
      expect(fourth.entries.get('elderly-allowance')?.answer).not.toBe(third.entries.get('elderly-allowance')?.answer);
      expect([...fourth.entries]).toEqual(freshEntries());
    } finally {
      store.close();
    }
  });

  it('keeps the safeguarding section when only an entry changed, and rebuilds it when safeguarding.yaml did', async () => {
    const dir = copyKnowledge();
    const store = new KnowledgeStore(dir, silentLogger());
    try {
      const first = store.current;
      const file = join(dir, 'entries', 'hotline.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Tổng đài mới của trung tâm'));
      expect(await store.reloadInBackground()).toBe(true);
      const second = store.current;
      expect(second.entries.get('hotline')?.title).toBe('Tổng đài mới của trung tâm');
      // Only the edited file's entry came from the worker; the others are the served snapshot's own.
      const parsedEntry = (snapshot: typeof first, id: string) => snapshot.source.entries.find((e) => e.id === id);
      const kept = first.source.entries.find((e) => e.id !== 'hotline')?.id ?? '';
      expect(parsedEntry(second, kept) === parsedEntry(first, kept)).toBe(true);
      expect(parsedEntry(second, 'hotline') === parsedEntry(first, 'hotline')).toBe(false);
      expect(second.source.entries.map((e) => e.file)).toEqual(first.source.entries.map((e) => e.file));
      expect(second.safeguarding).toBe(first.safeguarding);
      // The classifier model is not sent back from the worker when its file is unchanged.
      expect(second.source.safeguardingModel).toBe(first.source.safeguardingModel);
      // Nor the intent model (2.9 MB), and the classifier built from it is kept.
      expect(second.source.intentModel).toBeDefined();
      expect(second.source.intentModel).toBe(first.source.intentModel);
      expect(second.intents?.classifier).toBe(first.intents?.classifier);

      const safeguarding = join(dir, 'safeguarding.yaml');
      writeFileSync(safeguarding, `${readFileSync(safeguarding, 'utf8')}\n# rà soát lại\n`);
      expect(await store.reloadInBackground()).toBe(true);
      // Not `.not.toBe`: on different objects it deep-compares them for its hint, seconds for a whole section.
      expect(store.current.safeguarding === first.safeguarding).toBe(false);
      expect(store.current.source.safeguardingModel).toEqual(first.source.safeguardingModel);

      const intentModel = join(dir, 'intent-model.json');
      writeFileSync(intentModel, `${readFileSync(intentModel, 'utf8')}\n`);
      expect(await store.reloadInBackground()).toBe(true);
      expect(store.current.source.intentModel === first.source.intentModel).toBe(false);
      expect(store.current.source.intentModel).toEqual(first.source.intentModel);
      expect(store.current.intents?.classifier === first.intents?.classifier).toBe(false);
    } finally {
      store.close();
    }
  });

  it('keeps the lexicon, the eligibility rules and the person-ask reader while their inputs are unchanged, and builds them anew when they change', async () => {
    const dir = copyKnowledge();
    const store = new KnowledgeStore(dir, silentLogger());
    const folded = (snapshot: typeof store.current, text: string): string[] =>
      snapshot.lexicon.dropFillers(snapshot.lexicon.rewrite(tokenize(text))).map((t) => t.folded);
    /** Edits one file of the copy and reloads it in the background; the snapshot then served. */
    const edited = async (file: string, from: string | RegExp, to: string): Promise<typeof store.current> => {
      const path = join(dir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
      expect(await store.reloadInBackground()).toBe(true);
      return store.current;
    };
    try {
      const first = store.current;
      const second = await edited('entries/hotline.yaml', /^title: .*$/m, 'title: Tổng đài đã sửa');
      expect(second.entries.get('hotline')?.title).toBe('Tổng đài đã sửa');
      expect(second.lexicon === first.lexicon).toBe(true);
      expect(second.eligibility === first.eligibility).toBe(true);
      expect(second.personAsks === first.personAsks).toBe(true);

      // An edit to the eligibility file takes effect; the lexicon stays.
      const third = await edited(
        'eligibility.yaml',
        'default_subject: người được kiểm tra',
        'default_subject: người cần hỏi',
      );
      expect(third.eligibility?.texts.default_subject).toBe('người cần hỏi');
      expect(third.lexicon === first.lexicon).toBe(true);

      // The rules render the center's hotline: a center edit builds them again.
      const fourth = await edited('center.yaml', 'hotline: 1800 1769', 'hotline: 1800 0000');
      expect(fourth.eligibility?.texts.stopped).toContain('1800 0000');
      expect(third.eligibility?.texts.stopped).not.toContain('1800 0000');

      // An edit to the lexicon takes effect, in the lexicon and in the person-ask reader built from it.
      expect(folded(fourth, 'zzqk')).toEqual(['zzqk']);
      const fifth = await edited('lexicon.yaml', 'replacements:\n', 'replacements:\n  - from: [zzqk]\n    to: không\n');
      expect(folded(fifth, 'zzqk')).toEqual(folded(fifth, 'không'));
      expect(fifth.lexicon === fourth.lexicon).toBe(false);
      expect(fifth.personAsks === fourth.personAsks).toBe(false);
      expect(fifth.eligibility === fourth.eligibility).toBe(true);
    } finally {
      store.close();
    }
  });

  it("keeps the agencies' recognisers while their files are unchanged, and builds them anew when agencies.yaml changes", async () => {
    const dir = copyKnowledge();
    const store = new KnowledgeStore(dir, silentLogger());
    try {
      const first = store.current;
      const file = join(dir, 'entries', 'hotline.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(/^answer: \|\n/m, 'answer: |\n  Gọi ngay cho tổng đài.\n'),
      );
      expect(await store.reloadInBackground()).toBe(true);
      const second = store.current;
      expect(second.entries.get('hotline')?.answer).toContain('Gọi ngay cho tổng đài.');
      expect(second.agencies?.matcher).toBe(first.agencies?.matcher);
      expect(second.agencies?.brandContact).toBe(first.agencies?.brandContact);

      const agencies = join(dir, 'agencies.yaml');
      writeFileSync(agencies, `${readFileSync(agencies, 'utf8')}\n# rà soát lại\n`);
      expect(await store.reloadInBackground()).toBe(true);
      const third = store.current;
      // Not `.not.toBe`: on different objects it deep-compares them for its hint.
      expect(third.agencies?.matcher === first.agencies?.matcher).toBe(false);
      expect(third.agencies?.brandContact === first.agencies?.brandContact).toBe(false);
      expect(third.agencies?.entryCues).toEqual(first.agencies?.entryCues);
    } finally {
      store.close();
    }
  });

  it('serves a snapshot compiled in slices that answers exactly like one compiled at once', async () => {
    const dir = copyKnowledge();
    const store = new KnowledgeStore(dir, silentLogger());
    try {
      const atOnce = store.current;
      expect(await store.reloadInBackground()).toBe(true);
      const inSlices = store.current;
      expect(inSlices === atOnce).toBe(false);
      expect([...inSlices.entries.values()]).toEqual([...atOnce.entries.values()]);
      const questions = parseEvalLines(readFileSync(join(import.meta.dirname, '../eval/dev.jsonl'), 'utf8')).map(
        (row) => row.q,
      );
      for (const question of questions)
        expect(inSlices.matcher.rank(question, 10), question).toEqual(atOnce.matcher.rank(question, 10));
      // The matchers, agency cues and intent standing were built by the worker and moved here.
      expect(inSlices.matcher.packedIndex()).toEqual(atOnce.matcher.packedIndex());
      expect(inSlices.englishMatcher.packedIndex()).toEqual(atOnce.englishMatcher.packedIndex());
      expect(inSlices.agencies?.entryCues).toEqual(atOnce.agencies?.entryCues);
      const { classifier: _served, ...standing } = inSlices.intents ?? {};
      const { classifier: _first, ...standingAtOnce } = atOnce.intents ?? {};
      expect(standing).toEqual(standingAtOnce);
    } finally {
      store.close();
    }
  });

  it('drops its result when a reload started later has already swapped', async () => {
    const dir = copyKnowledge();
    const store = new KnowledgeStore(dir, silentLogger());
    try {
      const file = join(dir, 'entries', 'hotline.yaml');
      const original = readFileSync(file, 'utf8');
      writeFileSync(file, original.replace(/^title: .*$/m, 'title: Bản đọc trong nền'));
      const background = store.reloadInBackground();
      writeFileSync(file, original.replace(/^title: .*$/m, 'title: Bản đọc sau'));
      expect(store.reload()).toBe(true);
      expect(await background).toBe(false);
      expect(store.current.entries.get('hotline')?.title).toBe('Bản đọc sau');
    } finally {
      store.close();
    }
  });

  it('answers with the problems of a broken folder, or with its parsed files', () => {
    const dir = copyKnowledge();
    const now = new Date().toISOString();
    const good = checkKnowledgeFolder({ dir, now });
    const entries = good.ok ? runSteps(unpackEntriesInSteps(good.entryChunks)) : [];
    expect(entries.length).toBeGreaterThan(30);
    // The language indexes it built, to move to the main thread: one matcher row per entry.
    expect(good.ok && good.nlp.matcher.ids).toEqual(entries.map((entry) => (entry as { id: string }).id));
    // Against a served snapshot of the same files, no entry is sent again, and every entry's file is named in order.
    const same = good.ok ? checkKnowledgeFolder({ dir, now, previousDigests: good.digests }) : good;
    expect(same.ok && same.entryChunks).toEqual([]);
    expect(same.ok && same.entryFiles).toEqual(entries.map((entry) => (entry as { file: string }).file));
    writeFileSync(join(dir, 'center.yaml'), 'name: X\n');
    const broken = checkKnowledgeFolder({ dir, now });
    expect(broken.ok).toBe(false);
    expect('problems' in broken && broken.problems.some((p) => p.file === 'center.yaml')).toBe(true);
  });
});
