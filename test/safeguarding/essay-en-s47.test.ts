/**
 * Session 47 (issue 10: no emergency screen on an informational mention): writing an essay about a danger, said in
 * English, is research, like "tiểu luận" in Vietnamese. "I'm writing an essay about trafficking" got the emergency
 * screen. Danger told beside the essay stays danger now: "I am standing on the roof and I am going to jump now, my
 * essay is due tomorrow" was informational through "my essay" (`topic_undone.wish` now hears `own_state_told`).
 */
import { describe } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe('an essay about a danger, in English (session 47)', () => {
  itRaisesNoCrisis(reply, [
    "I'm writing an essay about trafficking",
    'I am writing an essay on child abuse in Vietnam, is there any data',
    'for my essay I need to know how trafficking victims are helped',
    'writing an essay about domestic violence for my sociology class',
    'my essay is about suicide prevention among students, who can I interview',
  ]);
  itRepliesDangerNow(
    reply,
    [
      'I am writing an essay about suicide but honestly I want to die tonight',
      'my essay is due tomorrow but I am standing on the roof and I am going to jump now',
      'I am standing on the roof and I am going to jump now, my essay is due tomorrow',
      'I was writing an essay when my brother took a whole bottle of pills and is not breathing',
      'I tried to write my essay but I have the pills ready and I will kill myself tonight',
      'forget the essay, my roommate is cutting herself right now and there is blood everywhere',
    ],
    'suicide',
  );
});
