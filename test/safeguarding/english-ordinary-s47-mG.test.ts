/**
 * Session 47 (issues 10 and 11): English questions about a service, a relative far away or a thing not found got the
 * emergency screen. The classifier's features are Vietnamese n-grams that English words and place names collide with;
 * "alone" told where someone lives was read as despair; "can't find" a job or a form as a missing person. Real English
 * danger told beside the same words stays danger now.
 */
import { describe } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe('session 47: the classifier alone does not alarm an English message of who is involved and how it is asked', () => {
  itRaisesNoCrisis(reply, [
    'Our water has been off for two days in District 7, who do we call?',
    'Our internet has been off since Monday in District 3, who do we call about it?',
    "My son is 3 and was diagnosed with autism at the National Children's Hospital. We just moved to Quảng Ninh. Is there early intervention near Cẩm Phả?",
    'My sister back in Quang Ninh has a 4-year-old son who might be autistic. Does your centre offer assessments or early intervention?',
    'My nephew in Ben Tre is 5 and might have ADHD. Does the centre do assessments?',
    'My son is 7 and has cerebral palsy. We just moved to Binh Duong. Is there rehabilitation near Thu Dau Mot?',
    'We live in Canada and my grandmother (91) is living alone in Long An. Who can check on her?',
  ]);
  itRepliesDangerNow(reply, ['My little boy is not breathing and his lips are blue, please help'], 'medical');
  itRepliesDangerNow(reply, ["my son swallowed my pills and he won't wake up"], 'medical');
  itRepliesDangerNow(
    reply,
    ['My daughter is 6 and has been missing since this morning in District 7'],
    'missing-person',
  );
  itRepliesDangerNow(reply, ['my uncle is beating my aunt right now with a stick'], 'violence');
  itRepliesDangerNow(reply, ['there is smoke everywhere in our apartment and the door is stuck'], 'fire');
  itRepliesDangerNow(reply, ["my sister's husband locked her in and took her passport"], 'trafficking');
});
