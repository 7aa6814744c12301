/**
 * Session 45 (issue 10): "kill themselves" after a wish or an attempt, and the singular "kill themself", were no suicide
 * words ("my roommate says they want to kill themselves" raised nothing, while "kill himself" did). A bare "kill
 * themselves" stays unheard: it is often a figure ("kill themselves laughing") or about animals.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();

describe('"kill themselves" after a wish or an attempt is suicide', () => {
  it.each([
    'my roommate says they want to kill themselves',
    'my partner keeps saying they are going to kill themselves if I leave',
    'a classmate posted that they want to kill themselves and now she is not answering',
    'my teenager tried to kill themself last night and is home with me now, they say they will try again',
    'my friend is trying to kill themselves, they locked the bathroom door',
  ])('"%s" is suicide, danger now', (text) => {
    const r = findAnswer(kb, text);
    expect(r.safeguarding?.situation).toBe('suicide');
    expect(r.safeguarding?.outcome).toBe('danger-now');
    expect(r.crisis).toBe(true);
  });

  it('helping someone who wants to kill themselves is heard (a check-in, never a plain fallback)', () => {
    const r = findAnswer(kb, 'how can I help someone who wants to kill themselves');
    expect(r.safeguarding?.situation).toBe('suicide');
    expect(r.concern ?? r.outcome === 'answer').toBeTruthy();
  });

  it.each([
    'the characters kill themselves laughing in that comedy',
    'players kill themselves by falling off the map in this game',
    'the ants kill themselves to protect the colony, is that true',
    'they kill themselves working overtime every week',
    'do lemmings really kill themselves',
  ])('"%s" raises no emergency screen', (text) => {
    expect(findAnswer(kb, text).crisis).toBe(false);
  });
});
