import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyKnowledge, problemsOfLoading } from '../helpers/kb.ts';

/** The problems of loading a copy whose `file` (a trained model) was changed by `edit`. */
function problemsAfterEditing(file: string, edit: (model: { network: Record<string, unknown[]> }) => void) {
  const dir = copyKnowledge();
  const path = join(dir, file);
  const model = JSON.parse(readFileSync(path, 'utf8'));
  edit(model);
  writeFileSync(path, JSON.stringify(model));
  return problemsOfLoading(dir);
}

describe('trained model files', () => {
  it('rejects a weight that is not a number, naming the file and the field', () => {
    const problems = problemsAfterEditing('safeguarding-model.json', (model) => {
      (model.network.perceptrons?.[0] as unknown[])[0] = 'x';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'safeguarding-model.json', field: 'network › perceptrons' }),
    );
  });

  it('rejects a feature that is not a string in the intent model', () => {
    const problems = problemsAfterEditing('intent-model.json', (model) => {
      model.network.features?.push(7);
    });
    expect(problems.some((p) => p.file === 'intent-model.json')).toBe(true);
  });
});
