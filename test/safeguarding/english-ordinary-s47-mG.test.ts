/**
 * Session 47 (issues 10 and 11): English questions about a relative far away or a thing not found got the emergency
 * screen: "alone" told where someone lives was read as despair; "can't find" a job or a form as a missing person. Real
 * English danger told beside the same words stays danger now.
 */
import { describe, expect, it } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe('session 47: "alone" told of where someone lives is no despair', () => {
  it.each([
    'Hi, I live in Melbourne and my grandma (88) is alone in Vinh Long. Can the social work center check on her or send someone to help?',
    'I live in Australia, my father is 84 and alone in Nha Trang. Can someone from the social work center check on him?',
    'my uncle is 90 and is living alone in Tra Vinh, who can visit him?',
  ])('"%s" hears no hopelessness', (text) => {
    expect(kb.safeguarding.detector.hear(text)?.found.has('hopeless')).toBe(false);
  });
  itRaisesNoCrisis(reply, [
    'I work in Japan and my grandpa is alone in Soc Trang. Is there a home care service for him?',
    'my aunt lives alone in Tay Ninh and needs help with shopping, can a volunteer come?',
    'my neighbour is 80 and lives alone, does the ward have any support for old people?',
    'Our parents are alone in Bac Lieu now. Is there a day centre for the elderly?',
  ]);
  itRepliesDangerNow(reply, ['my grandma is alone and collapsed on the floor, not breathing'], 'medical');
  itRepliesDangerNow(reply, ["my mom is alone in Hue and just called me saying she can't breathe"], 'medical');
  itRepliesDangerNow(reply, ['I feel so alone and I want to end my life tonight'], 'suicide');
  itRepliesDangerNow(reply, ['I am all alone, nobody cares, I have pills ready'], 'suicide');
  itRepliesDangerNow(reply, ["I am alone in this world and I can't take it anymore"], 'suicide');
  itRepliesDangerNow(reply, ['my father is alone at home and the kitchen is on fire'], 'fire');
});

describe('session 47: "can\'t find" a job, a form or a way is nobody missing', () => {
  itRaisesNoCrisis(reply, [
    "hi, my cousin just got back from working in Korea and can't find a job. does the center help with jobs?",
    "my brother came back from Taiwan and can't find work. Is there job training?",
    "my mom can't find a doctor who speaks English in Da Nang, any advice?",
    "we can't find any information about the elderly pension online",
    "my sister can't find a school for her son with autism, can you help?",
    "I can't find the address of the social work center in District 5",
  ]);
  itRepliesDangerNow(
    reply,
    [
      "I can't find my 5-year-old son at the market",
      "my father (84) with dementia wandered off and we can't find him",
      "we can't find our daughter anywhere, she is 8 and was at the mall",
      "I can't find my grandma, she left the house this morning and isn't answering",
      "my 10 year old son is missing and we can't find him since school",
      "we can't find the kids anywhere, they were at the park an hour ago",
    ],
    'missing-person',
  );
});
