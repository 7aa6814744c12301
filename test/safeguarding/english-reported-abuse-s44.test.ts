// English reports of abuse of someone in particular, told as a habit or a partner's control, then where to get help
// (session 44, issue 10): a disclosure (111 first for a child), never a topic left at a fallback. Anything of now keeps
// danger now; nobody in particular, or an everyday "hits"/"controls", raises nothing new.
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const detect = (text: string) => kb.safeguarding.detector.detect(text);

describe('English reported abuse of someone in particular (session 44)', () => {
  it.each([
    ['My neighbour’s boyfriend beats her almost every weekend. Who can she talk to?', 'violence'],
    ['One of my pupils says her stepfather hits her when he drinks. Who should I report this to?', 'child-abuse'],
    ["I'm worried my Vietnamese neighbour is being abused by her husband, where can she find a shelter?", 'violence'],
    ['my boyfriend takes all my salary and won’t let me see my family. what should I do', 'violence'],
    ['my wife controls all the money and doesn’t let me see my friends anymore, who can I talk to', 'violence'],
    ['My Vietnamese coworker’s husband hits her, where can she get legal advice?', 'violence'],
  ])('%s → disclosure', (text, situation) => {
    const found = detect(text);
    expect(found?.outcome).toBe('disclosure');
    expect(found?.situation).toBe(situation);
  });

  it.each([
    [
      "I'm a foreign teacher at a school in Hai Phong. One of my students told me her father hits her. Is there a hotline to report child abuse in Vietnam?",
      'child-abuse',
    ],
    [
      "My Vietnamese friend's husband hits her but she's afraid to go to the police. Where can she get confidential advice and support?",
      'violence',
    ],
    [
      'I think my Vietnamese colleague is being abused by her husband. She has bruises on her arms. Where can she get help?',
      'violence',
    ],
    ["my husband controls all the money and won't let me see my friends, what can I do", 'violence'],
  ])('issue 10: %s → disclosure', (text, situation) => {
    const found = detect(text);
    expect(found?.outcome).toBe('disclosure');
    expect(found?.situation).toBe(situation);
  });

  it('a child told of by a pupil gets 111', () => {
    const found = detect('My student told me her father hits her, who should I tell?');
    expect(found?.outcome).toBe('disclosure');
    expect(found?.numbers[0]).toBe('111');
  });

  it.each([
    'my friend’s husband is hitting her right now, where can she get help',
    'my friend’s husband beats her and he has a knife now, where can she go',
    'one of my students says her father hits her and he will kill her tonight, who do I call',
    'my sister’s husband hits her, she is bleeding, where is the hospital',
  ])('%s → danger now', (text) => {
    expect(detect(text)?.outcome).toBe('danger-now');
  });

  it.each([
    'Is there a hotline to report child abuse in Vietnam?',
    'my colleague hits the gym every day',
    'my friend’s husband controls the TV remote lol',
    'my husband controls the money in our house because he is better at budgeting, how do I open my own bank account',
    'my mom won’t let me see my friends this weekend because of exams',
    'where can a woman who is abused by her husband get help in Vietnam',
  ])('%s → no disclosure or alarm', (text) => {
    const outcome = detect(text)?.outcome;
    expect(outcome === 'disclosure' || outcome === 'danger-now').toBe(false);
  });
});
