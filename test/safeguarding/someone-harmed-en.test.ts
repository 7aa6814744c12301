/**
 * Session 47 (issue 10): someone in particular harmed as a pattern, told in English with a help question ("my friend
 * is being beaten by her husband, is there any help for her", "one of my students told me a relative touches her"), is
 * that person's story, not a question about violence in general; general questions about nobody stay informational.
 */
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

describe('safeguarding: session 47, someone in particular harmed, told in English with a help question', () => {
  it.each([
    ['My Vietnamese neighbor is being beaten by his father. Is there any help for him?', 'violence'],
    ['My Vietnamese colleague is being beaten by her husband. Is there a shelter for her?', 'violence'],
    ['My Vietnamese coworker is being beaten by her husband. Where can she get legal advice?', 'violence'],
    ['A friend of mine is being beaten by his wife. Where can he get help?', 'violence'],
    ['A friend of mine is being beaten by her husband almost every week. Who can she talk to?', 'violence'],
    ['One of my students told me her stepfather touches her in ways that scare her. Who should I call?', 'child-abuse'],
    [
      'I coach a swimming club. One of my 10-year-old students told me an uncle touches her in ways she hates. What should I do?',
      'child-abuse',
    ],
  ])('"%s" is a disclosure, never a topic', (text, situation) => {
    const result = detect(text);
    expect(result?.outcome).toBe('disclosure');
    expect(result?.situation).toBe(situation);
  });

  it('a child told of names 111 first', () => {
    const result = detect(
      'I tutor kids after school. One of my 8-year-old pupils told me a grown-up cousin touches her in ways she does not like. What can I do?',
    );
    expect(result?.outcome).toBe('disclosure');
    expect(result?.child).toBe(true);
    expect(result?.numbers[0]).toBe('111');
  });

  it.each([
    'Is there any help for women who are being beaten by their husbands?',
    'How do I know if a student is being abused at home?',
    'What should I do if a child tells me someone touches her?',
    'Where can victims of domestic violence get counselling in Vietnam?',
    "I'm doing a school project on domestic violence. Is there any help for victims?",
    'What should a teacher do when a student is being beaten by a parent?',
    'One of my questions is how to report a woman who is being beaten by her husband.',
  ])('"%s" about nobody in particular is no disclosure and no emergency', (text) => {
    const outcome = detect(text)?.outcome;
    expect(outcome).not.toBe('disclosure');
    expect(outcome).not.toBe('danger-now');
  });
});
