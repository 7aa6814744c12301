/**
 * `npm run bench:direct-gate [-- --list]`: how the answer gate does on the readable labelled sets (the tune sets,
 * dev, extra, referral and the intent training corpora; never a holdout): per set, in scope, answered directly and
 * confident wrong; with `--list`, one JSON line per did-you-mean whose first entry was right and per confident wrong
 * answer (and, to weigh the cost of answering more, per did-you-mean whose first entry was wrong), with the evidence the gate saw, to study what tells them apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEvalLines } from '../src/eval.ts';
import { loadKnowledge } from '../src/knowledge.ts';
import { DEFAULT_BLEND } from '../src/nlp/blend.ts';
import { DEFAULT_ENGINE_CONFIG, createAnswerEngine, readQuestion } from '../src/nlp/engine.ts';
import { tokenize } from '../src/text/normalize.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Every readable question set: the eval sets less the holdouts (never read here) and the conversations, then the training corpora. */
const SETS = [
  ...readdirSync(resolve(ROOT, 'test/eval'))
    .filter((f) => f.endsWith('.jsonl') && !/holdout|conversations/.test(f))
    .sort(),
  ...readdirSync(resolve(ROOT, 'test/eval/train'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => `train/${f}`),
].map((f) => f.replace(/\.jsonl$/, ''));

const list = process.argv.includes('--list');
// `--set name=value` tries a gate setting (DEFAULT_BLEND's names) instead of the default.
const blend = { ...DEFAULT_BLEND };
for (const arg of process.argv.slice(2).filter((a) => a.includes('='))) {
  const [name, value] = arg.split('=');
  if (name && name in blend) Object.assign(blend, { [name]: Number(value) });
}
const config = { ...DEFAULT_ENGINE_CONFIG, blend };
const kb = loadKnowledge(resolve(ROOT, 'knowledge'));
const engine = createAnswerEngine({ cacheSize: 0 });
/** Each entry's folded syllables (title, questions, keywords), as the matcher reads them; and in how many entries each is. */
const vocabulary = new Map<string, Set<string>>();
const entriesWith = new Map<string, number>();
for (const entry of kb.entries.values()) {
  const words = new Set<string>();
  for (const text of [entry.title, ...entry.questions, ...entry.keywords])
    for (const t of kb.lexicon.dropFillers(kb.lexicon.rewrite(tokenize(text)))) words.add(t.folded);
  vocabulary.set(entry.id, words);
  for (const w of words) entriesWith.set(w, (entriesWith.get(w) ?? 0) + 1);
}
const pct = (n: number, of: number): string => `${((n / Math.max(1, of)) * 100).toFixed(1)}%`;
const totals = { inScope: 0, right: 0, direct: 0, rows: 0, wrong: 0 };

for (const set of SETS) {
  const file = resolve(ROOT, `test/eval/${set}.jsonl`);
  if (/holdout/.test(file)) continue;
  const rows = parseEvalLines(readFileSync(file, 'utf8'), file);
  let inScope = 0;
  let right = 0;
  let direct = 0;
  let counted = 0;
  let wrong = 0;
  for (const row of rows) {
    const r = engine.find(kb, row.q, config);
    if (row.expect !== 'emergency') {
      counted++;
      if (r.outcome === 'answer' && r.entryId !== row.expect) {
        wrong++;
        if (list) report('wrong', set, row.q, row.expect, r);
      }
    }
    if (list && r.outcome === 'did-you-mean' && r.entryId !== row.expect)
      report('dym-wrong', set, row.q, row.expect, r);
    if (row.expect === null) continue;
    inScope++;
    if (r.entryId === row.expect) {
      right++;
      if (r.outcome === 'answer') direct++;
      else if (list && r.outcome === 'did-you-mean') report('dym-right', set, row.q, row.expect, r);
    }
  }
  totals.inScope += inScope;
  totals.right += right;
  totals.direct += direct;
  totals.rows += counted;
  totals.wrong += wrong;
  if (!list) {
    process.stdout.write(
      `${set.padEnd(16)} in scope ${pct(right, inScope)} directly ${pct(direct, inScope)} (${direct}/${inScope}) ` +
        `confident wrong ${pct(wrong, counted)} (${wrong}/${counted})\n`,
    );
  }
}
if (!list) {
  const { inScope, right, direct, rows, wrong } = totals;
  process.stdout.write(
    `${'all'.padEnd(16)} in scope ${pct(right, inScope)} directly ${pct(direct, inScope)} (${direct}/${inScope}) ` +
      `confident wrong ${pct(wrong, rows)} (${wrong}/${rows})\n`,
  );
}

function report(kind: string, set: string, q: string, expect: string | null, r: ReturnType<typeof engine.find>): void {
  const reading = readQuestion(kb, q);
  const own = vocabulary.get(r.entryId ?? '') ?? new Set<string>();
  const words = [...new Set(kb.matcher.correct(reading.syllables))];
  const scores = kb.intents?.classifier.classify(words, reading.accented);
  const top = scores ? [...scores.entries].sort((a, b) => b[1] - a[1]).slice(0, 2) : [];
  const classes = top.map(([id, p]) => `${id}:${p.toFixed(2)}`);
  const uncovered = words.filter((w) => !own.has(w)).map((w) => `${w}/${entriesWith.get(w) ?? 0}`);
  process.stdout.write(
    `${JSON.stringify({
      kind,
      set,
      q,
      expect,
      got: r.entryId,
      score: Number(r.score.toFixed(3)),
      alts: r.alternatives.map((c) => `${c.id}:${c.score.toFixed(3)}`),
      blend: r.blend,
      sg: r.safeguarding?.outcome ?? null,
      concern: r.concern !== undefined,
      syllables: reading.length,
      uncovered,
      classes,
      oos: scores ? Number(scores.outOfScope.toFixed(2)) : null,
    })}\n`,
  );
}
